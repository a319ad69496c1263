// Narration that is never heard: a muted display loop tells the story on the story clock alone,
// so the kiosk decodes no audio that nobody would hear.
import type { Track } from '../content/types.ts';
import { StoryClock } from './StoryClock.ts';
import type { NarrationPlayer } from './types.ts';

/** A chapter's narration as captions and cues only, timed by the story clock. */
export class SilentNarration implements NarrationPlayer {
  private readonly clock: StoryClock;

  constructor(
    private readonly track: Track,
    from: number,
  ) {
    this.clock = new StoryClock(from);
  }

  play(): void {
    this.clock.start();
  }

  pause(): void {
    this.clock.pause();
  }

  position(): number {
    return Math.min(this.clock.now(), this.track.duration);
  }

  hasEnded(): boolean {
    return this.clock.now() >= this.track.duration;
  }

  destroy(): void {
    this.clock.pause();
  }
}
