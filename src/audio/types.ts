// Narrow interfaces the actors use, so the machine's tests and the browser can swap implementations.
import type { Exhibit, Track } from '../content/types.ts';
import type { DescriptionInput } from '../machine/types.ts';

/** Plays one chapter's narration and keeps the story's clock, with or without sound. */
export interface NarrationPlayer {
  play(): void;
  pause(): void;
  /** Seconds into the narration: the audio's position while it plays, the story clock otherwise. */
  position(): number;
  hasEnded(): boolean;
  destroy(): void;
}

/** Makes a narration player for a track, starting at `from` seconds; `unattended` in the display loop. */
export type NarrationFactory = (track: Track, from: number, unattended: boolean) => NarrationPlayer;

/** The music under a state: named beds, one heard at a time. */
export interface MusicBed {
  start(): void;
  /** Crossfades to the bed of this name ("default", "attract" or a mood). */
  play(bed: string): void;
  duck(): void;
  unduck(): void;
  /** While ducked, rises halfway to full for a paragraph's pause; `duck` brings it down again. */
  breathe(): void;
  /** Fades every bed out over a few seconds (a memorial); the next `play` brings one back. */
  silence(): void;
  /** Fades out and releases the audio. */
  stop(): void;
}

/** Makes the music starting with bed `first`; `undefined` music gives silence. */
export type MusicFactory = (music: Exhibit['music'], first: string) => MusicBed;

/** Something saying one description aloud; `stop` silences it early. */
export interface DescriptionPlayer {
  stop(): void;
}

/** Starts saying a description; `done` is called once when it has been said (or cannot be). */
export type DescriptionFactory = (input: DescriptionInput, done: () => void) => DescriptionPlayer;
