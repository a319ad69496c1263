// Kites over the zone, as the Kengir prisoners flew them to carry leaflets to the settlement:
// three kites riding the wind, and now and then a few leaflets drifting down from one of them.
import { Container, Graphics } from 'pixi.js';
import { palette, unit } from '../../../src/scenes/theme.ts';
import type { AtmosphereLayerView } from '../../../src/scenes/atmosphere/Layer.ts';
import { seeded } from '../../../src/scenes/atmosphere/random.ts';

const LEAFLETS = 12;
const RELEASE_MS = 7_000;

interface Kite {
  g: Graphics;
  x: number;
  y: number;
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
  private nextRelease = 2_500;
  private released = 0;

  constructor() {
    for (const [x, y, phase] of [
      [0.18, 0.16, 0],
      [0.74, 0.1, 2],
      [0.88, 0.3, 4],
    ] as const) {
      const g = new Graphics();
      this.view.addChild(g);
      this.kites.push({ g, x, y, phase });
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
    for (const k of this.kites) {
      const s = 26 * u;
      k.g
        .clear()
        .poly([0, -s, s * 0.7, 0, 0, s * 1.5, -s * 0.7, 0])
        .fill({ color: palette.bone, alpha: 0.16 })
        .stroke({ color: palette.bone, alpha: 0.45, width: 1.5 * u })
        .moveTo(0, -s)
        .lineTo(0, s * 1.5)
        .moveTo(-s * 0.7, 0)
        .lineTo(s * 0.7, 0)
        .stroke({ color: palette.bone, alpha: 0.3, width: u })
        // The tail, then the string running down and away to the camp.
        .moveTo(0, s * 1.5)
        .bezierCurveTo(s * 0.6, s * 2.4, -s * 0.6, s * 3.2, s * 0.2, s * 4.2)
        .stroke({ color: palette.bone, alpha: 0.3, width: u })
        .moveTo(0, s * 0.4)
        .quadraticCurveTo(-s * 3, height * 0.4, -s * 6, height)
        .stroke({ color: palette.bone, alpha: 0.12, width: u });
    }
    for (const l of this.leaflets)
      l.g
        .clear()
        .rect(-5 * u, -7 * u, 10 * u, 14 * u)
        .fill({ color: palette.bone, alpha: 0.5 });
    this.update(0);
  }

  update(deltaMs: number): void {
    this.t += deltaMs;
    const { width, height, u } = this.size;
    for (const k of this.kites) {
      const bob = Math.sin(this.t / 1400 + k.phase);
      k.g.position.set(
        k.x * width + bob * 10 * u,
        k.y * height + Math.cos(this.t / 1900 + k.phase) * 8 * u,
      );
      k.g.rotation = 0.12 * bob;
    }
    if (this.t >= this.nextRelease) this.release();
    for (const l of this.leaflets) {
      if (!l.alive) continue;
      l.y += (deltaMs / 1000) * 40 * u;
      l.x += (deltaMs / 1000) * l.vx * u + Math.sin(this.t / 500 + l.spin) * 0.4 * u;
      l.g.position.set(l.x, l.y);
      l.g.rotation += (deltaMs / 1000) * l.spin;
      l.g.scale.x = Math.cos(this.t / 300 + l.spin);
      if (l.y > height) l.alive = l.g.visible = false;
    }
  }

  private release(): void {
    this.nextRelease = this.t + RELEASE_MS;
    const kite = this.kites[this.released++ % this.kites.length]!;
    const free = this.leaflets.filter((l) => !l.alive).slice(0, 4);
    for (const l of free) {
      l.alive = l.g.visible = true;
      l.x = kite.g.x + (this.random() - 0.5) * 30 * this.size.u;
      l.y = kite.g.y + 30 * this.size.u;
      l.vx = 10 + this.random() * 25;
      l.spin = (this.random() - 0.5) * 3;
    }
  }
}
