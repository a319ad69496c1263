// The soft sound a control makes when touched: quiet, short, and never in the way of narration.
import { Howl } from 'howler';
import type { Exhibit } from '../content/types.ts';

/** Plays the exhibit's touch sound, if it has one. */
export class TouchSound {
  private howl: Howl | undefined;
  private source: string[] | undefined;

  /** Uses the exhibit's sounds; cheap to call with every snapshot. */
  configure(sounds: Exhibit['sounds']): void {
    if (sounds?.touch === this.source) return;
    this.howl?.unload();
    this.source = sounds?.touch;
    this.howl = sounds?.touch
      ? new Howl({ src: sounds.touch, volume: sounds.volume, preload: true })
      : undefined;
  }

  play(): void {
    if (this.howl?.state() === 'loaded') this.howl.play();
  }
}
