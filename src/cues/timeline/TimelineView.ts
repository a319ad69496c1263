// The timeline cue: a span of years on a thin axis, events as marks, the one the narration has
// reached brought forward in the accent colour while the others stay quiet.
import { Container, Graphics, Text } from 'pixi.js';
import type { CueView } from '../../scenes/CueView.ts';
import { ease } from '../../scenes/Scene.ts';
import { fonts, palette, unit } from '../../scenes/theme.ts';

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
    const u = unit(width, height);
    const span = width * 0.84;
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
      t.style.fontSize = Math.round(26 * u);
      t.position.set(x(this.from + i * 5), 22 * u);
    });
    // Labels take the first row, above or below the axis, where they clear their neighbours;
    // the highlighted event is placed first, nearest the axis.
    const rows = [-28, 72, -78, 122, -128].map((y) => ({
      y: y * u,
      taken: [] as [number, number][],
    }));
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
      text.style.fontSize = Math.round((on ? 40 : 26) * u);
      text.style.wordWrapWidth = (on ? 420 : 260) * u;
      const half = text.width / 2 + 12 * u;
      const span: [number, number] = [x(event.year) - half, x(event.year) + half];
      const row =
        rows.find((r) => r.taken.every(([l, r2]) => span[1] < l || span[0] > r2)) ??
        rows[rows.length - 1]!;
      row.taken.push(span);
      text.anchor.set(0.5, row.y < 0 ? 1 : 0);
      text.position.set(x(event.year), row.y);
    }
  }

  update(deltaMs: number): void {
    this.age += deltaMs;
    const mark = this.marks[this.highlight];
    if (mark) mark.dot.scale.set(0.6 + 0.4 * ease(this.age / RISE_MS));
  }
}
