// Audio description is committed media: every cue of every exhibit has a clip in every language,
// made from the parts `describeCueParts` gives now (a changed cue, description or spoken form needs
// `npm run media`), and its length in the ledger is the clip's own. Every made description is
// short, and every spoken part has its numbers as words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_BUDGET,
  describeCue,
  describeCueParts,
  partsKey,
  spokenWords,
} from '../../src/content/describe.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { CONTENT_ROOTS, findExhibits, fsReader } from '../../scripts/fsReader.ts';
import type { DescriptionClip } from '../../scripts/media/descriptions.ts';
import { opusDuration } from '../../scripts/media/ogg.ts';
import { digest } from '../../scripts/media/hash.ts';

/** A ledger clip: its written text, and `parts`, the stable string of its parts (`partsKey`). */
type Clip = DescriptionClip & { parts?: string };

describe.each(findExhibits(CONTENT_ROOTS))('audio description of $id', ({ root, id }) => {
  it('has an up-to-date clip for every cue in every language', async () => {
    const exhibit = await loadExhibit(fsReader(root, id));
    const ledger = JSON.parse(
      readFileSync(join(root, 'media', id, 'descriptions.json'), 'utf8'),
    ) as { chapters: Record<string, Record<string, Clip[]>> };
    const stale: string[] = [];
    for (const chapter of exhibit.chapters)
      for (const lang of exhibit.languages)
        chapter.cues.forEach((cue, i) => {
          const where = `${chapter.id} ${lang} cue ${i + 1}`;
          const clip = ledger.chapters[chapter.id]?.[lang]?.[i];
          const file = join(root, 'media', id, 'descriptions', lang, `${chapter.id}-${i + 1}.opus`);
          const parts = describeCueParts(cue, lang, exhibit.places, exhibit.plans);
          if (
            clip?.text !== describeCue(cue, lang, exhibit.places, exhibit.plans) ||
            clip.parts !== digest(partsKey(parts)) ||
            !existsSync(file)
          )
            return stale.push(where);
          expect(opusDuration(readFileSync(file)), where).toBeCloseTo(clip.seconds, 1);
          expect(chapter.tracks[lang]!.descriptions[i]?.text, where).toBe(clip.text);
        });
    expect(stale, 'run npm run media').toEqual([]);
  });

  it(`makes every description within ${DESCRIPTION_BUDGET} spoken words, every number said as words`, async () => {
    const exhibit = await loadExhibit(fsReader(root, id));
    const long: string[] = [];
    const digits: string[] = [];
    for (const chapter of exhibit.chapters)
      for (const lang of exhibit.languages)
        chapter.cues.forEach((cue, i) => {
          const where = `${chapter.id} ${lang} cue ${i + 1} (${cue.type})`;
          const parts = describeCueParts(cue, lang, exhibit.places, exhibit.plans);
          const own = 'description' in cue && !!cue.description?.[lang];
          if (!own && spokenWords(parts) > DESCRIPTION_BUDGET)
            long.push(`${where}: ${spokenWords(parts)} words`);
          for (const p of parts) if (/\d/.test(p.spoken)) digits.push(`${where}: ${p.spoken}`);
        });
    expect(
      long,
      "mark more of the cue type's phrases to drop or cut (src/cues/<type>/index.ts)",
    ).toEqual([]);
    expect(digits, 'teach src/i18n/numbers.ts to say these').toEqual([]);
  });
});

