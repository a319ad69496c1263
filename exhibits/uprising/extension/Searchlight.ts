// A searchlight from a watchtower beyond the top corner, sweeping slowly across the zone.
// A narrow cone of three faint layers: soft-edged, and cheap on a software renderer.
import { Container, Graphics } from 'pixi.js';
import { palette } from '../../../src/scenes/theme.ts';
import type { AtmosphereLayerView } from '../../../src/scenes/atmosphere/Layer.ts';

const PERIOD_MS = 16_000;
const SWEEP = 0.42; // radians each side of the centre line

/** One sweeping beam. */
export class Searchlight implements AtmosphereLayerView {
  readonly view = new Container();
  private readonly beam = new Graphics();
  private t = 0;

  constructor() {
    this.view.addChild(this.beam);
  }

  layout(width: number, height: number): void {
    const length = Math.hypot(width, height) * 1.1;
    const g = this.beam.clear();
    for (const [spread, alpha] of [
      [0.1, 0.025],
      [0.065, 0.03],
      [0.035, 0.035],
    ] as const) {
      g.poly([0, 0, length, -length * spread, length, length * spread]).fill({
        color: palette.bone,
        alpha,
      });
    }
    this.beam.position.set(width * 1.02, -height * 0.08);
    this.update(0);
  }

  update(deltaMs: number): void {
    this.t += deltaMs;
    // Points down-left into the picture and sweeps to and fro.
    this.beam.rotation = Math.PI * 0.72 + SWEEP * Math.sin((this.t / PERIOD_MS) * Math.PI * 2);
  }
}
