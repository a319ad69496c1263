// Checks a language as data, for what the compiler cannot see: plural categories as Intl knows
// them, no empty strings, marks and a font sample present. tests/unit/languages.test.ts runs it
// over every language in the registry.
import { pluralErrors } from './format.ts';
import { PLURAL_KEYS, UI_KEYS, type AnyLanguage } from './types.ts';

/** Everything wrong with language `code` (empty when it is complete), each naming the field. */
export function languageErrors(code: string, language: AnyLanguage): string[] {
  const errors: string[] = [];
  const at = (field: string, message: string) =>
    errors.push(`src/i18n/${code}.ts ${field}: ${message}`);
  const known = new Intl.PluralRules(language.locale).resolvedOptions().pluralCategories;
  if ([...language.plurals].sort().join() !== [...known].sort().join())
    at('plurals', `expected ${known.join(', ')} (Intl.PluralRules for "${language.locale}")`);
  for (const key of UI_KEYS) {
    const value: unknown = language.ui[key];
    if ((PLURAL_KEYS as readonly string[]).includes(key))
      for (const message of pluralErrors(value, language.locale)) at(`ui.${key}`, message);
    else if (typeof value !== 'string' || !value.trim()) at(`ui.${key}`, 'missing or empty');
  }
  if (language.quoteMarks.length !== 2 || language.quoteMarks.some((m) => !m))
    at('quoteMarks', 'expected an opening and a closing mark');
  if (!language.fontSample.trim()) at('fontSample', 'expected a few letters of the script');
  if (!language.words.source.trim()) at('words.source', 'missing or empty');
  return errors;
}
