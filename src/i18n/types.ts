// What a language file holds. Every field is required: a language that forgets a string, a word or
// a plural form fails to compile, so nothing falls back to English silently.

/** Every interface string the kiosk shows. `{n}`, `{total}` and `{lang}` are filled in at display time. */
export const UI_KEYS = [
  'languageName',
  'touchToBegin',
  'loading',
  'chapters',
  'chapterNumber',
  'pause',
  'resume',
  'home',
  'next',
  'previous',
  'language',
  'stillThere',
  'stillThereDetail',
  'continue',
  'upNext',
  'outOfService',
  'outOfServiceDetail',
  'advisoryTitle',
  'back',
  'sources',
  'sourcesIntro',
  'moreSources',
  'voices',
  'voiceNarration',
  'voiceQuotations',
  'voiceDescription',
  'listedUnder',
  'readingList',
  'readingListHint',
  'qrCode',
  'beginning',
  'endVisit',
  'returnToChapters',
  'moreBelow',
  'guidedTour',
  'endTour',
  'quieter',
  'louder',
  'volumeLevel',
  'accessButton',
  'largeCaptions',
  'contrastCaptions',
  'twoLanguages',
  'largeText',
  'lowReach',
  'audioDescription',
  'describing',
  'descriptionOn',
  'descriptionOff',
  'close',
  'keysTitle',
  'keyMove',
  'keyAct',
  'keyBack',
  'keyVolume',
  'keyHelp',
  'keyDescribe',
  'keysSpoken',
] as const;

/** The interface strings that say a count of something: one form per plural category, chosen by `{n}`. */
export const PLURAL_KEYS = ['stillThereDetail'] as const;

/** A key of the interface strings. */
export type UiKey = (typeof UI_KEYS)[number];
/** A key whose string is a count, and so has plural forms. */
export type PluralKey = (typeof PLURAL_KEYS)[number];
/** A key whose string is one text. */
export type PlainKey = Exclude<UiKey, PluralKey>;

/** An Intl.PluralRules category ("one", "few", "many", …). */
export type PluralCategory = Intl.LDMLPluralRule;
/** A count's text per plural category of its language, e.g. { one: "{n} second", other: "{n} seconds" }. */
export type PluralText<C extends PluralCategory = PluralCategory> = Record<C, string>;

/** A complete set of interface strings; a count's forms are `P` (those of one language when known). */
export type UiStrings<P = Partial<PluralText>> = Record<PlainKey, string> & Record<PluralKey, P>;

/** The words every made audio description may use; each cue folder adds its own (src/cues/). */
export interface DescriptionWords {
  /** Before a cue's source: "Source". */
  source: string;
  /** What a cue points to: "Highlighted: …". */
  highlighted: (what: string) => string;
}

/** One language the engine ships with, its plural categories `C` known. */
export interface Language<C extends PluralCategory = PluralCategory> {
  /** BCP 47 tag for Intl (plural rules, number formats), e.g. "ru". */
  locale: string;
  /** Its plural categories, exactly as `new Intl.PluralRules(locale)` reports them (a test checks). */
  plurals: readonly C[];
  ui: UiStrings<PluralText<C>>;
  words: DescriptionWords;
  /** Opening and closing quotation marks around a quotation cue. */
  quoteMarks: readonly [string, string];
  /** A few letters of its script, so the fonts load the glyphs it needs before the stage draws. */
  fontSample: string;
}

/** Any built-in language, its plural categories no longer known to the compiler. */
export type AnyLanguage = Omit<Language, 'plurals' | 'ui'> & {
  plurals: readonly PluralCategory[];
  ui: UiStrings;
};

/** Checks a language file's shape while keeping its literal type. */
export function defineLanguage<C extends PluralCategory>(language: Language<C>): Language<C> {
  return language;
}
