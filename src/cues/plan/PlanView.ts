// The plan cue: a site plan drawn from the exhibit's vector data, marked "Schematic" with its
// source, changed step by step as the narration reaches each step. What never changes (zones,
// buildings, standing walls, gates, labels) is drawn once and cached as a texture; only what the
// steps change (walls broken open, zones hatched, routes) is drawn live, and only while it moves.
import { Container, Graphics, Text } from 'pixi.js';
import type { CueView } from '../../scenes/CueView.ts';
import { ease } from '../../scenes/Scene.ts';
import { fonts, palette, safeMargin, stageUnit, textStyles } from '../../scenes/theme.ts';
import { broken, centre, hatch, heading, partial, placeLabels, type Box } from './geometry.ts';
import type { PlanCue, ZoneState } from './index.ts';
import { stateAfter, type PlanState } from './state.ts';
import type { PlanFile, Point } from './schema.ts';

/** How long a step's change takes (breach, hatch, route), eased in and out. */
export const STEP_MS = 1_100;
/** How long the caption beside the plan takes to crossfade. */
const CAPTION_MS = 800;

interface PlacedLabel {
  text: Text;
  /** Where it wants to be, in plan units; `dx` moves it right of the point (gates, routes). */
  at: Point;
  side: boolean;
  /** The route it belongs to: shown only once that route is drawn. */
  route?: string;
}

/** A site plan and its steps. */
export class PlanView extends Container implements CueView {
  /** Its texts reach the safe margins: no drift (CueView.drifts). */
  readonly drifts = false;
  /** Zones and buildings: drawn once, cached as a texture. */
  private readonly ground = new Graphics();
  /** Zones as the steps mark them (hatching), between the ground and the walls. */
  private readonly zoneMarks = new Graphics();
  /** Standing walls, gates and labels: drawn once, cached as a texture. */
  private readonly lines = new Container();
  private readonly lineShapes = new Graphics();
  /** Walls broken open and routes, drawn live while they change. */
  private readonly live = new Graphics();
  private readonly title: Text;
  private readonly note: Text;
  private readonly captions: [Text, Text];
  private readonly labels: PlacedLabel[] = [];
  private readonly accent: number;
  /** Walls a step breaks, zones a step changes: drawn live, not in the cached textures. */
  private readonly changing: { walls: Set<string>; zones: Set<string> };
  /** Plan units to pixels, and the plan's top-left corner in the view. */
  private k = 1;
  private corner: Point = [0, 0];
  private u = 1;
  private from: PlanState;
  private to: PlanState;
  private count = 0;
  /** Time into the current step's change; STEP_MS and more when it is done. */
  private age = STEP_MS;
  private captionAge = CAPTION_MS;
  private boxes: Box[] = [];
  /** The tallest caption's height by font size, line height and wrap (captionRoom). */
  private readonly rooms = new Map<string, number>();

