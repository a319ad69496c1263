import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import type { ChapterMachine } from '../../src/machine/chapter/chapterMachine.ts';
import type { Exhibit } from '../../src/content/types.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import { currentCaption, currentCueIndex } from '../../src/machine/selectors.ts';
import { FakeNarration, fakeActors, fixtureExhibit, musicLog } from '../helpers/fakes.ts';

let exhibit: Exhibit;
beforeAll(async () => {
  exhibit = await fixtureExhibit();
});
beforeEach(() => {
  vi.useFakeTimers(); // before any `after` or idle timer is armed
  FakeNarration.all = [];
  musicLog.length = 0;
});
afterEach(() => vi.useRealTimers());

function start(source: Exhibit | (() => Exhibit | Error) = exhibit) {
  const actor = createActor(kioskMachine.provide({ actors: fakeActors(source) }), {
    input: { exhibitId: 'test-exhibit' },
  });
  actor.start();
  return actor;
}
type Actor = ReturnType<typeof start>;
const flow = (a: Actor) => {
  const v = a.getSnapshot().value;
  return typeof v === 'string' ? v : JSON.stringify(v);
};
const is = (a: Actor, path: string) => a.getSnapshot().matches(path as never);
/** Lets the narration play for `s` seconds of story time and the progress timer report it. */
function play(a: Actor, s: number) {
  for (let t = 0; t < s; t += 0.1) {
    FakeNarration.latest().advance(0.1);
    vi.advanceTimersByTime(100);
  }
  return a;
}
/** Starts a visit and passes the content advisory. */
function enterHome(a: Actor) {
  a.send({ type: 'ui.start' });
  a.send({ type: 'ui.continue' });
}
function inChapter(index = 0) {
  const a = start();
  enterHome(a);
  a.send({ type: 'ui.chapterChosen', index });
  return a;
}

describe('boot', () => {
  it('loads the exhibit and shows the attract loop', () => {
    const a = start();
    expect(flow(a)).toBe('attract');
    expect(a.getSnapshot().context.bootProgress).toBe(1);
    expect(a.getSnapshot().context.lang).toBe('en');
  });

  it('shows out-of-service when content fails, and retries on its own', () => {
    let attempts = 0;
    const a = start(() =>
      ++attempts === 1 ? new Error('exhibits/x/exhibit.json: not found') : exhibit,
    );
    expect(flow(a)).toBe('outOfService');
    expect(a.getSnapshot().context.error).toContain('not found');
    vi.advanceTimersByTime(29_999);
    expect(flow(a)).toBe('outOfService');
    vi.advanceTimersByTime(1);
    expect(flow(a)).toBe('attract');
    expect(attempts).toBe(2);
  });
});

