// Snow in the Arctic camps, dust in the steppe at Kengir: a fixed set of soft particles drifting
// across the screen and wrapping round. Faint by design: weather, not decoration.
import { Container, Graphics } from 'pixi.js';
import { palette, unit } from '../theme.ts';
import type { AtmosphereLayerView } from './Layer.ts';
import { seeded } from './random.ts';

interface Preset {
  count: number;
  color: number;
  size: [number, number];
  alpha: [number, number];
  /** Pixels per second at 1080 p: x drift and y fall. */
  drift: [number, number];
  fall: [number, number];
  sway: number;
}

const PRESETS = {
  snow: {
    count: 90,
    color: palette.bone,
    size: [1.2, 3.2],
    alpha: [0.18, 0.5],
    drift: [-8, 14],
    fall: [18, 55],
    sway: 14,
  },
  dust: {
    count: 60,
    color: palette.ochre,
    size: [0.8, 2],
    alpha: [0.12, 0.35],
    drift: [12, 34],
    fall: [-4, 4],
    sway: 6,
  },
} satisfies Record<string, Preset>;

interface Particle {
  g: Graphics;
  x: number;
  y: number;
  vx: number;
  vy: number;
  phase: number;
  size: number;
}

/** A field of particles in one preset. */
export class Particles implements AtmosphereLayerView {
  readonly view = new Container();
  private readonly particles: Particle[] = [];
  private readonly preset: Preset;
  private size = { width: 1, height: 1, u: 1 };
  private t = 0;

  constructor(kind: keyof typeof PRESETS) {
    this.preset = PRESETS[kind];
    const random = seeded(kind === 'snow' ? 1953 : 1954);
    const range = ([a, b]: [number, number]) => a + (b - a) * random();
    for (let i = 0; i < this.preset.count; i++) {
      const g = new Graphics();
      g.alpha = range(this.preset.alpha);
      this.view.addChild(g);
      this.particles.push({
        g,
        x: random(),
        y: random(),
        vx: range(this.preset.drift),
        vy: range(this.preset.fall),
        phase: random() * Math.PI * 2,
        size: range(this.preset.size),
      });
    }
  }

  layout(width: number, height: number): void {
    const u = unit(width, height);
    this.size = { width, height, u };
    for (const p of this.particles)
      p.g
        .clear()
        .circle(0, 0, p.size * u)
        .fill({ color: this.preset.color });
    this.place();
  }

  /** Shows the first `share` of the particles (the same ones each time); the rest are not drawn. */
  density(share: number): void {
    const shown = Math.round(this.particles.length * Math.min(1, Math.max(0, share)));
    this.particles.forEach((p, i) => (p.g.visible = i < shown));
    this.view.visible = shown > 0;
  }

  update(deltaMs: number): void {
    this.t += deltaMs / 1000;
    const { width, height, u } = this.size;
    for (const p of this.particles) {
      p.x += ((p.vx * u) / width) * (deltaMs / 1000);
      p.y += ((p.vy * u) / height) * (deltaMs / 1000);
      p.x -= Math.floor(p.x);
      p.y -= Math.floor(p.y);
    }
    this.place();
  }

  private place(): void {
    const { width, height, u } = this.size;
    for (const p of this.particles) {
      const sway = Math.sin(this.t * 0.6 + p.phase) * this.preset.sway * u;
      p.g.position.set(p.x * width + sway, p.y * height);
    }
  }
}
