// The cue registry (src/cues/): every registered type is complete, and a new type or language
// needs only its own folder or file. The throwaway "stamp" cue type and Polish language below are
// registered the way docs/extending.md describes, and go through the same code the engine runs.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeCue, makeDescriber } from '../../src/content/describe.ts';
import { shown } from '../../src/content/fields.ts';
import { cue as cueSchema } from '../../src/content/schema.ts';
import { commonCueFields } from '../../src/cues/fields.ts';
import { CUES, CUE_TYPES, cueUnion } from '../../src/cues/registry.ts';
import { defineCue } from '../../src/cues/types.ts';
import { languageErrors } from '../../src/i18n/check.ts';
import { LANGUAGES, LANGUAGE_CODES, fill } from '../../src/i18n/registry.ts';
import { defineLanguage } from '../../src/i18n/types.ts';

describe.each(CUE_TYPES)('cue type %s', (type) => {
  const definition = CUES[type];
  it('is registered under its own type, and its fixture is valid content', () => {
    expect(definition.type).toBe(type);
    expect(definition.schema.parse(definition.fixture)).toMatchObject({ type });
    expect(cueSchema.parse(definition.fixture)).toMatchObject({ type });
  });
  it.each(LANGUAGE_CODES)('describes its fixture in %s, in words of that language', (lang) => {
    // The fixture's texts are English: give each to `lang` too, as an exhibit in it would.
    const localized = JSON.parse(JSON.stringify(definition.fixture), (_key, value) =>
      value?.en !== undefined ? { ...value, [lang]: value.en } : value,
    );
    const text = describeCue(cueSchema.parse(localized), lang, {});
    expect(text).toMatch(/\S.*\.$/);
    expect(text, 'no phrase left empty').not.toMatch(/[:,;]\s*[.:,;]/);
  });
});

describe('the describer never goes quiet', () => {
  it('a language without words is an error naming what to add', () =>
    expect(() => describeCue(cueSchema.parse(CUES.title.fixture), 'pl', {})).toThrow(
      'add src/i18n/pl.ts',
    ));
  it('a describer that says nothing is an error naming its folder', () => {
    const silent = { ...CUES.title, describe: () => [''] };
    const describe = makeDescriber({ title: silent } as never, LANGUAGES);
    expect(() => describe(CUES.title.fixture, 'en', {})).toThrow('src/cues/title/index.ts');
  });
});

// A throwaway language, as src/i18n/pl.ts would be (its strings but two borrowed for brevity).
const pl = defineLanguage({
  locale: 'pl',
  plurals: ['one', 'few', 'many', 'other'],
  quoteMarks: ['„', '”'],
  fontSample: 'Łł',
  words: { source: 'Źródło', highlighted: (what) => `Wyróżnione: ${what}` },
  ui: {
    ...LANGUAGES.en.ui,
    languageName: 'Polski',
    stillThereDetail: {
      one: 'Za {n} sekundę wystawa wróci do początku.',
      few: 'Za {n} sekundy wystawa wróci do początku.',
      many: 'Za {n} sekund wystawa wróci do początku.',
      other: 'Za {n} sekundy wystawa wróci do początku.',
    },
  },
});

// A throwaway cue type, as src/cues/stamp/index.ts would be.
const stampWords = {
  en: { stamp: 'A stamp' },
  ru: { stamp: 'Печать' },
  uk: { stamp: 'Печатка' },
  pl: { stamp: 'Pieczęć' },
};
const stamp = defineCue({
  type: 'stamp',
  schema: z.strictObject({
    type: z.literal('stamp'),
    ...commonCueFields,
    mark: shown('heading').describe('The words on the stamp, per language.'),
  }),
  words: stampWords,
  describe: (cue, { words, say }) => [`${words.stamp}: ${say(cue.mark)}`],
  fixture: { type: 'stamp', at: 0, mark: { en: 'Approved', pl: 'Zatwierdzono' } },
});

describe('a new cue type and a new language, registered', () => {
  const cues = { ...CUES, stamp };
  const languages = { ...LANGUAGES, pl };

  it('the new language is complete and its counts are Polish', () => {
    expect(languageErrors('pl', pl)).toEqual([]);
    const say = (n: number) => fill(languages.pl.ui.stillThereDetail, { n }, 'pl');
    expect([1, 2, 5, 22].map((n) => say(n).split(' ')[2])).toEqual([
      'sekundę',
      'sekundy',
      'sekund',
      'sekundy',
    ]);
    expect(fill(languages.pl.ui.chapterNumber, { n: 1, total: 3 }, 'pl')).toBe('Chapter 1 of 3');
  });

  it('the schema accepts the new cue, and still the old ones', () => {
    const union = cueUnion(cues);
    expect(union.parse(stamp.fixture)).toMatchObject({ type: 'stamp', mark: { en: 'Approved' } });
    expect(union.parse(CUES.quote.fixture)).toMatchObject({ type: 'quote' });
    expect(() => union.parse({ type: 'stamp', at: 0 })).toThrow();
  });

  it('the describer describes it in the new language', () => {
    const describe = makeDescriber(cues as never, languages);
    expect(describe(stamp.fixture, 'pl', {})).toBe('Pieczęć: Zatwierdzono.');
    expect(describe(stamp.fixture, 'en', {})).toBe('A stamp: Approved.');
    // The engine's own cue types need "pl" words in their folders: the compiler lists them when
    // pl.ts joins the registry (their `words` are typed over its codes); here, the describer says so.
    expect(() => describe(CUES.figure.fixture, 'pl', {})).toThrow(
      '"pl" words in src/cues/figure/index.ts',
    );
  });
});

it('docs/extending.md names only files and exports that exist', async () => {
  const { existsSync, readFileSync } = await import('node:fs');
  const doc = readFileSync('docs/extending.md', 'utf8');
  const paths = [...doc.matchAll(/`((?:src|scripts|tests)\/[\w./-]+)`/g)].map((m) => m[1]!);
  expect(paths.length).toBeGreaterThan(10);
  expect(paths.filter((p) => !existsSync(p))).toEqual([]);
  const registry = readFileSync('src/cues/registry.ts', 'utf8');
  const views = readFileSync('src/cues/views.ts', 'utf8');
  expect(registry).toContain('export const CUES');
  expect(views).toContain('export const VIEWS');
});
