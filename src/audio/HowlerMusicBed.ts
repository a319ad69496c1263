// The music: looping beds that crossfade when the chapter's mood changes, duck under narration,
// and fade out when the state that owns them is left.
import { Howl } from 'howler';
import type { Exhibit } from '../content/types.ts';
import type { AudioFailure } from './HowlerNarration.ts';
import type { MusicBed } from './types.ts';

const FADE_IN_MS = 2_000;
const CROSSFADE_MS = 2_500;
const DUCK_MS = 400;
const UNDUCK_MS = 1_200;
const FADE_OUT_MS = 800;

/** Beds through Howler; silent when the exhibit has no music or no bed of that name. */
export class HowlerMusicBed implements MusicBed {
  private readonly playing = new Map<string, { howl: Howl; id: number }>();
  private current: string;
  private ducked = false;

  constructor(
    private readonly music: Exhibit['music'],
    first: string,
    private readonly onFailure: AudioFailure,
  ) {
    this.current = first;
  }

  start(): void {
    this.apply(FADE_IN_MS);
  }

  play(bed: string): void {
    if (bed === this.current) return;
    this.current = bed;
    this.apply(CROSSFADE_MS);
  }

  duck(): void {
    this.ducked = true;
    this.apply(DUCK_MS);
  }

  unduck(): void {
    this.ducked = false;
    this.apply(UNDUCK_MS);
  }

  stop(): void {
    for (const { howl, id } of this.playing.values()) {
      howl.fade(howl.volume(id) as number, 0, FADE_OUT_MS, id);
      setTimeout(() => howl.unload(), FADE_OUT_MS + 50);
    }
    this.playing.clear();
  }

  // Fades every bed towards its target: the current one to the (ducked) volume, the others to 0.
  private apply(ms: number): void {
    const music = this.music;
    if (!music) return;
    const target = this.ducked ? music.duckedVolume : music.volume;
    if (music.beds[this.current] && !this.playing.has(this.current))
      this.begin(this.current, music.beds[this.current]!);
    for (const [name, { howl, id }] of this.playing) {
      howl.fade(howl.volume(id) as number, name === this.current ? target : 0, ms, id);
    }
  }

  private begin(name: string, src: string[]): void {
    const howl = new Howl({
      src,
      loop: true,
      volume: 0,
      onloaderror: (_id, e) => this.onFailure(`music "${name}" load failed`, e),
      onplayerror: (_id, e) => this.onFailure(`music "${name}" play failed`, e),
    });
    this.playing.set(name, { howl, id: howl.play() });
  }
}
