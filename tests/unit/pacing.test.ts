// Pacing as data: the pause after each sentence, and the music's breath in a paragraph's pause.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Exhibit } from '../../src/content/types.ts';
import {
  chapterPauses,
  markPause,
  memorialSentences,
  pauseAfter,
  PAUSES,
} from '../../src/content/pacing.ts';
import type { ScriptSentence } from '../../src/content/schema.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import { breathAt, BREATH } from '../../src/machine/selectors.ts';
import { FakeNarration, fakeActors, fixtureExhibit, musicLog } from '../helpers/fakes.ts';

const say = (en: string, more: Partial<ScriptSentence> = {}): ScriptSentence => ({
  text: { en },
  sources: ['s'],
  ...more,
});

describe('pauses', () => {
  it('come from the last mark of a sentence, not one constant', () => {
    expect(markPause('It ended.')).toBe(PAUSES.stop);
    expect(markPause('Historian Alla Makarova writes:')).toBe(PAUSES.colon);
    expect(markPause('Would they all be freed?')).toBe(PAUSES.question);
    expect(markPause('We are not afraid of you…')).toBe(PAUSES.ellipsis);
    expect(markPause('“Don’t shoot at us!”')).toBe(PAUSES.question);
    expect(new Set([PAUSES.stop, PAUSES.colon, PAUSES.question, PAUSES.ellipsis]).size).toBe(4);
  });

  it('let a sentence’s own pause win, then a memorial ahead, the end, a paragraph', () => {
    const script = [
      say('One.', { paragraph: true }),
      say('Guards opened fire; 13 dead.', { pause: 2 }),
      say('Two:'),
      say('Before the memorial.', { paragraph: true }),
      say('The memorial.'),
    ];
    const plain = chapterPauses(script, 'en');
    expect(plain).toEqual([PAUSES.paragraph, 2, PAUSES.colon, PAUSES.paragraph, PAUSES.tail]);
    const memorial = chapterPauses(script, 'en', { memorialAt: [4] });
    expect(memorial).toEqual([PAUSES.paragraph, 2, PAUSES.colon, PAUSES.memorial, PAUSES.memorial]);
    expect(pauseAfter(script, 1, 'en').kind).toBe('own');
    expect(pauseAfter(script, 0, 'en').kind).toBe('paragraph');
  });

  it('find a memorial by its 1-based sentence', () => {
    expect(
      memorialSentences([
        { type: 'map', sentence: 1 },
        { type: 'memorial', sentence: 12 },
      ]),
    ).toEqual([11]);
  });
});

describe('the music’s breath', () => {
  let exhibit: Exhibit;
  beforeAll(async () => {
    // The test exhibit's first chapter, its first sentence ending a paragraph with a 2 s pause.
    const base = await fixtureExhibit();
    const chapter = base.chapters[0]!;
    const captions = chapter.tracks.en!.captions.map((c) => ({ ...c }));
    const gap = captions[1]!.start - captions[0]!.end;
    for (const c of captions.slice(1))
      Object.assign(c, { start: c.start + 2 - gap, end: c.end + 2 - gap });
    const tracks = {
      ...chapter.tracks,
      en: { ...chapter.tracks.en!, captions, duration: chapter.tracks.en!.duration + 2 },
    };
    const script = chapter.script.map((s, i) => (i === 0 ? { ...s, paragraph: true } : s));
    exhibit = { ...base, chapters: [{ ...chapter, tracks, script }, ...base.chapters.slice(1)] };
  });
  beforeEach(() => {
    vi.useFakeTimers();
    FakeNarration.all = [];
    musicLog.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  const place = (position: number, paragraph = true) => ({
    exhibit: paragraph
      ? exhibit
      : {
          ...exhibit,
          chapters: exhibit.chapters.map((c) => ({
            ...c,
            script: c.script.map((s) => ({ ...s, paragraph: false })),
          })),
        },
    chapterIndex: 0,
    lang: 'en',
    position,
    access: { audioDescription: false } as never,
    described: -1,
    describing: -1,
  });

  it('is the paragraph’s pause, less its edges, and nothing else', () => {
    const [first, second] = exhibit.chapters[0]!.tracks.en!.captions;
    const middle = (first!.end + second!.start) / 2;
    expect(breathAt(place(middle), middle)).toBe(true);
    expect(breathAt(place(first!.end), first!.end)).toBe(false); // the caption is still there
    expect(
      breathAt(place(second!.start - BREATH.before / 2), second!.start - BREATH.before / 2),
    ).toBe(false);
    expect(breathAt(place(middle, false), middle)).toBe(false); // no paragraph: no breath
  });

  it('lets the ducked music rise in the pause and ducks it before the next words', () => {
    const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
      input: { exhibitId: 'test-exhibit' },
    }).start();
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    a.send({ type: 'ui.chapterChosen', index: 0 });
    const [first, second] = exhibit.chapters[0]!.tracks.en!.captions;
    const playTo = (t: number) => {
      while (FakeNarration.latest().position() < t) {
        FakeNarration.latest().advance(0.1);
        vi.advanceTimersByTime(100);
      }
    };
    const from = musicLog.length;
    playTo(first!.end + 0.3);
    expect(musicLog.slice(from)).toEqual(['breathe']);
    playTo(second!.start);
    expect(musicLog.slice(from)).toEqual(['breathe', 'duck']);
    a.stop();
  });
});
