// Filling interface strings: plural forms chosen by Intl.PluralRules, numbers in the language's format.
import { PLURAL_KEYS, type PluralText } from './types.ts';

/**
 * Fills `{name}` placeholders in `lang`. A plural text picks its form by `{n}`; numbers are
 * written the language's way (1,000 in English, 1 000 in Russian).
 */
export function fill(
  template: string | Partial<PluralText>,
  values: Record<string, string | number>,
  lang: string,
): string {
  let text: string;
  if (typeof template === 'string') text = template;
  else {
    const category = new Intl.PluralRules(lang).select(Number(values.n ?? 0));
    const form = template[category] ?? template.other;
    if (form === undefined)
      throw new Error(`no "${category}" or "other" form in a plural string for "${lang}"`);
    text = form;
  }
  const number = new Intl.NumberFormat(lang);
  return text.replace(/\{(\w+)\}/g, (m, key: string) => {
    if (!(key in values)) return m;
    const value = values[key]!;
    return typeof value === 'number' ? number.format(value) : value;
  });
}

/**
 * What is wrong with a plural string for `lang`: the categories Intl.PluralRules uses there that it
 * lacks, and the ones it has that the language never uses. Empty when it is right.
 */
export function pluralErrors(value: unknown, lang: string): string[] {
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`expected forms per plural category: ${needed.join(', ')}`];
  const given = Object.keys(value);
  return [
    ...needed.filter((c) => !given.includes(c)).map((c) => `missing the "${c}" form`),
    ...given
      .filter((c) => !(needed as string[]).includes(c))
      .map((c) => `"${c}" is not a plural category in "${lang}": use ${needed.join(', ')}`),
  ];
}

/** What is wrong with an exhibit's override of interface string `key` in `lang` (empty when right). */
export function overrideErrors(key: string, value: unknown, lang: string): string[] {
  if ((PLURAL_KEYS as readonly string[]).includes(key))
    return typeof value === 'string'
      ? [`a count: expected its forms per plural category, such as { "one": "…", "other": "…" }`]
      : pluralErrors(value, lang);
  return typeof value === 'string' ? [] : ['expected text, not forms per plural category'];
}