describe('made descriptions', () => {
  const places = { kengir: { lat: 47.8, lon: 67.7, name: { en: 'Kengir', ru: 'Кенгир' } } };
  const figure = {
    type: 'figure' as const,
    value: 5200,
    approximate: true,
    label: { en: 'prisoners', ru: 'заключённых' },
    source: { en: 'Formozov', ru: 'Формозов' },
  };

  it('say only the cue’s own words, with a figure’s source, its number written and said', () => {
    expect(describeCue(figure, 'en', places)).toBe(
      'A figure: about 5,200 — prisoners. Source: Formozov.',
    );
    expect(describeCueParts(figure, 'en', places)).toEqual([
      {
        voice: 'describer',
        text: 'A figure: about 5,200 — prisoners. Source: Formozov.',
        spoken: 'A figure: about five thousand two hundred — prisoners. Source: Formozov.',
      },
    ]);
    // "примерно", so the number is said in the nominative.
    expect(describeCueParts(figure, 'ru', places)[0]!.spoken).toBe(
      'Число: примерно пять тысяч двести — заключённых. Источник: Формозов.',
    );
    const map = {
      type: 'map' as const,
      places: ['kengir'],
      highlight: 'kengir',
      caption: { en: 'Steplag · Kengir, May 1954' },
    };
    expect(describeCue(map, 'en', places)).toBe(
      'A map. Highlighted: Kengir. Steplag, Kengir, May 1954.',
    );
    expect(describeCueParts(map, 'en', places)[0]!.spoken).toBe(
      'A map. Highlighted: Kengir. Steplag, Kengir, May nineteen fifty-four.',
    );
  });

  it('a quotation’s words are the reader’s, framed by the describer', () => {
    const quote = {
      type: 'quote' as const,
      text: { en: 'We demand a commission from Moscow.' },
      attribution: { en: 'a strike leaflet, Norilsk, 1953' },
      source: { en: 'Formozov' },
    };
    expect(describeCueParts(quote, 'en', places).map((p) => [p.voice, p.spoken])).toEqual([
      ['describer', 'A quotation, a strike leaflet, Norilsk, nineteen fifty-three:'],
      ['reader', 'We demand a commission from Moscow.'],
      ['describer', 'Source: Formozov.'],
    ]);
    expect(describeCue(quote, 'en', places)).toBe(
      'A quotation, a strike leaflet, Norilsk, 1953: We demand a commission from Moscow. Source: Formozov.',
    );
  });

  it('a long document reads its heading and the lines that fit, then how many more', () => {
    const lines = Array.from({ length: 12 }, (_, i) => ({
      en: `Demand No. ${i + 1}, as the commission wrote it down on the day`,
      ru: `Требование № ${i + 1}, как его записала комиссия в тот день`,
    }));
    const document = {
      type: 'document' as const,
      heading: { en: 'Demands, 27 May 1954', ru: 'Требования, 27 мая 1954' },
      lines,
      source: { en: 'Applebaum (2003)', ru: 'Эпплбаум (2003)' },
    };
    const en = describeCueParts(document, 'en', places);
    expect(en.map((p) => p.voice)).toEqual(['describer', 'reader', 'describer']);
    expect(en[0]!.spoken).toBe(
      'A document: Demands, the twenty-seventh of May nineteen fifty-four.',
    );
    expect(en[1]!.spoken).toMatch(/^Demand number one, as the commission wrote it down/);
    expect(en[2]!.text).toMatch(/^And \d+ more lines\.$/);
    expect(spokenWords(en)).toBeLessThanOrEqual(DESCRIPTION_BUDGET);
    const ru = describeCueParts(document, 'ru', places);
    expect(ru[0]!.spoken).toBe(
      'Документ: Требования, двадцать седьмого мая тысяча девятьсот пятьдесят четвёртого года.',
    );
    expect(ru.at(-1)!.spoken).toMatch(/^И ещё (\p{L}+ )+строк(а|и)?\.$/u);
  });

  it('a cue’s own description wins, as one describer’s part with its numbers said', () => {
    const title = {
      type: 'title' as const,
      heading: { en: 'Kites' },
      description: { en: 'Paper kites over the camp, 1954.' },
    };
    expect(describeCue(title, 'en', {})).toBe('Paper kites over the camp, 1954.');
    expect(describeCueParts(title, 'en', {})).toEqual([
      {
        voice: 'describer',
        text: 'Paper kites over the camp, 1954.',
        spoken: 'Paper kites over the camp, nineteen fifty-four.',
      },
    ]);
  });

  it('the ledger’s string of the parts changes with any part’s voice, text or spoken form', () => {
    const parts = describeCueParts(figure, 'en', places);
    expect(partsKey(parts)).toBe(partsKey(describeCueParts(figure, 'en', places)));
    expect(partsKey(parts)).not.toBe(partsKey([{ ...parts[0]!, voice: 'reader' }]));
    expect(partsKey(parts)).not.toBe(partsKey([{ ...parts[0]!, spoken: 'A figure.' }]));
  });
});