  constructor(
    private readonly plan: PlanFile,
    private readonly cue: PlanCue,
    private readonly lang: string,
    schematic: string,
    private readonly motion: boolean,
  ) {
    super();
    this.accent = plan.accent ? palette[plan.accent] : palette.bone;
    const steps = cue.steps;
    this.changing = {
      walls: new Set(steps.flatMap((s) => s.breach ?? [])),
      zones: new Set(steps.flatMap((s) => Object.keys(s.zones ?? {}))),
    };
    this.from = stateAfter(steps, 0);
    this.to = this.from;
    this.title = new Text({
      text: plan.name[lang] ?? '',
      style: { ...textStyles.heading, align: 'left' },
    });
    this.note = new Text({
      text: `${schematic.toUpperCase()} · ${plan.source[lang] ?? ''}`,
      style: { ...textStyles.note, align: 'left' },
    });
    const captionStyle = {
      fontFamily: fonts.sans,
      fill: palette.bone,
      wordWrap: true,
      lineHeight: 1,
    };
    this.captions = [
      new Text({ text: cue.caption?.[lang] ?? '', style: { ...captionStyle } }),
      new Text({ text: '', style: { ...captionStyle } }),
    ];
    this.captions[1].alpha = 0;
    const say = (t: Record<string, string> | undefined) => t?.[lang] ?? '';
    const label = (text: string, at: Point, side: boolean, route?: string, muted = false) => {
      const t = new Text({
        text,
        style: {
          fontFamily: fonts.sans,
          fill: muted ? palette.muted : palette.bone,
          letterSpacing: muted ? 1 : 0,
          // A halo in the ground colour keeps a label legible over walls and hatching.
          stroke: { color: palette.ground, width: 7, join: 'round' },
        },
      });
      this.labels.push({ text: t, at, side, ...(route ? { route } : {}) });
    };
    // Labels in priority order: zones, gates, routes, free labels.
    for (const z of plan.zones) label(say(z.name), z.labelAt ?? centre(z.points), false);
    for (const g of plan.gates) if (g.name) label(say(g.name), g.at, true, undefined, true);
    for (const r of plan.routes) if (r.label) label(say(r.label), r.points[0]!, true, r.id);
    for (const l of plan.labels) label(say(l.text), l.at, false, undefined, true);
    this.lines.addChild(this.lineShapes);
    // What never changes is two textures, drawn once: its fills and text cost nothing per frame.
    this.ground.cacheAsTexture({ antialias: true });
    this.lines.cacheAsTexture({ antialias: true });
    this.addChild(this.ground, this.zoneMarks, this.lines, this.live);
    for (const l of this.labels) (l.route ? this : this.lines).addChild(l.text);
    this.addChild(this.title, this.note, ...this.captions);
    for (const l of this.labels) if (l.route) l.text.alpha = 0;
  }

  /** Shows the plan after its first `count` steps: the newest change moves in, slowly. */
  showStep(count: number): void {
    const n = Math.max(0, Math.min(count, this.cue.steps.length));
    if (n === this.count) return;
    // Forward one or more steps: what was already there stays, the newest change moves in.
    // Backward (the visitor went back): the plan cuts to that state.
    this.from = stateAfter(this.cue.steps, n > this.count ? n - 1 : n);
    this.to = stateAfter(this.cue.steps, n);
    this.age = n > this.count ? 0 : STEP_MS;
    this.count = n;
    const text = n
      ? (this.cue.steps[n - 1]!.caption[this.lang] ?? '')
      : (this.cue.caption?.[this.lang] ?? '');
    if (text !== this.captions[0].text) {
      // The old caption goes, the new one comes: swap the pair and crossfade.
      this.captions.reverse();
      this.captions[0].text = text;
      this.captionAge = 0;
    }
    this.drawLive();
  }

  /** How many steps are showing, and the label boxes on screen (tests check none overlaps). */
  inspect(): { step: number; labels: Box[]; labelPx: number; moving: boolean } {
    const shown = this.labels.map((l, i) => ({ l, b: this.boxes[i]! }));
    // Boxes in stage pixels: the view is centred in the visual area and may be scaled (drift).
    const toStage = (b: Box): Box => {
      const a = this.toGlobal({ x: b.x, y: b.y });
      const z = this.toGlobal({ x: b.x + b.width, y: b.y + b.height });
      return { x: a.x, y: a.y, width: z.x - a.x, height: z.y - a.y };
    };
    return {
      step: this.count,
      labels: shown.filter(({ l }) => l.text.alpha > 0.5).map(({ b }) => toStage(b)),
      labelPx: Math.min(...this.labels.map((l) => Number(l.text.style.fontSize))),
      moving: this.age < STEP_MS,
    };
  }

