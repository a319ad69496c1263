// Where a picture sits in its frame: pure geometry, tested without a renderer. The camera frames a
// focal rectangle whole (never cutting the subject), at the frame's aspect, kept inside the
// picture where the picture is large enough, centred on it where it is not (a dark margin then,
// never a stretched or invented edge).
import type { Rect } from './picture.ts';

/** What the camera sees, in picture units (the picture is `aspect` wide and 1 high). */
export interface Camera {
  /** The centre of what is seen. */
  cx: number;
  cy: number;
  /** How wide a region is seen (its height is this over the frame's aspect). */
  span: number;
}

/** The camera that shows `r` (fractions of the picture) whole in a frame of `fw` × `fh`. */
export function frameRect(r: Rect, aspect: number, fw: number, fh: number): Camera {
  const fa = fw / fh;
  const span = Math.max(r.w * aspect, r.h * fa);
  const clamp = (c: number, seen: number, size: number) =>
    seen >= size ? size / 2 : Math.min(Math.max(c, seen / 2), size - seen / 2);
  return {
    cx: clamp((r.x + r.w / 2) * aspect, span, aspect),
    cy: clamp(r.y + r.h / 2, span / fa, 1),
    span,
  };
}

/** The camera part way (`t`, 0..1, already eased) from `a` to `b`; the zoom moves evenly. */
export function between(a: Camera, b: Camera, t: number): Camera {
  return {
    cx: a.cx + (b.cx - a.cx) * t,
    cy: a.cy + (b.cy - a.cy) * t,
    span: a.span * Math.pow(b.span / a.span, t),
  };
}

/** Where the picture lands: its top-left corner and size in screen units, around the frame's centre. */
export function placement(c: Camera, aspect: number, fw: number) {
  const scale = fw / c.span; // screen units per picture unit
  return { x: -c.cx * scale, y: -c.cy * scale, width: aspect * scale, height: scale, scale };
}

/** The part of a frame (`fw` × `fh`, centred on 0) the picture covers under camera `c`. */
export function visibleBox(c: Camera, aspect: number, fw: number, fh: number) {
  const p = placement(c, aspect, fw);
  const left = Math.max(-fw / 2, p.x);
  const top = Math.max(-fh / 2, p.y);
  const right = Math.min(fw / 2, p.x + p.width);
  const bottom = Math.min(fh / 2, p.y + p.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
