// The languages the engine ships (src/i18n/): complete, pluralised as Intl.PluralRules says, voiced.
import { describe, expect, it } from 'vitest';
import { VOICES } from '../../scripts/media/hash.ts';
import { checkExhibit } from '../../src/content/checks.ts';
import { exhibitFile } from '../../src/content/schema.ts';
import { languageErrors } from '../../src/i18n/check.ts';
import {
  FONT_SAMPLE,
  LANGUAGE_CODES,
  LANGUAGES,
  fill,
  language,
  overrideErrors,
} from '../../src/i18n/registry.ts';

describe.each(LANGUAGE_CODES)('language %s', (code) => {
  const lang = LANGUAGES[code];
  it('is complete: every string, its plural forms as Intl knows them, marks, a font sample', () =>
    expect(languageErrors(code, lang)).toEqual([]));

  it('has a narration voice in the media scripts’ table', () =>
    expect(VOICES[code], `add "${code}" to scripts/media/hash.ts`).toBeDefined());

  it('says every count with the number and no placeholder left', () => {
    for (const n of [0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1000])
      expect(fill(lang.ui.stillThereDetail, { n }, code)).toMatch(
        new RegExp(`^[^{}]*${new Intl.NumberFormat(code).format(n)}[^{}]*$`),
      );
  });

  it('is in the font sample', () => expect(FONT_SAMPLE).toContain(lang.fontSample));
});

describe('plurals', () => {
  const say = (code: string, n: number) => fill(language(code).ui.stillThereDetail, { n }, code);
  it('English: 1 second, 2 seconds', () => {
    expect(say('en', 1)).toBe('The exhibit will return to the start in 1 second.');
    expect(say('en', 2)).toBe('The exhibit will return to the start in 2 seconds.');
  });
  it('Russian and Ukrainian: one, few, many', () => {
    expect([1, 2, 5, 21, 22, 25].map((n) => say('ru', n).split(' ')[2])).toEqual([
      'секунду',
      'секунды',
      'секунд',
      'секунду',
      'секунды',
      'секунд',
    ]);
    expect([1, 3, 11, 20].map((n) => say('uk', n).split(' ')[2])).toEqual([
      'секунду',
      'секунди',
      'секунд',
      'секунд',
    ]);
  });
  it('numbers take the language’s grouping', () =>
    expect(fill('{n}', { n: 12000 }, 'ru')).toBe(new Intl.NumberFormat('ru').format(12000)));
});

describe('nothing falls back to English', () => {
  it('an unknown language is an error naming the file to add', () =>
    expect(() => language('pl')).toThrow('add src/i18n/pl.ts'));
  it('a language missing a plural form or a string is reported', () => {
    const broken = {
      ...LANGUAGES.ru,
      ui: { ...LANGUAGES.ru.ui, close: '', stillThereDetail: { one: 'a {n}', other: 'b {n}' } },
    };
    expect(languageErrors('ru', broken)).toEqual([
      'src/i18n/ru.ts ui.stillThereDetail: missing the "few" form',
      'src/i18n/ru.ts ui.stillThereDetail: missing the "many" form',
      'src/i18n/ru.ts ui.close: missing or empty',
    ]);
  });
  it('an exhibit in a language the engine lacks is told which file to add', () => {
    const exhibit = exhibitFile.parse({
      id: 'x',
      title: { en: 'X', pl: 'X' },
      languages: ['en', 'pl'],
      defaultLanguage: 'en',
      chapters: ['one'],
      ui: { pl: { close: 'Zamknij' } },
    });
    expect(checkExhibit(exhibit, 'exhibit.json')).toEqual([
      {
        file: 'exhibit.json',
        path: 'languages',
        message:
          'the engine has no "pl" language: add src/i18n/pl.ts and list it in src/i18n/registry.ts (docs/extending.md)',
      },
    ]);
  });
  it('an exhibit’s override of a count gives its forms; other strings are text', () => {
    expect(overrideErrors('stillThereDetail', 'in {n} s', 'en')).toHaveLength(1);
    expect(overrideErrors('stillThereDetail', { one: '{n}', other: '{n}' }, 'en')).toEqual([]);
    expect(overrideErrors('stillThereDetail', { one: '{n}', other: '{n}' }, 'uk')).toEqual([
      'missing the "few" form',
      'missing the "many" form',
    ]);
    expect(overrideErrors('close', { one: 'x' }, 'en')).toHaveLength(1);
  });
});