  layout(width: number, height: number): void {
    // The design unit of the whole screen: the visual area is shorter than the screen in
    // landscape (the captions band), so its height alone would shrink the words.
    const u = stageUnit(width, height);
    this.u = u;
    const m = safeMargin();
    const left = -width / 2;
    for (const l of this.labels) {
      l.text.style.fontSize = Math.round(33 * u);
      l.text.style.stroke = { color: palette.ground, width: Math.round(7 * u), join: 'round' };
    }
    // The plan beside its words, or under them: whichever draws the plan larger. Beside counts
    // only where its column of words ends above the visual area's foot; on a near-square screen
    // (1280×1024) the words may set a little smaller, down to 80 %, to stay beside the plan,
    // since under them the plan would be a strip with no room for its labels.
    const [pw, ph] = this.plan.size;
    const scale = (b: Box) => Math.min(b.width / pw, b.height / ph);
    this.setWords(u);
    const under = scale(this.arrange(true, width, height, u));
    let f = 1;
    let side = this.arrange(false, width, height, u);
    while (this.columnBottom() > height / 2 && f > 0.8) {
      f -= 0.05;
      this.setWords(u * f);
      side = this.arrange(false, width, height, u);
    }
    const beside = this.columnBottom() <= height / 2 && scale(side) >= under;
    if (!beside) this.setWords(u);
    const plan = beside ? side : this.arrange(true, width, height, u); // the last made is kept
    this.k = Math.min(plan.width / pw, plan.height / ph);
    this.corner = [
      plan.x + (plan.width - pw * this.k) / 2,
      plan.y + (plan.height - ph * this.k) / 2,
    ];
    this.drawBase();
    // Labels: each centred on its point (gates and routes beside it), none over another, all
    // inside the view.
    const wanted = this.labels.map(({ text, at, side }) => {
      const [x, y] = this.px(at);
      return side
        ? { x: x + 18 * u, y: y - text.height / 2, width: text.width, height: text.height }
        : { x: x - text.width / 2, y: y - text.height / 2, width: text.width, height: text.height };
    });
    const bounds = {
      x: left + m,
      y: -height / 2 + m,
      width: width - 2 * m,
      height: height - 2 * m,
    };
    this.boxes = placeLabels(wanted, bounds, 6 * u);
    this.boxes.forEach((b, i) => this.labels[i]!.text.position.set(b.x, b.y));
    this.ground.updateCacheTexture();
    this.lines.updateCacheTexture();
    this.drawLive();
  }

  /** Places the title, note and captions for one arrangement; returns the box left for the plan. */
  private arrange(portrait: boolean, width: number, height: number, u: number): Box {
    const m = safeMargin();
    // The view is laid out in the card area, already below the chapter title and its button.
    const top = 24 * u;
    const left = -width / 2;
    if (portrait) {
      const wrap = width - 2 * m;
      this.setWraps(wrap);
      this.title.position.set(left + m, -height / 2 + top);
      this.note.position.set(left + m, this.title.y + this.title.height + 8 * u);
      const captionTop = height / 2 - m - this.captionRoom();
      for (const c of this.captions) c.position.set(left + m, captionTop);
      const y = this.note.y + this.note.height + 32 * u;
      return { x: left + m, y, width: wrap, height: captionTop - 32 * u - y };
    } else {
      // A near-square screen gives the words a wider column, so the plan's long captions fit.
      const column = Math.min(620 * u, width * (width / height < 2.2 ? 0.42 : 0.34));
      this.setWraps(column);
      this.title.position.set(left + m, -height / 2 + top);
      this.note.position.set(left + m, this.title.y + this.title.height + 10 * u);
      for (const c of this.captions)
        c.position.set(left + m, this.note.y + this.note.height + 48 * u);
      const x = left + m + column + m;
      return {
        x,
        y: -height / 2 + top * 0.6,
        width: width / 2 - m - x,
        height: height - top * 0.6 - m,
      };
    }
  }

  update(deltaMs: number): void {
    if (this.captionAge < CAPTION_MS) {
      this.captionAge += deltaMs;
      const t = ease(this.captionAge / CAPTION_MS); // a crossfade, under reduced motion too
      this.captions[0].alpha = t;
      this.captions[1].alpha = 1 - t;
    }
    if (this.age >= STEP_MS) return;
    this.age += deltaMs;
    this.drawLive();
  }

