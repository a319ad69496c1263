// Audio description in the machine: with it on, each cue is described aloud just before it, in
// the pause between sentences, while the narration waits; a pause, a language switch or leaving
// the chapter never loses or repeats a description by accident.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Exhibit } from '../../src/content/types.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import { currentCueIndex, DESCRIPTION_LEAD } from '../../src/machine/selectors.ts';
import {
  FakeDescription,
  FakeNarration,
  fakeActors,
  fixtureExhibit,
  musicLog,
} from '../helpers/fakes.ts';

let exhibit: Exhibit;
beforeAll(async () => {
  exhibit = await fixtureExhibit();
});
beforeEach(() => {
  vi.useFakeTimers();
  FakeNarration.all = [];
  FakeDescription.all = [];
});
afterEach(() => vi.useRealTimers());

function chapter(audioDescription: boolean, source = exhibit) {
  const a = createActor(kioskMachine.provide({ actors: fakeActors(source) }), {
    input: { exhibitId: 'test-exhibit' },
  });
  a.start();
  a.send({ type: 'ui.start' });
  a.send({ type: 'ui.continue' });
  a.send({ type: 'ui.access', change: { audioDescription } });
  a.send({ type: 'ui.chapterChosen', index: 0 });
  return a;
}
type Actor = ReturnType<typeof chapter>;
const is = (a: Actor, path: string) => a.getSnapshot().matches(path as never);
/** Story time passes (while the narration plays) and the progress timer reports it. */
function play(a: Actor, s: number) {
  for (let t = 0; t < s - 1e-9; t += 0.1) {
    FakeNarration.latest().advance(0.1);
    vi.advanceTimersByTime(100);
  }
}
const cueStarts = () => exhibit.chapters[0]!.tracks.en!.cueStarts;

