// Kites over the zone, as the Kengir prisoners flew them to carry leaflets to the settlement: two
// hand-made paper kites, high and faint, each a slightly uneven sheet on two sticks with a tail of
// knotted paper and a leaflet tied to its string; now and then a leaflet comes loose and drifts
// down. Drawn thin and pale, like a pencil note in the margin, never as an illustration.
import { Container, Graphics } from 'pixi.js';
import { palette, unit } from '../../../src/scenes/theme.ts';
import type { AtmosphereLayerView } from '../../../src/scenes/atmosphere/Layer.ts';
import { seeded } from '../../../src/scenes/atmosphere/random.ts';

const LEAFLETS = 6;
const RELEASE_MS = 16_000;
const PAPER = palette.bone;

interface Kite {
  g: Graphics;
  x: number;
  y: number;
  /** Size relative to the nearer kite: the farther one is smaller and fainter. */
  scale: number;
  phase: number;
}

interface Leaflet {
  g: Graphics;
  x: number;
  y: number;
  vx: number;
  spin: number;
  alive: boolean;
}

/** Kites and their leaflets; a fixed pool of leaflets is reused, so nothing accumulates. */
export class Kites implements AtmosphereLayerView {
  readonly view = new Container();
  private readonly kites: Kite[] = [];
  private readonly leaflets: Leaflet[] = [];
  private readonly random = seeded(54);
  private size = { width: 1, height: 1, u: 1 };
  private t = 0;
  private nextRelease = 5_000;
  private released = 0;

  constructor() {
    // Out at the sides, clear of the cue's centred text and of the heading and buttons above.
    for (const [x, y, scale, phase] of [
      [0.87, 0.27, 1, 0],
      [0.1, 0.3, 0.6, 2.5],
    ] as const) {
      const g = new Graphics();
      this.view.addChild(g);
      this.kites.push({ g, x, y, scale, phase });
    }
    for (let i = 0; i < LEAFLETS; i++) {
      const g = new Graphics();
      g.visible = false;
      this.view.addChild(g);
      this.leaflets.push({ g, x: 0, y: 0, vx: 0, spin: 0, alive: false });
    }
  }

  layout(width: number, height: number): void {
    const u = unit(width, height);
    this.size = { width, height, u };
    for (const k of this.kites) drawKite(k.g.clear(), 30 * u * k.scale, u, height, k.scale);
    for (const l of this.leaflets) drawLeaflet(l.g.clear(), 7 * u, u, 0.4);
    this.update(0);
  }

  update(deltaMs: number): void {
    this.t += deltaMs;
    const { width, height, u } = this.size;
    for (const k of this.kites) {
      // A slow sway on the wind, a few pixels, never a bob.
      const sway = Math.sin(this.t / 2600 + k.phase);
      k.g.position.set(
        k.x * width + sway * 6 * u,
        k.y * height + Math.cos(this.t / 3400 + k.phase) * 4 * u,
      );
      k.g.rotation = 0.05 * sway - 0.12;
    }
    if (this.t >= this.nextRelease) this.release();
    for (const l of this.leaflets) {
      if (!l.alive) continue;
      l.y += (deltaMs / 1000) * 22 * u;
      l.x += (deltaMs / 1000) * l.vx * u + Math.sin(this.t / 900 + l.spin) * 0.25 * u;
      l.g.position.set(l.x, l.y);
      l.g.rotation = 0.5 * Math.sin(this.t / 1300 + l.spin);
      l.g.scale.x = 0.35 + 0.65 * Math.abs(Math.cos(this.t / 1100 + l.spin));
      if (l.y > height) l.alive = l.g.visible = false;
    }
  }

