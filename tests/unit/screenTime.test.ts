import { describe, expect, it } from 'vitest';
import {
  contentStems,
  measureChapter,
  measureExhibit,
  missedTargets,
  summarise,
} from '../../scripts/content/screenTime.ts';
import type { Chapter, Exhibit } from '../../src/content/types.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { fsReader } from '../../scripts/fsReader.ts';

const caption = (start: number, end: number, text: string, sentence: number) => ({
  start,
  end,
  text,
  sentence,
});

// Two sentences; a title card over the first, a person card over the second.
const chapter = {
  id: 'one',
  cues: [
    { type: 'title', sentence: 1, heading: { en: 'The strike begins' } },
    {
      type: 'person',
      sentence: 2,
      name: { en: 'Kapiton Kuznetsov' },
      role: { en: 'Chairman of the prisoners’ commission' },
      years: '1913–?',
      description: { en: 'strike strike strike' },
    },
  ],
  tracks: {
    en: {
      audio: [],
      captions: [
        caption(0, 4, 'The strike began in May.', 0),
        caption(4, 10, 'A commission of prisoners met.', 1),
      ],
      duration: 10,
      cueStarts: [0, 4],
      descriptions: [],
    },
  },
} as unknown as Chapter;
const exhibit = {
  languages: ['en'],
  places: {},
  plans: {},
  chapters: [chapter],
} as unknown as Exhibit;

describe('screen time', () => {
  it('compares content words by their first five letters and joins thousands', () => {
    expect([...contentStems('The prisoners of the camp', 'en')]).toEqual(['priso', 'camp']);
    expect(contentStems('5,200 and 5 200', 'en')).toEqual(new Set(['5200']));
    expect(contentStems('около 5200 заключённых', 'ru')).toEqual(new Set(['5200', 'заклю']));
  });

  it('times each cue to the next and counts the words the captions say meanwhile', () => {
    const [title, person] = measureChapter(chapter, 'en', exhibit);
    expect(title).toMatchObject({ type: 'title', seconds: 4, words: 2, echoed: 1 });
    // Kapiton, Kuznetsov, Chairman, prisoners', commission, 1913: the audio description is not shown.
    expect(person).toMatchObject({ type: 'person', seconds: 6, words: 6, echoed: 2 });
  });

  it('sums shares of screen time and says which target is missed', () => {
    const f = summarise(measureChapter(chapter, 'en', exhibit));
    expect(f.title).toBeCloseTo(0.4);
    expect(f.visual).toBeCloseTo(0.6);
    expect(f.echo).toBeCloseTo((1 / 2 + 2 / 6) / 2);
    expect(missedTargets(f)).toEqual([
      'title cards are 40 % of screen time (at most 15 %)',
      'cards echo the narration: 42 % of their words (at most 30 %)',
    ]);
  });
});

describe('Uprising shows people, places and things, not a slide deck', () => {
  it('meets the screen-time targets in every language (npm run content:screen)', async () => {
    const exhibit = await loadExhibit(fsReader('.', 'uprising'));
    for (const lang of exhibit.languages)
      expect(missedTargets(summarise(measureExhibit(exhibit, lang))), lang).toEqual([]);
  });
});
