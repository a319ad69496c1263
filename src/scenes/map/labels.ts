// Places map labels beside their markers without overlaps: each label takes the first free side
// (right, left, above, below); a label with no free side is left out, its marker still shown.
import type { Text } from 'pixi.js';

/** A label to place: its marker's screen position (origin at the view centre) and its text. */
export interface LabelItem {
  at: [number, number];
  label: Text & { offset?: [number, number] };
  /** Higher places first. */
  priority: number;
}

type Box = [number, number, number, number];

const SIDES = [
  { anchor: [0, 0.5], dir: [1, 0] },
  { anchor: [1, 0.5], dir: [-1, 0] },
  { anchor: [0.5, 1], dir: [0, -1] },
  { anchor: [0.5, 0], dir: [0, 1] },
] as const;

/** Sets each label's anchor, `offset` from its marker and visibility. */
export function placeLabels(
  items: LabelItem[],
  gap: number,
  area: { width: number; height: number },
): void {
  const taken: Box[] = items.map((i) => [
    i.at[0] - gap,
    i.at[1] - gap,
    i.at[0] + gap,
    i.at[1] + gap,
  ]);
  const order = [...items].sort((a, b) => b.priority - a.priority);
  for (const item of order) {
    const { label, at } = item;
    const w = label.width;
    const h = label.height;
    item.label.visible = false;
    for (const side of SIDES) {
      const offset: [number, number] = [side.dir[0] * gap, side.dir[1] * gap];
      const x = at[0] + offset[0] - side.anchor[0] * w;
      const y = at[1] + offset[1] - side.anchor[1] * h;
      const box: Box = [x, y, x + w, y + h];
      const inside =
        box[0] > -area.width / 2 &&
        box[2] < area.width / 2 &&
        box[1] > -area.height / 2 &&
        box[3] < area.height / 2;
      const own = items.indexOf(item);
      if (!inside || taken.some((t, i) => i !== own && overlaps(t, box))) continue;
      label.anchor.set(side.anchor[0], side.anchor[1]);
      label.offset = offset;
      label.visible = true;
      taken.push(box);
      break;
    }
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
