// The languages the engine ships with: one file each, listed once here. Tests, the content checks,
// the describer and the media scripts' voice table all take the list from this registry.
import { en } from './en.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';
import type { AnyLanguage, PlainKey, UiStrings } from './types.ts';

/** Every built-in language by its code. A new language is one file and one line here. */
export const LANGUAGES = { en, ru, uk } satisfies Record<string, AnyLanguage>;

/** A built-in language's code. Per-language tables typed `Record<Lang, …>` fail to compile until a new one is added. */
export type Lang = keyof typeof LANGUAGES;

/** The built-in language codes, in registry order. */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Lang[];

/** Whether the engine ships this language. */
export function isLang(code: string): code is Lang {
  return Object.hasOwn(LANGUAGES, code);
}

/** The built-in language `code`; throws naming the file to add when there is none. */
export function language(code: string): AnyLanguage {
  if (!isLang(code))
    throw new Error(
      `the engine has no language "${code}": add src/i18n/${code}.ts and list it in src/i18n/registry.ts`,
    );
  return LANGUAGES[code];
}

/** The built-in interface strings, per language. */
export const BUILT_IN_UI: Record<string, UiStrings> = Object.fromEntries(
  Object.entries(LANGUAGES).map(([code, l]) => [code, l.ui]),
);

/** Letters of every built-in script, for `document.fonts.load` before the stage draws. */
export const FONT_SAMPLE = Object.values(LANGUAGES)
  .map((l) => l.fontSample)
  .join(' ');

/**
 * The interface strings that name a control, and so are spoken when the keypad moves the focus to
 * it (`npm run media:prompts` makes media/prompts/<lang>/<key>.opus and .mp3).
 */
export const SPOKEN_KEYS: PlainKey[] = [
  'touchToBegin',
  'continue',
  'back',
  'pause',
  'resume',
  'home',
  'next',
  'previous',
  'sources',
  'beginning',
  'endVisit',
  'accessButton',
  'largeCaptions',
  'contrastCaptions',
  'largeText',
  'lowReach',
  'audioDescription',
  'descriptionOn',
  'descriptionOff',
  'keysSpoken',
  'close',
  'endTour',
  'quieter',
  'louder',
];

export { fill, overrideErrors, pluralErrors } from './format.ts';
export {
  UI_KEYS,
  PLURAL_KEYS,
  type UiKey,
  type PlainKey,
  type PluralKey,
  type UiStrings,
} from './types.ts';
