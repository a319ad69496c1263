// The soft sound a control makes when touched: quiet, short, and never in the way of narration.
import { Howl } from 'howler';
import { audioStarted, whenAudio } from './audioStart.ts';
import type { Exhibit } from '../content/types.ts';
import { audioProblem, type AudioFailure } from './audioProblem.ts';

/** Plays the exhibit's touch sound, if it has one. */
export class TouchSound {
  private howl: Howl | undefined;
  private source: string[] | undefined;
  private asked: Exhibit['sounds'];
  private queued = false;

  /** `onFailure` hears, once a file, a touch sound that cannot load or play. */
  constructor(private readonly onFailure: AudioFailure) {}

  /** Uses the exhibit's sounds; cheap to call with every snapshot. */
  configure(sounds: Exhibit['sounds']): void {
    if (sounds?.touch === this.source) return;
    // Made once the page is idle after its first frame (audioStart.ts), as the last sounds asked.
    this.asked = sounds;
    if (!audioStarted()) {
      if (!this.queued) whenAudio(() => this.configure(this.asked));
      this.queued = true;
      return;
    }
    this.howl?.unload();
    this.source = sounds?.touch;
    const src = sounds?.touch;
    if (!src) {
      this.howl = undefined;
      return;
    }
    const fail = (action: 'load' | 'play') => (_id: unknown, error: unknown) =>
      this.onFailure(audioProblem('the touch sound', action, howl, src, error), error);
    const howl = new Howl({
      src,
      volume: sounds.volume,
      preload: true,
      onloaderror: fail('load'),
      onplayerror: fail('play'),
    });
    this.howl = howl;
  }

  play(): void {
    if (this.howl?.state() === 'loaded') this.howl.play();
  }
}
