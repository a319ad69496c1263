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
  /** Frees every texture and display object the scene made. */
  destroy(): void;
}

/** Options every scene receives. */
export interface SceneOptions {
  /** No drift, parallax or particles: crossfades only. */
  reducedMotion: boolean;
  /** The URL of a file in the exhibit's media folder (a film, a poster); set per exhibit. */
  mediaUrl?: (path: string) => string;
  /** Logs a problem for the technician, once per message (a film that cannot be played). */
  warn?: (message: string, detail?: unknown) => void;
}

/** Eases 0..1 in and out (cosine), for calm motion. */
export function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 0.5 - Math.cos(c * Math.PI) / 2;
}
