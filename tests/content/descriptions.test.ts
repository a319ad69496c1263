// Audio description is committed media: every cue of every exhibit has a clip in every language,
// made from the words `describeCue` gives now (a changed cue or description needs `npm run media`),
// and its length in the ledger is the clip's own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCue } from '../../src/content/describe.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { CONTENT_ROOTS, findExhibits, fsReader } from '../../scripts/fsReader.ts';
import type { DescriptionLedger } from '../../scripts/media/descriptions.ts';
import { opusDuration } from '../../scripts/media/ogg.ts';

describe.each(findExhibits(CONTENT_ROOTS))('audio description of $id', ({ root, id }) => {
  it('has an up-to-date clip for every cue in every language', async () => {
    const exhibit = await loadExhibit(fsReader(root, id));
    const ledger = JSON.parse(
      readFileSync(join(root, 'media', id, 'descriptions.json'), 'utf8'),
    ) as DescriptionLedger;
    const stale: string[] = [];
    for (const chapter of exhibit.chapters)
      for (const lang of exhibit.languages)
        chapter.cues.forEach((cue, i) => {
          const where = `${chapter.id} ${lang} cue ${i + 1}`;
          const clip = ledger.chapters[chapter.id]?.[lang]?.[i];
          const file = join(root, 'media', id, 'descriptions', lang, `${chapter.id}-${i + 1}.opus`);
          if (
            clip?.text !== describeCue(cue, lang, exhibit.places, exhibit.plans) ||
            !existsSync(file)
          )
            return stale.push(where);
          expect(opusDuration(readFileSync(file)), where).toBeCloseTo(clip.seconds, 1);
          expect(chapter.tracks[lang]!.descriptions[i]?.text, where).toBe(clip.text);
        });
    expect(stale, 'run npm run media').toEqual([]);
  });
});

describe('made descriptions', () => {
  const places = { kengir: { lat: 47.8, lon: 67.7, name: { en: 'Kengir', ru: 'Кенгир' } } };
  it('say only the cue’s own words, with a figure’s source', () => {
    const figure = {
      type: 'figure' as const,
      value: 5200,
      approximate: true,
      label: { en: 'prisoners', ru: 'заключённых' },
      source: { en: 'Formozov', ru: 'Формозов' },
    };
    expect(describeCue(figure, 'en', places)).toBe(
      'A figure: about 5200 — prisoners. Source: Formozov.',
    );
    expect(describeCue(figure, 'ru', places)).toBe(
      'Число: около 5200 — заключённых. Источник: Формозов.',
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
  });

  it('a cue’s own description wins', () => {
    const title = {
      type: 'title' as const,
      heading: { en: 'Kites' },
      description: { en: 'Paper kites over the camp.' },
    };
    expect(describeCue(title, 'en', {})).toBe('Paper kites over the camp.');
  });
});
