// Fakes for the machine's actors: a narration player on a hand-moved clock, a recording music bed,
// and a loader that serves the test exhibit from disk.
import { fromCallback } from 'xstate';
import { loadExhibit } from '../../src/content/load.ts';
import type { Exhibit, Track } from '../../src/content/types.ts';
import { descriptionActor, musicActor, narrationActor } from '../../src/actors/audio.ts';
import { countdownActor, idleTimerActor } from '../../src/actors/timers.ts';
import { chapterMachine } from '../../src/machine/chapter/chapterMachine.ts';
import { fsReader } from '../../scripts/fsReader.ts';
import type { DescriptionInput, LoaderInput } from '../../src/machine/types.ts';

/** A narration player whose clock moves only when the test says so. */
export class FakeNarration {
  static all: FakeNarration[] = [];
  commands: string[] = [];
  destroyed = false;
  private playing = false;
  constructor(
    readonly track: Track,
    public at: number,
    /** True when the display loop made it. */
    readonly unattended = false,
  ) {
    FakeNarration.all.push(this);
  }
  play() {
    this.playing = true;
    this.commands.push('play');
  }
  pause() {
    this.playing = false;
    this.commands.push('pause');
  }
  /** Moves the clock by `s` seconds if playing. */
  advance(s: number) {
    if (this.playing) this.at = Math.min(this.track.duration, this.at + s);
  }
  position() {
    return this.at;
  }
  hasEnded() {
    return this.at >= this.track.duration;
  }
  destroy() {
    this.destroyed = true;
  }
  static latest(): FakeNarration {
    const n = FakeNarration.all.at(-1);
    if (!n) throw new Error('no narration player was made');
    return n;
  }
}

/** An audio description being said: the test ends it with `done()`. */
export class FakeDescription {
  static all: FakeDescription[] = [];
  stopped = false;
  constructor(
    readonly input: DescriptionInput,
    readonly done: () => void,
  ) {
    FakeDescription.all.push(this);
  }
  stop() {
    this.stopped = true;
  }
  static latest(): FakeDescription {
    const d = FakeDescription.all.at(-1);
    if (!d) throw new Error('no description was said');
    return d;
  }
}

/** Every command given to any music bed, in order. */
export const musicLog: string[] = [];

/** The test exhibit, loaded from tests/fixtures through the real loader. */
export function fixtureExhibit(): Promise<Exhibit> {
  return loadExhibit(fsReader('tests/fixtures', 'test-exhibit'));
}

/** Actors for the kiosk machine (the chapter machine's bound inside): fakes for loading and sound, the real idle timers. */
export function fakeActors(exhibit: Exhibit | (() => Exhibit | Error)) {
  return {
    loader: fromCallback<{ type: string }, LoaderInput>(({ sendBack }) => {
      const result = typeof exhibit === 'function' ? exhibit() : exhibit;
      sendBack({ type: 'boot.progress', loaded: 1, total: 2 });
      sendBack(
        result instanceof Error
          ? { type: 'boot.failed', message: result.message }
          : { type: 'boot.loaded', exhibit: result },
      );
    }),
    chapter: chapterMachine.provide({
      actors: {
        narration: narrationActor(
          (track, from, unattended) => new FakeNarration(track, from, unattended),
        ),
        description: descriptionActor((input, done) => new FakeDescription(input, done)),
      },
    }),
    music: musicActor((_music, first) => ({
      start: () => musicLog.push(`start ${first}`),
      play: (bed: string) => musicLog.push(`bed ${bed}`),
      duck: () => musicLog.push('duck'),
      unduck: () => musicLog.push('unduck'),
      breathe: () => musicLog.push('breathe'),
      silence: () => musicLog.push('silence'),
      stop: () => musicLog.push('stop'),
    })),
    idleTimer: idleTimerActor,
    countdown: countdownActor,
  };
}