  private release(): void {
    this.nextRelease = this.t + RELEASE_MS;
    const kite = this.kites[this.released++ % this.kites.length]!;
    const free = this.leaflets.filter((l) => !l.alive).slice(0, 2);
    for (const l of free) {
      l.alive = l.g.visible = true;
      l.x = kite.g.x - (40 + this.random() * 30) * this.size.u * kite.scale;
      l.y = kite.g.y + 90 * this.size.u * kite.scale;
      l.vx = 6 + this.random() * 10;
      l.spin = this.random() * 6;
    }
  }
}

/**
 * A kite of size `s` about its cross: an uneven sheet of paper, two sticks, a tail of paper knots,
 * the string running down and away to the camp with a leaflet tied on.
 */
function drawKite(g: Graphics, s: number, u: number, height: number, depth: number): void {
  const a = 0.55 + 0.45 * depth;
  // The sheet, cut by hand: not quite symmetrical.
  g.poly([0, -s, s * 0.64, -s * 0.12, s * 0.06, s * 1.38, -s * 0.58, -s * 0.04])
    .fill({ color: PAPER, alpha: 0.1 * a })
    .stroke({ color: PAPER, alpha: 0.38 * a, width: u });
  // The sticks, a little past the paper.
  g.moveTo(0, -s * 1.05)
    .lineTo(s * 0.07, s * 1.42)
    .moveTo(-s * 0.62, -s * 0.05)
    .lineTo(s * 0.68, -s * 0.13)
    .stroke({ color: PAPER, alpha: 0.3 * a, width: u });
  // The tail: a sagging thread with knots of paper along it.
  const tail: [number, number][] = [];
  for (let i = 0; i <= 24; i++) {
    const t = i / 24;
    tail.push([s * (0.06 + 0.5 * Math.sin(t * 3.2) * t), s * (1.38 + 3.2 * t)]);
  }
  g.poly(tail.flat(), false).stroke({ color: PAPER, alpha: 0.25 * a, width: u });
  for (const i of [6, 12, 18, 24]) {
    const [x, y] = tail[i]!;
    const b = s * 0.12;
    g.poly([x - b, y - b * 0.6, x, y, x - b, y + b * 0.6])
      .poly([x + b, y - b * 0.6, x, y, x + b, y + b * 0.6])
      .fill({ color: PAPER, alpha: 0.22 * a });
  }
  // The string, from the cross down and away, and a leaflet tied on a short way down.
  const end: [number, number] = [-s * 8, height];
  const ctrl: [number, number] = [-s * 2.5, height * 0.35];
  g.moveTo(0, 0)
    .quadraticCurveTo(ctrl[0], ctrl[1], end[0], end[1])
    .stroke({ color: PAPER, alpha: 0.12 * a, width: u });
  const t = 0.12;
  const lx = 2 * (1 - t) * t * ctrl[0] + t * t * end[0];
  const ly = 2 * (1 - t) * t * ctrl[1] + t * t * end[1];
  g.moveTo(lx, ly)
    .lineTo(lx, ly + s * 0.25)
    .stroke({ color: PAPER, alpha: 0.2 * a, width: u });
  drawLeafletAt(g, lx, ly + s * 0.25 + s * 0.28, s * 0.28, u, 0.45 * a);
}

/** A leaflet: a small sheet with a few faint lines of print, centred on its origin. */
function drawLeaflet(g: Graphics, s: number, u: number, alpha: number): void {
  drawLeafletAt(g, 0, 0, s, u, alpha);
}

function drawLeafletAt(g: Graphics, x: number, y: number, s: number, u: number, alpha: number) {
  g.rect(x - s * 0.8, y - s, s * 1.6, s * 2).fill({ color: PAPER, alpha });
  for (let i = 0; i < 4; i++) {
    const ly = y - s * 0.6 + i * s * 0.4;
    g.moveTo(x - s * 0.55, ly).lineTo(x + s * (i === 3 ? 0.1 : 0.55), ly);
  }
  g.stroke({ color: palette.ground, alpha: alpha * 0.8, width: Math.max(0.75, u * 0.75) });
}
