// Numbers as words, for the voices: audio description is read by a synthetic voice, which says
// "221435" badly or not at all. `speak(text, lang)` writes out every number of a text the way a
// reader would say it: cardinals to the billions, decimals, ranges, years, full dates, percentages,
// "No. 29", thousands with separators, ordinals ("3rd", "3-е"), decades and a few abbreviations.
//
// Russian and Ukrainian decline numbers. This is not a grammar: the describers phrase their own
// numbers where the nominative is right ("примерно 5200", not "около 5200"), and the patterns a
// text brings are read from the words around them: a date is in the genitive ("5 марта 1953" →
// "пятого марта тысяча девятьсот пятьдесят третьего года"), a year takes the case of the "год" /
// "рік" after it or of the preposition before it, a count after "около", "от", "до", "из", … is in
// the genitive, a range is "от … до …". Anything else is said in the nominative.
// English: src/i18n/numbersEn.ts; Russian and Ukrainian: src/i18n/numbersSlavic.ts.
import { speakEnglish } from './numbersEn.ts';
import { speakRussian, speakUkrainian } from './numbersSlavic.ts';

/** How each language says the numbers of a text. */
const SPEAKERS: Record<string, (text: string) => string> = {
  en: speakEnglish,
  ru: speakRussian,
  uk: speakUkrainian,
};

/** Signs that are read aloud as a pause, not a word. */
function tidy(text: string): string {
  return text
    .replace(/\s*·\s*/g, ', ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
}

/**
 * `text` as a voice should read it in `lang`: numbers as words, "·" as a comma. A language without
 * a speaker here keeps its digits (a test holds every built-in language to none left).
 */
export function speak(text: string, lang: string): string {
  const speaker = SPEAKERS[lang];
  return tidy(speaker ? speaker(text) : text);
}

/** Whether a text still has a digit a voice would have to guess at. */
export function hasDigit(text: string): boolean {
  return /\d/.test(text);
}

export { englishCardinal } from './numbersEn.ts';
export { slavicCardinal, slavicOrdinal } from './numbersSlavic.ts';

/** The form of a counted noun for `n` in Russian or Ukrainian: one, few (2–4) or many. */
export function plural(n: number, [one, few, many]: readonly [string, string, string]): string {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
  return many;
}
