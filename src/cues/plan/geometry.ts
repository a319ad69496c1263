// The plan view's arithmetic, kept apart from Pixi so that unit tests can check it: hatching a
// polygon, drawing part of a path, breaking a wall open, placing labels so none covers another.
import type { Point } from './schema.ts';

export type Segment = [Point, Point];
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The middle of a polygon's corners (its label's place when the plan gives none). */
export function centre(points: readonly Point[]): Point {
  const n = points.length || 1;
  const x = points.reduce((s, p) => s + p[0], 0) / n;
  const y = points.reduce((s, p) => s + p[1], 0) / n;
  return [x, y];
}

/**
 * Hatching: parallel lines at 45° (rising to the right), `gap` apart, clipped to the polygon
 * (even–odd, so any simple outline works).
 */
export function hatch(polygon: readonly Point[], gap: number): Segment[] {
  // Lines of constant c = x + y: with y growing down, they rise to the right.
  const cs = polygon.map((p) => p[0] + p[1]);
  const lo = Math.min(...cs);
  const hi = Math.max(...cs);
  const out: Segment[] = [];
  for (let c = Math.ceil(lo / gap) * gap; c <= hi; c += gap) {
    // Where the line x + y = c crosses each edge, as x.
    const xs: number[] = [];
    for (let i = 0; i < polygon.length; i++) {
      const a = polygon[i]!;
      const b = polygon[(i + 1) % polygon.length]!;
      const ca = a[0] + a[1];
      const cb = b[0] + b[1];
      if (ca === cb || c < Math.min(ca, cb) || c >= Math.max(ca, cb)) continue;
      const t = (c - ca) / (cb - ca);
      xs.push(a[0] + t * (b[0] - a[0]));
    }
    xs.sort((p, q) => p - q);
    for (let i = 0; i + 1 < xs.length; i += 2)
      out.push([
        [xs[i]!, c - xs[i]!],
        [xs[i + 1]!, c - xs[i + 1]!],
      ]);
  }
  return out;
}

/** The length of a polyline. */
export function length(points: readonly Point[]): number {
  let n = 0;
  for (let i = 1; i < points.length; i++)
    n += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  return n;
}

/** The first `fraction` (0..1) of a polyline, ending exactly where that much of it ends. */
export function partial(points: readonly Point[], fraction: number): Point[] {
  const f = Math.min(1, Math.max(0, fraction));
  if (f >= 1) return [...points];
  let left = length(points) * f;
  const out: Point[] = [points[0]!];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (d >= left) {
      const t = d ? left / d : 0;
      out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
      return out;
    }
    left -= d;
    out.push(b);
  }
  return out;
}

/** The direction (unit vector) a polyline has at its end: where its arrow points. */
export function heading(points: readonly Point[]): Point {
  for (let i = points.length - 1; i > 0; i--) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (d > 1e-9) return [(b[0] - a[0]) / d, (b[1] - a[1]) / d];
  }
  return [1, 0];
}

/**
 * A wall broken open: the two pieces left standing either side of a gap in its middle, the gap
 * `open` (0..1) of `widest` of its length.
 */
export function broken(points: readonly Point[], open: number, widest = 0.6): [Point[], Point[]] {
  const o = Math.min(1, Math.max(0, open)) * widest;
  const total = length(points);
  const first = partial(points, (1 - o) / 2);
  const reversed = [...points].reverse();
  const last = partial(reversed, (1 - o) / 2).reverse();
  return total ? [first, last] : [[...points], []];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Places labels, first come first served: each at its wanted box, or failing that the nearest of
 * a few shifts up and down and sideways that overlaps no label already placed, always kept inside
 * `bounds`. Returns the boxes in the same order.
 */
export function placeLabels(wanted: readonly Box[], bounds: Box, pad = 4): Box[] {
  const placed: Box[] = [];
  const inside = (b: Box): Box => ({
    ...b,
    x: Math.min(Math.max(b.x, bounds.x), bounds.x + bounds.width - b.width),
    y: Math.min(Math.max(b.y, bounds.y), bounds.y + bounds.height - b.height),
  });
  const padded = (b: Box): Box => ({
    x: b.x - pad,
    y: b.y - pad,
    width: b.width + 2 * pad,
    height: b.height + 2 * pad,
  });
  for (const want of wanted) {
    const step = want.height + pad;
    const shifts: Point[] = [[0, 0]];
    for (let k = 1; k <= 6; k++)
      shifts.push([0, k * step], [0, -k * step], [k * step * 2, 0], [-k * step * 2, 0]);
    let best = inside(want);
    for (const [dx, dy] of shifts) {
      const b = inside({ ...want, x: want.x + dx, y: want.y + dy });
      if (!placed.some((p) => overlaps(padded(b), p))) {
        best = b;
        break;
      }
    }
    placed.push(best);
  }
  return placed;
}

/** Whether any two boxes overlap (for tests and the view's own check). */
export function anyOverlap(boxes: readonly Box[]): boolean {
  return boxes.some((a, i) => boxes.slice(i + 1).some((b) => overlaps(a, b)));
}
