// What every visual cue draws into: a container laid out in the visual area, optionally animated.
import type { Container } from 'pixi.js';

/** A cue's display object: centred on its origin, sized by `layout`. */
export interface CueView extends Container {
  /** Lays the view out for a visual area of this size; the origin is the area's centre. */
  layout(width: number, height: number): void;
  /**
   * False where the view sets text out to the safe margins (a plan, a picture, a card with a
   * portrait): the scene's slow drift, a 3 % zoom from the centre, would push it past them.
   */
  readonly drifts?: boolean;
  /** Advances the view's own animation (a count, a highlight) by `deltaMs`. */
  update?(deltaMs: number): void;
  /** Shows the first `count` of the cue's steps (a plan's), as the narration reaches them. */
  showStep?(count: number): void;
  /** What tests may read of the view's state. */
  inspect?(): unknown;
  /**
   * The narration's clock, on every change of the machine: for parts of a cue timed to the
   * narration (a picture's callouts, a film). Most views need no clock and leave it out.
   */
  follow?(clock: CueClock): void;
}

/** The narration's clock as a cue view sees it (CueView.follow). */
export interface CueClock {
  /** The narration's position (s). */
  position: number;
  /** Seconds since this cue began. */
  elapsed: number;
  /** Whether the narration runs (a film plays) or holds (paused, stepped, describing). */
  running: boolean;
  /** When caption sentence `n` (1-based) starts, in seconds. */
  sentenceStart: (sentence: number) => number | undefined;
}