  private setWraps(wrap: number): void {
    for (const t of [this.title, this.note, ...this.captions]) {
      t.style.wordWrap = true;
      t.style.wordWrapWidth = wrap;
    }
  }

  /** The height of the tallest caption, so that the plan never runs under any of them. */
  /** The plan's words (title, source note, captions) at design unit `u`. */
  private setWords(u: number): void {
    this.title.style.fontSize = Math.round(42 * u);
    this.note.style.fontSize = Math.round(28 * u);
    for (const c of this.captions) {
      c.style.fontSize = Math.round(36 * u);
      c.style.lineHeight = Math.round(36 * 1.3 * u);
    }
  }

  /** Where the column of words beside the plan ends: its tallest caption's foot. */
  private columnBottom(): number {
    return this.captions[0].y + this.captionRoom();
  }

  private captionRoom(): number {
    // Measuring every caption is most of a layout's cost (a cue's first frame), and the layout
    // asks the same size and wrap several times over: each is measured once.
    const style = this.captions[1].style;
    const key = `${style.fontSize}|${style.lineHeight}|${style.wordWrapWidth}`;
    const known = this.rooms.get(key);
    if (known !== undefined) return known;
    const was = this.captions[1].text;
    let most = 0;
    for (const s of [this.cue.caption, ...this.cue.steps.map((x) => x.caption)]) {
      this.captions[1].text = s?.[this.lang] ?? '';
      most = Math.max(most, this.captions[1].height);
    }
    this.captions[1].text = was;
    this.rooms.set(key, most);
    return most;
  }

  private px(p: Point): Point {
    return [this.corner[0] + p[0] * this.k, this.corner[1] + p[1] * this.k];
  }

  private pts(points: readonly Point[]): number[] {
    return points.flatMap((p) => this.px(p));
  }

  private drawBase(): void {
    const g = this.ground.clear();
    const u = this.u;
    for (const z of this.plan.zones) {
      // Zones are told apart by their fill; walls are the lines (a zone outline would show
      // through a breach). The fire zone is a faint band with a faint edge.
      const tone =
        z.kind === 'service' || z.kind === 'perimeter' ? palette.muted : palette.groundLift;
      const alpha = z.kind === 'service' ? 0.16 : z.kind === 'perimeter' ? 0.06 : 1;
      g.poly(this.pts(z.points), true).fill({ color: tone, alpha });
      if (z.kind === 'perimeter')
        g.poly(this.pts(z.points), true).stroke({
          color: palette.muted,
          width: 1.5 * u,
          alpha: 0.35,
        });
    }
    for (const b of this.plan.buildings) {
      if (b.rect) {
        const [x, y] = this.px([b.rect[0], b.rect[1]]);
        g.rect(x, y, b.rect[2] * this.k, b.rect[3] * this.k);
      } else g.poly(this.pts(b.points!), true);
      g.fill({ color: palette.muted, alpha: 0.35 });
    }
    const l = this.lineShapes.clear();
    for (const w of this.plan.walls) {
      if (this.changing.walls.has(w.id)) continue;
      l.poly(this.pts(w.points), false).stroke({ color: palette.bone, width: 4 * u, alpha: 0.9 });
    }
    for (const gate of this.plan.gates) {
      const [x, y] = this.px(gate.at);
      const s = 9 * u;
      l.rect(x - s, y - s, 2 * s, 2 * s)
        .fill({ color: palette.ground })
        .stroke({ color: this.accent, width: 3 * u });
    }
  }

