// Narration through Howler. The story clock is the truth while no sound is heard; when the audio
// plays, the clock follows the audio. A load or play failure is reported once and the clock goes on.
import { Howl } from 'howler';
import { startAudio } from './audioStart.ts';
import type { Track } from '../content/types.ts';
import { audioProblem, type AudioFailure } from './audioProblem.ts';
import { StoryClock } from './StoryClock.ts';
import type { NarrationPlayer } from './types.ts';

export type { AudioFailure };

/** A chapter's narration: Howler when it can, the story clock always. */
export class HowlerNarration implements NarrationPlayer {
  private readonly howl: Howl;
  private readonly clock: StoryClock;
  private soundId: number | undefined;
  private wantsToPlay = false;
  private failed = false;
  private finished = false;
  private duration: number;
  private readonly src: string[];

  constructor(
    track: Track,
    from: number,
    private readonly onFailure: AudioFailure,
  ) {
    this.clock = new StoryClock(from);
    this.duration = track.duration;
    this.src = track.audio;
    startAudio(); // the context, at the kept volume (audioStart.ts)
    this.howl = new Howl({
      src: track.audio,
      preload: true,
      onload: () => {
        this.duration = Math.max(this.duration, this.howl.duration());
        if (this.wantsToPlay) this.startSound();
      },
      onloaderror: (_id, error) => this.fail('load', error),
      onplayerror: (_id, error) => this.fail('play', error),
      onplay: () => this.syncSoundToClock(),
      onend: () => {
        this.finished = true;
      },
    });
  }

  play(): void {
    this.wantsToPlay = true;
    this.clock.start();
    if (this.howl.state() === 'loaded') this.startSound();
  }

  pause(): void {
    this.wantsToPlay = false;
    this.clock.pause();
    if (this.soundId !== undefined) this.howl.pause(this.soundId);
  }

  position(): number {
    if (this.soundId !== undefined && this.howl.playing(this.soundId)) {
      const t = this.howl.seek(this.soundId);
      if (typeof t === 'number' && t > 0) this.clock.set(t);
    }
    return Math.min(this.clock.now(), this.duration);
  }

  hasEnded(): boolean {
    return this.finished || this.clock.now() >= this.duration;
  }

  destroy(): void {
    // Howler reports a sound unloaded while it was still decoding as "Decoding audio data failed":
    // not a problem with the file, and nobody is listening any more.
    this.failed = true;
    this.howl.unload();
  }

  private startSound(): void {
    if (this.failed || this.finished) return;
    if (this.soundId === undefined) this.soundId = this.howl.play();
    else if (!this.howl.playing(this.soundId)) this.howl.play(this.soundId);
    this.syncSoundToClock();
  }

  // A sound that starts late (audio unlocked by the first touch) joins the story where it is.
  private syncSoundToClock(): void {
    if (this.soundId === undefined) return;
    const t = this.howl.seek(this.soundId);
    if (typeof t === 'number' && Math.abs(t - this.clock.now()) > 0.25)
      this.howl.seek(this.clock.now(), this.soundId);
  }

  private fail(action: 'load' | 'play', detail: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.onFailure(audioProblem('narration', action, this.howl, this.src, detail), detail);
  }
}