describe('visit flow', () => {
  it('goes attract → advisory → home on the first touch, starting the music bed', () => {
    const a = start();
    a.send({ type: 'ui.start' });
    expect(is(a, 'visit.flow.advisory')).toBe(true);
    a.send({ type: 'ui.continue' });
    expect(is(a, 'visit.flow.home')).toBe(true);
    expect(a.getSnapshot().context.visits).toBe(1);
    expect(musicLog).toEqual(['start attract', 'stop', 'start default']);
  });

  it('plays a chosen chapter and ducks the music under it', () => {
    const a = inChapter(1);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    expect(a.getSnapshot().context.chapterIndex).toBe(1);
    expect(FakeNarration.latest().commands).toEqual(['play']);
    expect(FakeNarration.latest().track).toBe(exhibit.chapters[1]!.tracks.en);
    expect(musicLog.slice(-2)).toEqual(['bed calm', 'duck']); // chapter 2's mood
  });

  it('skips the advisory when the exhibit has none', () => {
    const rest = { ...exhibit, advisory: undefined };
    const a = start(rest);
    a.send({ type: 'ui.start' });
    expect(is(a, 'visit.flow.home')).toBe(true);
  });

  it('leaves calmly: back from the advisory, "End visit" from anywhere', () => {
    const a = start();
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.back' });
    expect(flow(a)).toBe('attract');
    const b = inChapter();
    b.send({ type: 'ui.exit' });
    expect(flow(b)).toBe('attract');
    expect(musicLog.slice(-2)).toEqual(['stop', 'start attract']);
  });

  it('opens the sources from home and returns', () => {
    const a = start();
    enterHome(a);
    a.send({ type: 'ui.sources' });
    expect(is(a, 'visit.flow.sources')).toBe(true);
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    expect(a.getSnapshot().context.lang).toBe('ru');
    a.send({ type: 'ui.back' });
    expect(is(a, 'visit.flow.home')).toBe(true);
  });

  it('ignores a chapter index the exhibit does not have', () => {
    const a = start();
    enterHome(a);
    a.send({ type: 'ui.chapterChosen', index: 7 });
    expect(is(a, 'visit.flow.home')).toBe(true);
  });

  it('pauses and resumes the narration, restoring the music between', () => {
    const a = inChapter();
    a.send({ type: 'ui.pause' });
    expect(is(a, 'visit.flow.chapter.paused')).toBe(true);
    a.send({ type: 'ui.resume' });
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    expect(FakeNarration.latest().commands).toEqual(['play', 'pause', 'play']);
    expect(musicLog.slice(-4)).toEqual(['bed default', 'duck', 'unduck', 'duck']);
  });

  it('records the exact place a pause stops at, not the last tick before it', () => {
    const a = play(inChapter(), 1);
    FakeNarration.latest().advance(0.05); // between two progress ticks
    a.send({ type: 'ui.pause' });
    expect(a.getSnapshot().context.position).toBe(FakeNarration.latest().at);
  });

  it('a pause in the last moment of a chapter does not freeze it: resume ends the chapter', () => {
    const a = inChapter(0);
    const n = FakeNarration.latest();
    n.advance(n.track.duration); // the audio reaches its end between two progress ticks
    a.send({ type: 'ui.pause' }); // and the visitor's pause lands first
    vi.advanceTimersByTime(100); // the tick reports the end while paused
    a.send({ type: 'ui.resume' });
    vi.advanceTimersByTime(100);
    expect(is(a, 'visit.flow.chapter.ended')).toBe(true);
  });

  it('advances captions and cues with narration time', () => {
    const a = play(inChapter(), 1);
    const ctx = () => a.getSnapshot().context;
    expect(currentCaption(ctx())?.text).toBe('This is the first test chapter.');
    expect(currentCueIndex(ctx())).toBe(0);
    play(a, 2.5);
    expect(currentCaption(ctx())?.text).toBe('Its captions follow the narration.');
    expect(currentCueIndex(ctx())).toBe(2); // the second map came at 1.5 s, the page at sentence 2
  });

  it('at the end of a chapter shows "up next", then plays the next chapter', () => {
    const a = play(inChapter(0), 9);
    expect(is(a, 'visit.flow.chapter.ended')).toBe(true);
    vi.advanceTimersByTime(8_000);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    expect(a.getSnapshot().context.chapterIndex).toBe(1);
    expect(a.getSnapshot().context.position).toBe(0);
    expect(FakeNarration.all[0]!.destroyed).toBe(true);
  });

  it('after the last chapter returns home', () => {
    const a = play(inChapter(1), 9);
    vi.advanceTimersByTime(8_000);
    expect(is(a, 'visit.flow.home')).toBe(true);
  });

  it('moves to the next and previous chapter, and home', () => {
    const a = inChapter(0);
    a.send({ type: 'ui.next' });
    expect(a.getSnapshot().context.chapterIndex).toBe(1);
    a.send({ type: 'ui.next' });
    expect(is(a, 'visit.flow.home')).toBe(true);
    a.send({ type: 'ui.chapterChosen', index: 1 });
    a.send({ type: 'ui.previous' });
    expect(a.getSnapshot().context.chapterIndex).toBe(0);
    play(a, 1);
    a.send({ type: 'ui.previous' }); // on the first chapter: start it again
    expect(a.getSnapshot().context.position).toBe(0);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    a.send({ type: 'ui.home' });
    expect(is(a, 'visit.flow.home')).toBe(true);
    expect(FakeNarration.all.every((n) => n.destroyed)).toBe(true);
  });

  it('switches language mid-chapter at the same sentence', () => {
    const a = play(inChapter(0), 3.8); // inside sentence 2 in English
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    const ctx = a.getSnapshot().context;
    expect(ctx.lang).toBe('ru');
    expect(ctx.position).toBe(exhibit.chapters[0]!.tracks.ru!.captions[1]!.start);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    expect(FakeNarration.latest().track).toBe(exhibit.chapters[0]!.tracks.ru);
    expect(FakeNarration.latest().at).toBe(ctx.position);
  });

  it('swaps the narration track on a language switch without touching the music', () => {
    const a = play(inChapter(0), 2);
    const before = musicLog.length;
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    play(a, 1);
    // Until issue 14 a switch re-entered the chapter: ["unduck","bed default","bed default","duck"].
    expect(musicLog.slice(before)).toEqual([]);
    expect(FakeNarration.all[0]!.destroyed).toBe(true);
    expect(FakeNarration.latest().commands).toEqual(['play']);
  });

  it('a paused chapter takes the new language paused: the new track waits, the music too', () => {
    const a = play(inChapter(0), 1);
    a.send({ type: 'ui.pause' });
    const before = musicLog.length;
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    expect(musicLog.slice(before)).toEqual([]);
    expect(FakeNarration.latest().track).toBe(exhibit.chapters[0]!.tracks.ru);
    expect(FakeNarration.latest().commands).toEqual([]);
    a.send({ type: 'ui.resume' });
    expect(FakeNarration.latest().commands).toEqual(['play']);
    expect(musicLog.slice(before)).toEqual(['duck']);
  });

  it('changes language at the end of a chapter without restarting it', () => {
    const a = play(inChapter(0), 9);
    const players = FakeNarration.all.length;
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    expect(is(a, 'visit.flow.chapter.ended')).toBe(true);
    expect(a.getSnapshot().context.lang).toBe('ru');
    expect(FakeNarration.all.length).toBe(players);
    vi.advanceTimersByTime(8_000);
    expect(a.getSnapshot().context.chapterIndex).toBe(1); // "Up next" still leads on
  });

  it('keeps a paused chapter paused when the language changes', () => {
    const a = play(inChapter(0), 1);
    a.send({ type: 'ui.pause' });
    a.send({ type: 'ui.languageChosen', lang: 'ru' });
    expect(is(a, 'visit.flow.chapter.paused')).toBe(true);
    expect(a.getSnapshot().context.position).toBe(
      exhibit.chapters[0]!.tracks.ru!.captions[0]!.start,
    );
    a.send({ type: 'ui.languageChosen', lang: 'xx' });
    expect(a.getSnapshot().context.lang).toBe('ru');
  });
});

