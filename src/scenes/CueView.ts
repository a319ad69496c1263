// What every visual cue draws into: a container laid out in the visual area, optionally animated.
import type { Container } from 'pixi.js';

/** A cue's display object: centred on its origin, sized by `layout`. */
export interface CueView extends Container {
  /** Lays the view out for a visual area of this size; the origin is the area's centre. */
  layout(width: number, height: number): void;
  /** Advances the view's own animation (a count, a highlight) by `deltaMs`. */
  update?(deltaMs: number): void;
  /**
   * The narration's clock, on every change of the machine: seconds since this cue began and
   * whether the narration runs. A film follows it; most views need no clock and leave it out.
   */
  follow?(elapsed: number, running: boolean): void;
}
