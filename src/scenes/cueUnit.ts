// The design unit for the film and person cards: from the screen's short side, not the visual
// area's (a 1080p screen's area is 756 px high, which would set every word at 70 % of the design
// brief's sizes). The area's width is the screen's; its height is the screen's less the caption
// band (30 % in landscape), so the screen's short side is recovered from both. A stop-gap: the
// layout branch (i15-layout) brings `stageUnit` in src/scenes/theme.ts, which should replace this.
import { unit } from './theme.ts';

/** The design unit (1 on a 1080p screen) for a view laid out in a visual area of this size. */
export function cueUnit(width: number, height: number): number {
  return unit(width, Math.max(height, Math.min(width, height / 0.7)));
}
