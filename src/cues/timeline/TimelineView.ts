// The timeline cue: a span of years on a thin axis, events as marks, the one the narration has
// reached brought forward in the accent colour while the others stay quiet.
import { Container, Graphics, Text } from 'pixi.js';
import type { CueView } from '../../scenes/CueView.ts';
import { ease } from '../../scenes/Scene.ts';
import { balanceWrap, fonts, palette, stageUnit } from '../../scenes/theme.ts';

const RISE_MS = 1_200;

/** A box on the view: left, right, top, bottom. */
interface Box {
  l: number;
  r: number;
  t: number;
  b: number;
}

/** An event on the axis. */
export interface TimelineEvent {
  year: number;
  label: string;
}

/** Years from `from` to `to`, with events; `highlight` is emphasised. */
export class TimelineView extends Container implements CueView {
  private readonly axis = new Graphics();
  /** Thin lines from a dot to its label, where the label had to move away from the axis. */
  private readonly leaders = new Graphics();
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
    this.addChild(this.leaders, this.axis);
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
    const placed: Box[] = [
      // The year numbers under the axis.
      { l: -span / 2 - 40 * u, r: span / 2 + 40 * u, t: 0, b: 64 * u },
    ];
    this.leaders.clear();
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
      const dx = x(event.year);
      const near = (t: number) => t === -28 * u - h || t === 72 * u;
      // The box, and for a label further out than its row the thin line from its dot, which
      // may not cross another label either.
      const boxes = (t: number) => {
        const own = { l, r, t, b: t + h };
        if (near(t)) return [own];
        const [a, b] = t < 0 ? [t + h, 0] : [0, t];
        return [own, { l: dx - 3 * u, r: dx + 3 * u, t: a, b }];
      };
      // The line may cross the year numbers' band (placed[0]), never a label.
      const clear = (t: number, lines: boolean) => {
        const [own, line] = boxes(t);
        const free = (o: Box, from: number) =>
          placed
            .slice(from)
            .every((p) => o.r < p.l || o.l > p.r || o.b + gap < p.t || o.t - gap > p.b);
        return free(own!, 0) && (!lines || !line || free(line, 1));
      };
      const rows = Array.from({ length: 24 }, (_, k) => {
        // Alternate: above the axis, then below the years, each a little further out.
        const step = Math.floor(k / 2) * 20 * u;
        return k % 2 === 0 ? -28 * u - h - step : 72 * u + step;
      });
      const tied = rows.find((t) => clear(t, true));
      // Where no line can reach its label unbroken, the label goes as near as it can, untied.
      const top = tied ?? rows.find((t) => clear(t, false)) ?? rows[0]!;
      placed.push(...boxes(top).slice(0, tied === undefined ? 1 : 2));
      if (tied !== undefined && !near(top)) {
        const edge = top < 0 ? top + h + 4 * u : top - 4 * u;
        const from = top < 0 ? -14 * u : 14 * u;
        this.leaders
          .moveTo(dx, from)
          .lineTo(dx, edge)
          .stroke({ color: palette.muted, alpha: 0.45, width: Math.max(1, 1.5 * u) });
      }
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
