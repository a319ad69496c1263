// The map's camera: what part of the frame a view shows, how it moves between views, and the
// arcs routes are drawn along. Units are the base map's frame units (about 2 km each).

/** The narrowest view, in frame units (~2 km each): a single camp is shown with its region. */
const MIN_SPAN = 1100;

/** Where the camera looks (frame units) and how much it must show across and down. */
export interface Camera {
  x: number;
  y: number;
  /** Frame units the view must show across and down. */
  w: number;
  h: number;
}

/** A camera framing points, with a margin; never closer than MIN_SPAN. */
export function frameOf(points: [number, number][]): Camera {
  if (!points.length) return { x: 2500, y: 1200, w: 5000, h: 2400 };
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return {
    x: (x0 + x1) / 2,
    y: (y0 + y1) / 2,
    w: Math.max(MIN_SPAN, (x1 - x0) * 1.35),
    h: Math.max(MIN_SPAN * 0.6, (y1 - y0) * 1.5),
  };
}

/** Moves between cameras, zooming in log space so the speed feels even. */
export function between(a: Camera, b: Camera, t: number): Camera {
  return {
    x: a.x + (b.x - a.x) * t,
    y: a.y + (b.y - a.y) * t,
    w: Math.exp(Math.log(a.w) + (Math.log(b.w) - Math.log(a.w)) * t),
    h: Math.exp(Math.log(a.h) + (Math.log(b.h) - Math.log(a.h)) * t),
  };
}

/** Points along a gentle arc from a to b, bowed to one side, up to fraction t. */
export function arc(a: [number, number], b: [number, number], t: number): number[] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const c = [(a[0] + b[0]) / 2 - dy * 0.2, (a[1] + b[1]) / 2 + dx * 0.2];
  const pts: number[] = [];
  const n = 40;
  for (let i = 0; i <= n * t; i++) {
    const s = i / n;
    const k = 1 - s;
    pts.push(
      k * k * a[0] + 2 * k * s * c[0]! + s * s * b[0],
      k * k * a[1] + 2 * k * s * c[1]! + s * s * b[1],
    );
  }
  return pts;
}
