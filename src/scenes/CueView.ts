// What every visual cue draws into: a container laid out in the visual area, optionally animated.
import type { Container } from 'pixi.js';

/** A cue's display object: centred on its origin, sized by `layout`. */
export interface CueView extends Container {
  /** Lays the view out for a visual area of this size; the origin is the area's centre. */
  layout(width: number, height: number): void;
  /** Advances the view's own animation (a count, a highlight) by `deltaMs`. */
  update?(deltaMs: number): void;
  /** Shows the first `count` of the cue's steps (a plan's), as the narration reaches them. */
  showStep?(count: number): void;
  /** What tests may read of the view's state. */
  inspect?(): unknown;
  /**
   * The narration's position (s) and when each caption sentence (1-based) starts, as the
   * narration moves: for parts of a cue timed to the narration (a picture's callouts).
   */
  follow?(position: number, sentenceStart: (sentence: number) => number | undefined): void;
}
