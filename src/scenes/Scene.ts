// What the stage shows: one scene at a time, crossfaded. Scenes draw; they never decide what is next.
import type { Container } from 'pixi.js';

/** A full-screen picture the stage can show. */
export interface Scene {
  /** A name for tests and the log, e.g. "attract". */
  readonly name: string;
  readonly view: Container;
  /** Lays the scene out for a screen of this size in CSS pixels. */
  layout(width: number, height: number): void;
  /** Advances animation by `deltaMs`. */
  update(deltaMs: number): void;
  /** Film grain over the scene (a screen effect the stage applies). */
  readonly grain?: boolean;
  /** Nothing moves now, not even the grain (a memorial holds the screen still). */
  readonly still?: boolean;
  /** Draws this share (0 to 1) of its particles: the stage's quality level (quality.ts). */
  density?(share: number): void;
  /** Frees every texture and display object the scene made. */
  destroy(): void;
}

/** Options every scene receives. */
export interface SceneOptions {
  /** No drift, parallax or particles: crossfades only. */
  reducedMotion: boolean;
  /** The exhibit's media folder URL, ending in "/": where picture cues find their files. */
  mediaBase?: string;
  /** Tells the staff log of a problem (a picture or film that cannot load, a licence that ended). */
  log?: (message: string) => void;
  /** Today, for licences that end (tests set it). */
  today?: () => Date;
}

/** Eases 0..1 in and out (cosine), for calm motion. */
export function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 0.5 - Math.cos(c * Math.PI) / 2;
}