  /** Draws what the steps change, at the current point of the change. */
  private drawLive(): void {
    const z = this.zoneMarks.clear();
    const g = this.live.clear();
    const u = this.u;
    const t = ease(this.age / STEP_MS);
    const { from, to } = this;
    // A changed zone: its old hatch fades as the new one comes.
    for (const zone of this.plan.zones) {
      if (!this.changing.zones.has(zone.id)) continue;
      const before = from.zones.get(zone.id) ?? 'plain';
      const after = to.zones.get(zone.id) ?? 'plain';
      const gap = (30 * u) / this.k;
      const draw = (state: ZoneState, alpha: number) => {
        if (state === 'plain' || alpha <= 0.01) return;
        const color = state === 'taken' ? palette.rust : this.accent;
        z.poly(this.pts(zone.points), true).fill({ color, alpha: 0.14 * alpha });
        for (const [a, b] of hatch(zone.points, gap)) z.moveTo(...this.px(a)).lineTo(...this.px(b));
        z.stroke({ color, width: 2 * u, alpha: 0.5 * alpha });
      };
      if (before === after) draw(after, 1);
      else {
        draw(before, 1 - t);
        draw(after, t);
      }
    }
    // Walls a step breaks: standing until then; then a gap opens in the middle, its ends in rust.
    for (const w of this.plan.walls) {
      if (!this.changing.walls.has(w.id)) continue;
      const was = from.breached.has(w.id);
      const is = to.breached.has(w.id);
      const open = is ? (was ? 1 : t) : 0;
      if (!this.motion && is && !was) {
        // Reduced motion: the standing wall and the broken one crossfade; nothing slides.
        g.poly(this.pts(w.points), false).stroke({
          color: palette.bone,
          width: 4 * u,
          alpha: 0.9 * (1 - t),
        });
        this.drawBreach(g, w.points, 1, t);
        continue;
      }
      if (open <= 0)
        g.poly(this.pts(w.points), false).stroke({ color: palette.bone, width: 4 * u, alpha: 0.9 });
      else this.drawBreach(g, w.points, open, 1);
    }
    // Routes: drawn along their length with the arrow at the head (cut in under reduced motion).
    for (const r of this.plan.routes) {
      const was = from.routes.has(r.id);
      const is = to.routes.has(r.id);
      const label = this.labels.find((l) => l.route === r.id);
      if (!is) {
        if (label) label.text.alpha = 0;
        continue;
      }
      const fresh = !was;
      const drawn = fresh && this.motion ? t : 1;
      const alpha = fresh && !this.motion ? t : 1;
      if (label) label.text.alpha = fresh ? t : 1;
      const color = r.kind === 'assault' ? palette.rust : this.accent;
      const path = partial(r.points, drawn);
      const start = this.px(r.points[0]!);
      g.circle(start[0], start[1], 8 * u).fill({ color, alpha });
      if (path.length < 2) continue;
      g.poly(this.pts(path), false).stroke({
        color,
        width: 6 * u,
        alpha,
        cap: 'round',
        join: 'round',
      });
      const [hx, hy] = this.px(path.at(-1)!);
      const [dx, dy] = heading(path);
      const len = 30 * u;
      const wide = 16 * u;
      g.poly([
        hx + dx * len * 0.4,
        hy + dy * len * 0.4,
        hx - dx * len * 0.6 - dy * wide,
        hy - dy * len * 0.6 + dx * wide,
        hx - dx * len * 0.6 + dy * wide,
        hy - dy * len * 0.6 - dx * wide,
      ]).fill({ color, alpha });
    }
  }

  /** A wall broken open: its two standing pieces, and rust marks where it broke. */
  private drawBreach(g: Graphics, points: readonly Point[], open: number, alpha: number): void {
    const u = this.u;
    const [a, b] = broken(points, open);
    for (const piece of [a, b])
      if (piece.length > 1)
        g.poly(this.pts(piece), false).stroke({
          color: palette.bone,
          width: 4 * u,
          alpha: 0.9 * alpha,
        });
    // The broken ends, in rust: a short cross-stroke at each.
    const [dx, dy] = heading(points);
    for (const end of [a.at(-1), b[0]]) {
      if (!end) continue;
      const [x, y] = this.px(end);
      const s = 18 * u;
      g.moveTo(x - dy * s - dx * 4 * u, y + dx * s - dy * 4 * u)
        .lineTo(x + dy * s + dx * 4 * u, y - dx * s + dy * 4 * u)
        .stroke({ color: palette.rust, width: 6 * u, alpha, cap: 'round' });
    }
  }
}
