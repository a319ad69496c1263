// One atmosphere layer under a chapter's cues: snow, dust, or one an exhibit registers.
import type { Container } from 'pixi.js';

/** A layer covering the whole screen; it owns a fixed number of objects and never grows. */
export interface AtmosphereLayerView {
  readonly view: Container;
  layout(width: number, height: number): void;
  update(deltaMs: number): void;
  /** Draws this share (0 to 1) of its objects: fewer at a lower quality level (quality.ts). */
  density?(share: number): void;
}
