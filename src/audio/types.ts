// Narrow interfaces the actors use, so the machine's tests and the browser can swap implementations.
import type { Exhibit, Track } from '../content/types.ts';

/** Plays one chapter's narration and keeps the story's clock, with or without sound. */
export interface NarrationPlayer {
  play(): void;
  pause(): void;
  /** Seconds into the narration: the audio's position while it plays, the story clock otherwise. */
  position(): number;
  hasEnded(): boolean;
  destroy(): void;
}

/** Makes a narration player for a track, starting at `from` seconds. */
export type NarrationFactory = (track: Track, from: number) => NarrationPlayer;

/** The music bed under a visit. */
export interface MusicBed {
  start(): void;
  duck(): void;
  unduck(): void;
  /** Fades out and releases the audio. */
  stop(): void;
}

/** Makes a music bed; `undefined` music gives a silent one. */
export type MusicFactory = (music: Exhibit['music']) => MusicBed;
