// Places map labels beside their markers without overlaps: each label takes the first free spot
// (right, left, above, below, then the four corners, then the same a step further out) inside the
// area it is given and clear of every box already taken (other labels, markers, the caption, a
// figure, an inset); a label with no free spot is left out, its marker still shown.
import type { Text } from 'pixi.js';

/** A label to place: its marker's position (view coordinates) and its text. */
export interface LabelItem {
  at: [number, number];
  label: Text & { offset?: [number, number] };
  /** Higher places first. */
  priority: number;
}

/** x0, y0, x1, y1. */
export type Box = [number, number, number, number];

const SIDES = [
  { anchor: [0, 0.5], dir: [1, 0] },
  { anchor: [1, 0.5], dir: [-1, 0] },
  { anchor: [0.5, 1], dir: [0, -1] },
  { anchor: [0.5, 0], dir: [0, 1] },
  { anchor: [0, 1], dir: [0.7, -0.7] },
  { anchor: [1, 1], dir: [-0.7, -0.7] },
  { anchor: [0, 0], dir: [0.7, 0.7] },
  { anchor: [1, 0], dir: [-0.7, 0.7] },
] as const;

/**
 * Sets each label's anchor, `offset` from its marker and visibility, and adds the placed boxes to
 * `taken` (which starts with what labels must keep clear of). Markers' own dots are kept clear too.
 */
export function placeLabels(items: LabelItem[], gap: number, area: Box, taken: Box[]): void {
  const dots: Box[] = items.map((i) => [
    i.at[0] - gap,
    i.at[1] - gap,
    i.at[0] + gap,
    i.at[1] + gap,
  ]);
  const order = [...items].sort((a, b) => b.priority - a.priority);
  for (const item of order) {
    const own = items.indexOf(item);
    const others = dots.filter((_, i) => i !== own);
    item.label.visible = false;
    const spot = freeSpot(item.at, item.label.width, item.label.height, gap, area, [
      ...taken,
      ...others,
    ]);
    if (!spot) continue;
    item.label.anchor.set(spot.anchor[0], spot.anchor[1]);
    item.label.offset = spot.offset;
    item.label.visible = true;
    taken.push(spot.box);
  }
}

/** The first spot beside `at` where a w×h box fits inside `area` and clear of `taken`. */
export function freeSpot(
  at: [number, number],
  w: number,
  h: number,
  gap: number,
  area: Box,
  taken: Box[],
): { anchor: readonly [number, number]; offset: [number, number]; box: Box } | undefined {
  for (const reach of [1, 2.2]) {
    for (const side of SIDES) {
      const offset: [number, number] = [side.dir[0] * gap * reach, side.dir[1] * gap * reach];
      const x = at[0] + offset[0] - side.anchor[0] * w;
      const y = at[1] + offset[1] - side.anchor[1] * h;
      const box: Box = [x, y, x + w, y + h];
      if (inside(box, area) && !taken.some((t) => overlaps(t, box)))
        return { anchor: side.anchor, offset, box };
    }
  }
  return undefined;
}

export function inside(b: Box, area: Box): boolean {
  return b[0] >= area[0] && b[1] >= area[1] && b[2] <= area[2] && b[3] <= area[3];
}

export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
