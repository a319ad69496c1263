// The music bed: a loop that fades in, ducks under narration, and fades out when the visit ends.
import { Howl } from 'howler';
import type { Exhibit } from '../content/types.ts';
import type { AudioFailure } from './HowlerNarration.ts';
import type { MusicBed } from './types.ts';

const FADE_IN_MS = 2_000;
const DUCK_MS = 400;
const UNDUCK_MS = 1_200;
const FADE_OUT_MS = 800;

/** A looping bed through Howler; silent when the exhibit has no music. */
export class HowlerMusicBed implements MusicBed {
  private readonly howl: Howl | undefined;
  private soundId: number | undefined;
  private ducked = false;

  constructor(
    private readonly music: Exhibit['music'],
    onFailure: AudioFailure,
  ) {
    if (!music) return;
    this.howl = new Howl({
      src: music.audio,
      loop: true,
      volume: 0,
      onloaderror: (_id, e) => onFailure('music load failed', e),
      onplayerror: (_id, e) => onFailure('music play failed', e),
    });
  }

  start(): void {
    if (!this.howl) return;
    this.soundId = this.howl.play();
    this.fadeTo(this.target(), FADE_IN_MS);
  }

  duck(): void {
    this.ducked = true;
    this.fadeTo(this.target(), DUCK_MS);
  }

  unduck(): void {
    this.ducked = false;
    this.fadeTo(this.target(), UNDUCK_MS);
  }

  stop(): void {
    const howl = this.howl;
    if (!howl || this.soundId === undefined) {
      howl?.unload();
      return;
    }
    howl.fade(howl.volume(this.soundId) as number, 0, FADE_OUT_MS, this.soundId);
    setTimeout(() => howl.unload(), FADE_OUT_MS + 50);
  }

  /** The volume the bed is heading for. */
  target(): number {
    if (!this.music) return 0;
    return this.ducked ? this.music.duckedVolume : this.music.volume;
  }

  private fadeTo(volume: number, ms: number): void {
    if (!this.howl || this.soundId === undefined) return;
    this.howl.fade(this.howl.volume(this.soundId) as number, volume, ms, this.soundId);
  }
}
