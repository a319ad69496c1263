// A searchlight from a watchtower beyond the top corner: now and then (once in 45 s) a soft beam
// swings slowly across the zone and goes out again. The beam is painted once, with a 2D canvas,
// into a texture (bright near the lamp, fading with distance, soft at its edges), so a frame
// costs one rotated quad while it passes and nothing while it is dark.
import { Container, DOMAdapter, Sprite, Texture } from 'pixi.js';
import { palette } from '../../../src/scenes/theme.ts';
import type { AtmosphereLayerView } from '../../../src/scenes/atmosphere/Layer.ts';

/** One pass every PERIOD_MS, lasting PASS_MS; the first begins after FIRST_MS. */
const PERIOD_MS = 45_000;
const PASS_MS = 14_000;
const FIRST_MS = 6_000;
/** Angles (radians, from the lamp) the beam swings between: down-left into the picture. */
const FROM = Math.PI * 0.6;
const TO = Math.PI * 0.86;
/** The brightest the beam gets, at the lamp. */
const ALPHA = 0.11;

/**
 * The beam: a narrow cone along +x from its apex at the left middle, with falloff both ways.
 * Each layer paints its own (a 512×128 canvas, about a millisecond) and frees it with its view,
 * so a chapter leaves no texture behind (tests/e2e/leaks.spec.ts).
 */
function beam(): Texture {
  const [w, h] = [512, 128];
  const canvas = DOMAdapter.get().createCanvas(w, h);
  const ctx = canvas.getContext('2d')!;
  const rgb = [16, 8, 0].map((shift) => (palette.bone >> shift) & 255).join(', ');
  const along = ctx.createLinearGradient(0, 0, w, 0);
  along.addColorStop(0, `rgba(${rgb}, 1)`);
  along.addColorStop(0.35, `rgba(${rgb}, 0.45)`);
  along.addColorStop(1, `rgba(${rgb}, 0)`);
  // Soft edges: the cone blurred, then a narrower core over it.
  ctx.filter = 'blur(10px)';
  ctx.fillStyle = along;
  ctx.beginPath();
  ctx.moveTo(0, h / 2 - 2);
  ctx.lineTo(w, h * 0.12);
  ctx.lineTo(w, h * 0.88);
  ctx.lineTo(0, h / 2 + 2);
  ctx.fill();
  ctx.filter = 'blur(6px)';
  ctx.globalAlpha = 0.5;
  ctx.beginPath();
  ctx.moveTo(0, h / 2 - 1);
  ctx.lineTo(w, h * 0.32);
  ctx.lineTo(w, h * 0.68);
  ctx.lineTo(0, h / 2 + 1);
  ctx.fill();
  return Texture.from(canvas as HTMLCanvasElement);
}

/** One beam that passes rarely and slowly. */
export class Searchlight implements AtmosphereLayerView {
  readonly view = new Container();
  private readonly sprite = new Sprite(beam());
  private t = 0;

  constructor() {
    this.sprite.anchor.set(0, 0.5);
    this.sprite.visible = false;
    this.view.addChild(this.sprite);
    const texture = this.sprite.texture;
    this.view.once('destroyed', () => texture.destroy(true));
  }

  layout(width: number, height: number): void {
    const length = Math.hypot(width, height) * 1.15;
    this.sprite.setSize(length, length * 0.26);
    this.sprite.position.set(width * 1.03, -height * 0.1);
    this.update(0);
  }

  update(deltaMs: number): void {
    this.t += deltaMs;
    const into = (this.t - FIRST_MS) % PERIOD_MS;
    const on = this.t >= FIRST_MS && into < PASS_MS;
    this.sprite.visible = on;
    if (!on) return;
    const p = into / PASS_MS;
    // Eased swing; it brightens as it starts to move and fades before it stops.
    const swing = (1 - Math.cos(p * Math.PI)) / 2;
    this.sprite.rotation = FROM + (TO - FROM) * swing;
    this.sprite.alpha = ALPHA * Math.sin(p * Math.PI) ** 0.7;
  }
}
