// The music: looping beds that crossfade when the chapter's mood changes, duck under narration,
// and fade out when the state that owns them is left.
import { Howl } from 'howler';
import { audioStarted, whenAudio } from './audioStart.ts';
import type { Exhibit } from '../content/types.ts';
import { audioProblem, type AudioFailure } from './audioProblem.ts';
import type { MusicBed } from './types.ts';

const FADE_IN_MS = 2_000;
const CROSSFADE_MS = 2_500;
const DUCK_MS = 400;
const UNDUCK_MS = 1_200;
/** A paragraph's breath rises gently, and `duck` takes it down in DUCK_MS before the next words. */
const BREATHE_MS = 900;
const FADE_OUT_MS = 800;
/** A memorial's silence comes slowly: the music does not stop, it falls away. */
const SILENCE_MS = 4_000;
/**
 * The attract bed plays quieter than a visit's beds (all are made at −23 LUFS): by default at 0.7
 * of the exhibit's `volume`, 3 dB under; `music.attractVolume` sets it.
 */
export const ATTRACT_SHARE = 0.7;
/** The bed that the attract loop plays (src/machine/kioskMachine.ts). */
const ATTRACT_BED = 'attract';

/** A bed being heard (or about to be): its Howl, its sound, and the volume it is heading for. */
interface Bed {
  howl: Howl;
  id: number;
  /** True once the sound plays: fades wait for that (see `fade`). */
  started: boolean;
  target: number;
}

/** Beds through Howler; silent when the exhibit has no music or no bed of that name. */
export class HowlerMusicBed implements MusicBed {
  private readonly playing = new Map<string, Bed>();
  private current: string;
  private ducked = false;
  private breathing = false;
  private waitingForAudio = false;
  private stopped = false;

  constructor(
    private readonly music: Exhibit['music'],
    first: string,
    private readonly onFailure: AudioFailure,
  ) {
    this.current = first;
  }

  start(): void {
    this.stopped = false;
    this.apply(FADE_IN_MS);
  }

  play(bed: string): void {
    if (bed === this.current) return;
    this.current = bed;
    this.apply(CROSSFADE_MS);
  }

  silence(): void {
    if (this.current === '') return;
    // No bed is current: every one fades to 0 (see `apply`), and a later `play` crossfades back.
    this.current = '';
    this.apply(SILENCE_MS);
  }

  duck(): void {
    this.ducked = true;
    this.breathing = false;
    this.apply(DUCK_MS);
  }

  unduck(): void {
    this.ducked = false;
    this.breathing = false;
    this.apply(UNDUCK_MS);
  }

  breathe(): void {
    if (!this.ducked || this.breathing) return;
    this.breathing = true;
    this.apply(BREATHE_MS);
  }

  stop(): void {
    this.stopped = true;
    for (const bed of this.playing.values()) {
      if (!bed.started) {
        bed.howl.unload();
        continue;
      }
      this.fade(bed, 0, FADE_OUT_MS);
      // unload() stops the sound, and with it any fade still running.
      setTimeout(() => bed.howl.unload(), FADE_OUT_MS + 50);
    }
    this.playing.clear();
  }

  // Fades every bed towards its target: the current one to the (ducked) volume, the others to 0.
  private apply(ms: number): void {
    const music = this.music;
    if (!music) return;
    const full =
      this.current === ATTRACT_BED
        ? (music.attractVolume ?? ATTRACT_SHARE * music.volume)
        : music.volume;
    const ducked = Math.min(music.duckedVolume, full);
    // A paragraph's breath: halfway between ducked and full.
    const target = this.ducked ? (this.breathing ? (ducked + full) / 2 : ducked) : full;
    if (this.current && music.beds[this.current] && !this.playing.has(this.current))
      this.begin(this.current, music.beds[this.current]!);
    for (const [name, bed] of this.playing) this.fade(bed, name === this.current ? target : 0, ms);
  }

  /**
   * Howler 2.2.4 fades leak when misused, and a kiosk fades its beds thousands of times a day:
   * a fade between equal volumes never ends, and fades queued before the sound plays are replayed
   * on top of each other. Either way an interval outlives the Howl, holding it (and queueing a
   * volume change into the unloaded Howl every few ms): the 1,000-visit soak (npm run bench) grew
   * by ~1 MB a visit. So a bed fades only once it plays, and equal volumes are set, not faded.
   */
  private fade(bed: Bed, to: number, ms: number): void {
    bed.target = to;
    if (!bed.started) return;
    const from = bed.howl.volume(bed.id) as number;
    // volume() also stops the fade under way, as fade() itself does.
    if (Math.abs(from - to) < 0.01) bed.howl.volume(to, bed.id);
    else bed.howl.fade(from, to, ms, bed.id);
  }

  private begin(name: string, src: string[]): void {
    // The kiosk's first bed begins once the page is idle after its first frame (audioStart.ts).
    if (!audioStarted()) {
      if (!this.waitingForAudio)
        whenAudio(() => {
          this.waitingForAudio = false;
          if (!this.stopped) this.apply(FADE_IN_MS);
        });
      this.waitingForAudio = true;
      return;
    }
    const bed: Bed = { howl: undefined as unknown as Howl, id: 0, started: false, target: 0 };
    bed.howl = new Howl({
      src,
      loop: true,
      volume: 0,
      onplay: () => {
        if (bed.started) return;
        bed.started = true;
        this.fade(bed, bed.target, FADE_IN_MS);
      },
      onloaderror: (_id, e) =>
        this.onFailure(audioProblem(`music bed "${name}"`, 'load', bed.howl, src, e), e),
      onplayerror: (_id, e) =>
        this.onFailure(audioProblem(`music bed "${name}"`, 'play', bed.howl, src, e), e),
    });
    bed.id = bed.howl.play();
    this.playing.set(name, bed);
  }
}
