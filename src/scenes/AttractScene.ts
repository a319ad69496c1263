// The attract loop's picture: the exhibit title, cycling slowly through its languages, over a
// drifting field of faint lines. "Touch to begin" lives in the DOM overlay.
import { Container, Graphics } from 'pixi.js';
import type { Scene, SceneOptions } from './Scene.ts';
import { ease } from './Scene.ts';
import { palette, unit, visualArea } from './theme.ts';
import { TitleCardView } from './TitleCardView.ts';

const HOLD_MS = 7_000;
const FADE_MS = 1_200;

/** Title cards per language, crossfading in turn. */
export class AttractScene implements Scene {
  readonly name = 'attract';
  readonly view = new Container();
  private readonly lines = new Graphics();
  private readonly cards: TitleCardView[];
  private t = 0;
  private size = { width: 1, height: 1 };

  constructor(
    titles: { title: string; subtitle?: string }[],
    private readonly options: SceneOptions,
  ) {
    this.cards = titles.map((t) => new TitleCardView(t.title, t.subtitle));
    this.view.addChild(this.lines, ...this.cards);
    this.cards.forEach((c, i) => (c.alpha = i === 0 ? 1 : 0));
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    const area = visualArea(width, height);
    for (const card of this.cards) {
      card.layout(area.width, area.height);
      card.position.set(area.width / 2, area.height * 0.55);
    }
    this.drawLines();
  }

  update(deltaMs: number): void {
    this.t += deltaMs;
    const period = HOLD_MS + FADE_MS;
    const n = this.cards.length;
    if (n > 1) {
      const index = Math.floor(this.t / period) % n;
      const fade = ease(((this.t % period) - HOLD_MS) / FADE_MS);
      this.cards.forEach((card, i) => {
        card.alpha = i === index ? 1 - fade : i === (index + 1) % n ? fade : 0;
      });
    }
    if (!this.options.reducedMotion) this.lines.x = -((this.t / 60) % (this.size.width * 0.1));
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }

  // Faint meridian-like lines, a little wider than the screen so their drift never shows an edge.
  private drawLines(): void {
    const { width, height } = this.size;
    const u = unit(width, height);
    const g = this.lines.clear();
    for (let x = 0; x < width * 1.2; x += width * 0.1) {
      g.moveTo(x, height * 0.08).lineTo(x + width * 0.04, height * 0.7);
    }
    g.stroke({ color: palette.frost, alpha: 0.07, width: Math.max(1, 1.5 * u) });
  }
}