describe('audio description', () => {
  it('every cue of the test exhibit has a clip in every language', () => {
    for (const c of exhibit.chapters)
      for (const [lang, track] of Object.entries(c.tracks)) {
        expect(track.descriptions, `${c.id} ${lang}`).toHaveLength(c.cues.length);
        expect(track.descriptions.every((d) => d && d.text && d.seconds > 0)).toBe(true);
      }
  });

  it('is off by default: the narration never waits', () => {
    const a = chapter(false);
    play(a, 6);
    expect(FakeDescription.all).toEqual([]);
    expect(FakeNarration.latest().commands).toEqual(['play']);
  });

  it('describes each cue before it, while the narration waits, then goes on', () => {
    const a = chapter(true);
    vi.advanceTimersByTime(100);
    // The first cue starts the chapter: it is described before a word is said.
    expect(is(a, 'visit.flow.chapter.describing')).toBe(true);
    expect(is(a, 'visit.idle.suspended')).toBe(true);
    expect(FakeNarration.latest().commands, 'not a word said yet').toEqual(['pause']);
    const first = FakeDescription.latest();
    expect(first.input.audio[0]).toMatch(/descriptions\/en\/first-light-1\.opus$/);
    expect(first.input.seconds).toBeGreaterThan(0);
    first.done();
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    expect(FakeNarration.latest().commands).toEqual(['pause', 'play']);
    // The second cue: described a little before it starts, and shown while it is described.
    const due = cueStarts()[1]! - DESCRIPTION_LEAD;
    play(a, due - 0.05);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    play(a, 0.2);
    expect(is(a, 'visit.flow.chapter.describing')).toBe(true);
    const { context } = a.getSnapshot();
    expect(context.position).toBeLessThan(cueStarts()[1]!);
    expect(currentCueIndex(context)).toBe(1);
    expect(FakeDescription.latest().input.audio[0]).toMatch(/first-light-2\.opus$/);
    FakeDescription.latest().done();
    // Each cue once: the narration goes to its end with every description said once.
    for (let i = 0; i < 200 && !is(a, 'visit.flow.chapter.ended'); i++) {
      if (is(a, 'visit.flow.chapter.describing')) FakeDescription.latest().done();
      else play(a, 0.1);
    }
    expect(is(a, 'visit.flow.chapter.ended')).toBe(true);
    expect(FakeDescription.all.map((d) => d.input.audio[0]!.replace(/.*\//, ''))).toEqual(
      cueStarts().map((_, i) => `first-light-${i + 1}.opus`),
    );
  });

  it('a pause cuts the description short, and Resume says it again from the start', () => {
    const a = chapter(true);
    vi.advanceTimersByTime(100);
    a.send({ type: 'ui.pause' });
    expect(is(a, 'visit.flow.chapter.paused')).toBe(true);
    expect(FakeDescription.latest().stopped).toBe(true);
    a.send({ type: 'ui.resume' });
    expect(is(a, 'visit.flow.chapter.describing')).toBe(true);
    expect(FakeDescription.all).toHaveLength(2);
    expect(FakeDescription.latest().input.audio[0]).toMatch(/first-light-1\.opus$/);
  });

  it('a language switch describes the cue on screen again, in the new language', () => {
    const a = chapter(true);
    vi.advanceTimersByTime(100);
    FakeDescription.latest().done();
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    a.send({ type: 'ui.resume' });
    vi.advanceTimersByTime(100);
    expect(is(a, 'visit.flow.chapter.describing')).toBe(true);
    expect(FakeDescription.latest().input.audio[0]).toMatch(/descriptions\/ru\/first-light-1/);
  });

  it('a switch while a cue is described says it again in the new language, music held down', () => {
    const a = chapter(true);
    vi.advanceTimersByTime(100);
    const first = FakeDescription.latest();
    const music = musicLog.length;
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    expect(first.stopped).toBe(true);
    expect(is(a, 'visit.flow.chapter.describing')).toBe(true);
    expect(FakeDescription.latest().input.audio[0]).toMatch(/descriptions\/ru\/first-light-1/);
    expect(FakeNarration.latest().track).toBe(exhibit.chapters[0]!.tracks.ru);
    expect(FakeNarration.latest().commands, 'the new track waits for the description').toEqual([
      'pause',
    ]);
    expect(musicLog.slice(music)).toEqual([]);
    FakeDescription.latest().done();
    expect(FakeNarration.latest().commands).toEqual(['pause', 'play']);
  });

  it('turned off mid-chapter, no more descriptions; leaving the chapter stops one', () => {
    const a = chapter(true);
    vi.advanceTimersByTime(100);
    FakeDescription.latest().done();
    a.send({ type: 'ui.access', change: { audioDescription: false } });
    play(a, cueStarts()[1]! + 0.5);
    expect(FakeDescription.all).toHaveLength(1);
    a.send({ type: 'ui.access', change: { audioDescription: true } });
    a.send({ type: 'ui.previous' }); // the first chapter again, from the start
    vi.advanceTimersByTime(100);
    expect(FakeDescription.all).toHaveLength(2);
    a.send({ type: 'ui.home' });
    expect(FakeDescription.latest().stopped).toBe(true);
    expect(is(a, 'visit.flow.home')).toBe(true);
  });

  it('holds for the visit and is reset for the next visitor', () => {
    const a = chapter(true);
    a.send({ type: 'ui.exit' });
    expect(a.getSnapshot().context.access.audioDescription).toBe(false);
  });

  it('a track without clips (media not made) plays as if it were off', () => {
    const bare: Exhibit = {
      ...exhibit,
      chapters: exhibit.chapters.map((c) => ({
        ...c,
        tracks: Object.fromEntries(
          Object.entries(c.tracks).map(([l, t]) => [l, { ...t, descriptions: [] }]),
        ),
      })),
    };
    const a = chapter(true, bare);
    play(a, 3);
    expect(FakeDescription.all).toEqual([]);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
  });
});