describe("the keypad's D", () => {
  it('turns audio description on and off in a visit, inside a chapter too, and says which', () => {
    const a = start();
    const said: string[] = [];
    a.on('prompt.say', (e) => said.push(e.key));
    a.send({ type: 'ui.descriptionToggled' }); // in the attract loop: nothing to describe
    expect(said).toEqual([]);
    enterHome(a);
    a.send({ type: 'ui.descriptionToggled' });
    expect(a.getSnapshot().context.access.audioDescription).toBe(true);
    a.send({ type: 'ui.chapterChosen', index: 0 });
    a.send({ type: 'ui.descriptionToggled' });
    expect(a.getSnapshot().context.access.audioDescription).toBe(false);
    const chapter = a.getSnapshot().children.chapter!.getSnapshot() as SnapshotFrom<ChapterMachine>;
    expect(chapter.context.access.audioDescription).toBe(false);
    expect(said).toEqual(['descriptionOn', 'descriptionOff']);
  });
});

describe('idle', () => {
  const toWarning = () => vi.advanceTimersByTime(60_000);

  const interactive: Record<string, () => Actor> = {
    advisory: () => {
      const a = start();
      a.send({ type: 'ui.start' });
      return a;
    },
    sources: () => {
      const a = start();
      enterHome(a);
      a.send({ type: 'ui.sources' });
      return a;
    },
    home: () => {
      const a = start();
      enterHome(a);
      return a;
    },
    'chapter.paused': () => {
      const a = play(inChapter(), 1);
      a.send({ type: 'ui.pause' });
      return a;
    },
    'home after the last chapter': () => {
      const a = play(inChapter(1), 9);
      vi.advanceTimersByTime(8_000);
      a.send({ type: 'user.activity' }); // the visitor looks at the menu, then walks away
      return a;
    },
  };

  for (const [name, enter] of Object.entries(interactive)) {
    it(`warns after 60 s in ${name}, counts down 20 s, then resets to attract`, () => {
      const a = enter();
      a.send({ type: 'ui.languageChosen', lang: 'ru' });
      a.send({ type: 'user.activity' });
      vi.advanceTimersByTime(59_999);
      expect(is(a, 'visit.idle.warning')).toBe(false);
      vi.advanceTimersByTime(1);
      expect(is(a, 'visit.idle.warning')).toBe(true);
      expect(a.getSnapshot().context.warningRemaining).toBe(20);
      vi.advanceTimersByTime(5_000);
      expect(a.getSnapshot().context.warningRemaining).toBe(15);
      vi.advanceTimersByTime(15_000);
      expect(flow(a)).toBe('attract');
      const ctx = a.getSnapshot().context;
      expect(ctx.lang).toBe('en');
      expect(ctx.position).toBe(0);
      expect(musicLog.slice(-2)).toEqual(['stop', 'start attract']);
      expect(FakeNarration.all.every((n) => n.destroyed)).toBe(true);
    });

    it(`a touch during the warning in ${name} continues where the visitor was`, () => {
      const a = enter();
      const before = a.getSnapshot();
      toWarning();
      vi.advanceTimersByTime(10_000);
      a.send({ type: 'user.activity' });
      expect(is(a, 'visit.idle.counting')).toBe(true);
      expect(a.getSnapshot().value).toEqual(before.value);
      expect(a.getSnapshot().context.position).toBe(before.context.position);
      vi.advanceTimersByTime(59_000);
      expect(is(a, 'visit.idle.warning')).toBe(false);
    });
  }

  it('is suspended while narration plays and resumes when it pauses', () => {
    const a = inChapter();
    // A visitor watching without touching: ten minutes pass and nothing resets.
    vi.advanceTimersByTime(600_000);
    expect(is(a, 'visit.idle.suspended')).toBe(true);
    expect(is(a, 'visit.flow.chapter.playing')).toBe(true);
    a.send({ type: 'ui.pause' });
    expect(is(a, 'visit.idle.counting')).toBe(true);
    vi.advanceTimersByTime(60_000);
    expect(is(a, 'visit.idle.warning')).toBe(true);
  });

  it('resumes counting when the narration ends', () => {
    const a = play(inChapter(1), 9);
    expect(is(a, 'visit.idle.counting')).toBe(true);
  });

  it('restarts the count on every touch', () => {
    const a = start();
    enterHome(a);
    vi.advanceTimersByTime(50_000);
    a.send({ type: 'user.activity' });
    vi.advanceTimersByTime(50_000);
    expect(is(a, 'visit.idle.counting')).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(is(a, 'visit.idle.warning')).toBe(true);
  });

  it("uses the exhibit's own timings", () => {
    const a = start({ ...exhibit, idle: { timeoutSeconds: 15, warningSeconds: 30 } });
    enterHome(a);
    vi.advanceTimersByTime(15_000);
    expect(a.getSnapshot().context.warningRemaining).toBe(30);
    vi.advanceTimersByTime(29_000);
    expect(is(a, 'visit.idle.warning')).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(flow(a)).toBe('attract');
  });

  it('does not count in the attract loop', () => {
    const a = start();
    vi.advanceTimersByTime(3_600_000);
    expect(flow(a)).toBe('attract');
  });
});
