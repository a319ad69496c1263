// The timeline cue: a span of years on a thin axis, events as marks, the one the narration has
// reached brought forward in the accent colour while the others stay quiet.
import { Container, Graphics, Text } from 'pixi.js';
import type { CueView } from '../../scenes/CueView.ts';
import { ease } from '../../scenes/Scene.ts';
import { balanceWrap, fonts, palette, stageUnit } from '../../scenes/theme.ts';

const RISE_MS = 1_200;

/** An event on the axis. */
export interface TimelineEvent {
  year: number;
  label: string;
}

/** Years from `from` to `to`, with events; `highlight` is emphasised. */
export class TimelineView extends Container implements CueView {
  private readonly axis = new Graphics();
  private readonly years: Text[] = [];
  private readonly marks: { dot: Graphics; text: Text; event: TimelineEvent }[];
  private age = 0;

  constructor(
    private readonly from: number,
    private readonly to: number,
    events: TimelineEvent[],
    private readonly highlight: number,
  ) {
    super();
    this.addChild(this.axis);
    for (let y = from; y <= to; y += 5) {
      const t = new Text({
        text: String(y),
        style: { fontFamily: fonts.sans, fill: palette.muted },
      });
      t.anchor.set(0.5, 0);
      this.years.push(t);
      this.addChild(t);
    }
    this.marks = events.map((event, i) => {
      const dot = new Graphics();
      const text = new Text({
        text: event.label,
        style: {
          fontFamily: i === highlight ? fonts.serif : fonts.sans,
          fill: i === highlight ? palette.bone : palette.muted,
          align: 'center',
          wordWrap: true,
        },
      });
      text.anchor.set(0.5, 1);
      this.addChild(dot, text);
      return { dot, text, event };
    });
  }

  layout(width: number, height: number): void {
    const u = stageUnit(width, height);
    // The words stay inside the safe margin (54 px at 1080p) even at the 3 % drift of a cue.
    const half = (width / 2 - 54 * u) / 1.03;
    const span = Math.min(width * 0.84, 2 * half - 60 * u);
    const x = (year: number) =>
      -span / 2 + ((year - this.from) / Math.max(1, this.to - this.from)) * span;
    this.axis
      .clear()
      .rect(-span / 2, 0, span, Math.max(1, 2 * u))
      .fill({ color: palette.bone, alpha: 0.5 });
    for (let y = this.from; y <= this.to; y++) {
      const h = (y - this.from) % 5 === 0 ? 16 * u : 8 * u;
      this.axis
        .rect(x(y) - 0.5 * u, -h / 2, Math.max(1, u), h)
        .fill({ color: palette.bone, alpha: 0.4 });
    }
    this.years.forEach((t, i) => {
      t.style.fontSize = Math.round(32 * u);
      t.position.set(x(this.from + i * 5), 22 * u);
    });
    // Each label takes the nearest place to the axis, above or below, where its box clears every
    // label placed before; the highlighted event is placed first. A label near an end of the axis
    // is moved in so that it stays inside the margin.
    const gap = 10 * u;
    const placed: { l: number; r: number; t: number; b: number }[] = [
      // The year numbers under the axis.
      { l: -span / 2 - 40 * u, r: span / 2 + 40 * u, t: 0, b: 64 * u },
    ];
    const order = this.marks
      .map((_, i) => i)
      .sort((a, b) => (a === this.highlight ? -1 : b === this.highlight ? 1 : a - b));
    for (const i of order) {
      const { dot, text, event } = this.marks[i]!;
      const on = i === this.highlight;
      dot
        .clear()
        .circle(0, 0, (on ? 12 : 7) * u)
        .fill(on ? palette.frost : palette.muted);
      dot.position.set(x(event.year), 0);
      text.style.fontSize = Math.round((on ? 44 : 32) * u);
      balanceWrap(text, Math.min((on ? 460 : 300) * u, span / 2));
      const w = text.width;
      const h = text.height;
      const cx = Math.max(-half + w / 2, Math.min(half - w / 2, x(event.year)));
      const l = cx - w / 2 - gap;
      const r = cx + w / 2 + gap;
      const clear = (t: number, b: number) =>
        placed.every((p) => r < p.l || l > p.r || b + gap < p.t || t - gap > p.b);
      let top = -28 * u - h;
      for (let k = 0; k < 24; k++) {
        // Alternate: above the axis, then below the years, each a little further out.
        const step = Math.floor(k / 2) * 20 * u;
        const t = k % 2 === 0 ? -28 * u - h - step : 72 * u + step;
        if (clear(t, t + h)) {
          top = t;
          break;
        }
      }
      placed.push({ l, r, t: top, b: top + h });
      text.anchor.set(0.5, 0);
      text.position.set(cx, top);
    }
  }

  update(deltaMs: number): void {
    this.age += deltaMs;
    const mark = this.marks[this.highlight];
    if (mark) mark.dot.scale.set(0.6 + 0.4 * ease(this.age / RISE_MS));
  }
}
