// The map cue: the base map (projected at build time; its land painted once into a texture), places
// as markers with labels, routes drawn as arcs, and a camera that frames the cue's focus. A
// following map cue moves the same camera. A figure (a toll) is the largest type on the screen,
// its source beneath; places closer than a marker are drawn apart in an inset at a closer zoom; the
// Arctic Circle is drawn where the cue asks. No text is set over other text or outside the safe
// area (5 % of the short side, below the chapter's heading, above the captions band).
import { Container, Graphics, Rectangle, Sprite, Text, Texture } from 'pixi.js';
import type { MapCue, Place } from '../../content/schema.ts';
import { ease } from '../../scenes/Scene.ts';
import {
  type Basemap,
  basemap,
  basemapContext,
  landPainted,
  landTexture,
  projectPoint,
} from '../../scenes/map/basemap.ts';
import { arc, between, type Camera, frameOf } from '../../scenes/map/camera.ts';
import { type Box, inside, overlaps, placeLabels } from '../../scenes/map/labels.ts';
import { fonts, palette, textStyles, unit } from '../../scenes/theme.ts';
import { figureText, map as mapType } from './index.ts';

/** A dark halo that keeps text legible over coastlines. */
const SHADOW = { color: palette.ground, alpha: 1, blur: 5, distance: 0, angle: 0 };
const MOVE_MS = 3_200;
/** Marks and captions of a following map cue fade rather than pop. */
const FADE_MS = 800;
const ROUTE_MS = 2_400;
/** ChapterScene's slow drift enlarges a cue by up to 3 %: text is placed to stay safe after it. */
const DRIFT = 1.03;
/** The latitude of the Arctic Circle (degrees, 2000–2030). */
const ARCTIC_CIRCLE = 66.56;
/** Marks closer than this (design px: a highlighted marker's ring) share one spot: an inset draws them apart. */
const CROWD = 28;

type Route = { from: [number, number]; to: [number, number] };
type Rect = { x: number; y: number; w: number; h: number };

interface Marker {
  id: string;
  at: [number, number];
  dot: Graphics;
  label: Text & { offset?: [number, number] };
}

/** A text the view shows, as a box on screen (for tests: nothing overlaps, all is in the safe area). */
export interface TextBox {
  kind: 'label' | 'caption' | 'figure' | 'inset' | 'arctic';
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A map for one cue in one language. */
export class MapView extends Container {
  private readonly world = new Container();
  private readonly arcticLine = new Graphics();
  private readonly routesLayer = new Graphics();
  private readonly marks = new Container();
  private readonly caption: Text;
  private readonly arcticLabel: Text & { offset?: [number, number] };
  private readonly figure = new Container();
  private readonly figureNumber: Text;
  private readonly figureLabel: Text;
  private readonly figureSource: Text;
  private readonly inset = new Container();
  private readonly insetLink = new Graphics();
  private markers: Marker[] = [];
  /** The figure's, caption's and inset's boxes: no marker is drawn under them. */
  private blocked: Box[] = [];
  /** The previous cue's markers and routes, fading out while the camera moves. */
  private fading: Marker[] = [];
  private oldRoutes: Route[] = [];
  private routes: Route[] = [];
  /** Time since the last `show`, for fading marks and the caption. */
  private showAge = FADE_MS;
  private nextCaption: string | undefined;
  private cue: MapCue;
  private shownFigure: MapCue['figure'];
  private camera: Camera = { x: 0, y: 0, w: 1, h: 1 };
  private from: Camera | undefined;
  private fromRect: Rect | undefined;
  private target: Camera = { x: 0, y: 0, w: 1, h: 1 };
  /** Where on the view the camera's picture goes (view coordinates), now and at rest. */
  private rect: Rect = { x: -0.5, y: -0.5, w: 1, h: 1 };
  private targetRect: Rect = { x: -0.5, y: -0.5, w: 1, h: 1 };
  private moveAge = MOVE_MS;
  private routeAge = 0;
  /** What the routes layer was last drawn from (drawRoutes): the same again needs no redraw. */
  private routesDrawn = '';
  private age = 0;
  private size = { width: 1, height: 1 };
  private map: Basemap | undefined;
  /** The land's fill: only the part of its texture on screen is drawn (see clipLand). */
  private land: Sprite | undefined;

  constructor(
    cue: MapCue,
    private readonly places: Record<string, Place>,
    private lang: string,
    private readonly motion: boolean,
  ) {
    super();
    this.cue = cue;
    this.caption = new Text({ text: '', style: { ...textStyles.note, dropShadow: SHADOW } });
    this.caption.anchor.set(0.5, 1);
    this.arcticLabel = new Text({
      text: '',
      style: {
        ...textStyles.note,
        fill: palette.frost,
        fontStyle: 'italic',
        wordWrap: false,
        dropShadow: SHADOW,
      },
    });
    this.figureNumber = new Text({
      text: '',
      style: { ...textStyles.heading, align: 'left', wordWrap: false, dropShadow: SHADOW },
    });
    this.figureLabel = new Text({
      text: '',
      style: { fontFamily: fonts.sans, fill: palette.bone, wordWrap: true, dropShadow: SHADOW },
    });
    this.figureSource = new Text({
      text: '',
      style: { ...textStyles.note, align: 'left', dropShadow: SHADOW },
    });
    this.figure.addChild(this.figureNumber, this.figureLabel, this.figureSource);
    this.world.addChild(this.arcticLine);
    this.addChild(
      this.world,
      this.routesLayer,
      this.marks,
      this.arcticLabel,
      this.insetLink,
      this.inset,
      this.figure,
      this.caption,
    );
    this.attach();
    this.show(cue, lang, false);
  }

  /** Shows the next map cue: new marks, and the camera moves (or cuts, without motion). */
  show(cue: MapCue, lang: string, move = true): void {
    this.lang = lang;
    this.cue = cue;
    for (const m of this.fading) destroyMarker(m);
    this.fading = move ? this.markers : [];
    if (!move) this.markers.forEach(destroyMarker);
    this.oldRoutes = move ? this.routes : [];
    this.showAge = move ? 0 : FADE_MS;
    this.markers = cue.places.flatMap((id) => this.marker(id));
    this.routes = (cue.routes ?? []).flatMap((r) => {
      const a = this.point(r.from);
      const b = this.point(r.to);
      return a && b ? [{ from: a, to: b }] : [];
    });
    this.routeAge = 0;
    this.routesDrawn = '';
    const caption = cue.caption?.[lang] ?? '';
    if (move) this.nextCaption = caption;
    else {
      this.caption.text = caption;
      this.setFigure(cue.figure);
    }
    this.arcticLabel.text =
      mapType.words[lang as 'en']?.arcticCircle ?? mapType.words.en.arcticCircle;
    const focus = (cue.focus ?? cue.places).flatMap((id) => {
      const p = this.point(id);
      return p ? [p] : [];
    });
    this.target = frameOf(focus);
    this.from = move && this.motion ? { ...this.camera } : undefined;
    this.fromRect = this.from ? { ...this.rect } : undefined;
    this.moveAge = this.from ? 0 : MOVE_MS;
    this.layout(this.size.width, this.size.height);
    if (!this.from) {
      this.camera = { ...this.target };
      this.rect = { ...this.targetRect };
    }
    this.apply();
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    const s = this.textUnit();
    const safe = this.safeBox();
    const taken: Box[] = [];
    // The caption: a line at the foot of the map, above the captions band.
    this.caption.style.fontSize = Math.round(34 * s);
    this.caption.style.wordWrapWidth = safe[2] - safe[0];
    this.caption.y = safe[3];
    if (this.caption.text) taken.push(boxOf(this.caption, 0.5, 1, 0, safe[3]));
    const foot = this.caption.text ? safe[3] - this.caption.height - 32 * s : safe[3];
    // The figure, then the part of the view the camera's picture fills.
    this.targetRect = this.layoutFigure(safe, foot, taken);
    if (!this.from) this.rect = { ...this.targetRect };
    // Markers, sized by the same unit as the text.
    for (const m of this.markers) {
      const hot = m.id === this.cue.highlight;
      m.label.style.fontSize = Math.round((hot ? 38 : 32) * s);
      m.dot
        .clear()
        .circle(0, 0, (hot ? 9 : 7) * s)
        .fill(hot ? palette.rust : palette.bone);
      if (hot) m.dot.circle(0, 0, 17 * s).stroke({ color: palette.rust, width: 2 * s, alpha: 0.7 });
    }
    this.arcticLabel.style.fontSize = Math.round(32 * s);
    this.drawArctic();
    const labelArea: Box = [safe[0], safe[1], safe[2], foot];
    this.blocked = [...taken];
    const crowd = this.layoutInset(labelArea, taken);
    if (this.inset.children.length) this.blocked.push(taken.at(-2)!);
    this.placeMarkLabels(labelArea, taken, crowd);
    this.placeArcticLabel(labelArea, taken);
    this.apply();
  }

  update(deltaMs: number): void {
    this.age += deltaMs;
    this.attach();
    if (this.from) {
      this.moveAge += deltaMs;
      const t = ease(this.moveAge / MOVE_MS);
      this.camera = between(this.from, this.target, t);
      const r0 = this.fromRect ?? this.targetRect;
      const r1 = this.targetRect;
      this.rect = {
        x: r0.x + (r1.x - r0.x) * t,
        y: r0.y + (r1.y - r0.y) * t,
        w: r0.w + (r1.w - r0.w) * t,
        h: r0.h + (r1.h - r0.h) * t,
      };
      if (this.moveAge >= MOVE_MS) this.from = this.fromRect = undefined;
    }
    // Routes draw once the camera has arrived, so the eye is not asked to follow two things.
    if (!this.from) this.routeAge += deltaMs;
    this.fade(deltaMs);
    const hot = this.markers.find((m) => m.id === this.cue.highlight);
    if (hot && this.motion) hot.dot.alpha *= 0.8 + 0.2 * Math.cos(this.age / 600);
    this.apply();
  }

  /** Every text shown, as boxes on the screen. */
  textBoxes(): TextBox[] {
    const out: TextBox[] = [];
    const add = (kind: TextBox['kind'], t: Text) => {
      for (let c: Container | null = t; c && c !== this; c = c.parent)
        if (!c.visible || c.alpha <= 0.01) return;
      if (!t.text) return;
      const b = t.getBounds();
      out.push({ kind, text: t.text, x: b.x, y: b.y, width: b.width, height: b.height });
    };
    for (const m of this.markers) add('label', m.label);
    add('caption', this.caption);
    for (const t of [this.figureNumber, this.figureLabel, this.figureSource]) add('figure', t);
    for (const c of this.inset.children) if (c instanceof Text) add('inset', c);
    add('arctic', this.arcticLabel);
    return out;
  }

  /** New marks fade in as old ones fade out; the caption and figure dip out and back. */
  private fade(deltaMs: number): void {
    this.showAge += deltaMs;
    const t = ease(this.showAge / FADE_MS);
    for (const m of this.markers) m.dot.alpha = m.label.alpha = t;
    for (const m of this.fading) m.dot.alpha = m.label.alpha = 1 - t;
    if (t >= 1 && this.fading.length) {
      this.fading.forEach(destroyMarker);
      this.fading = [];
      this.oldRoutes = [];
    }
    const half = FADE_MS / 2;
    if (this.nextCaption !== undefined && this.showAge >= half) {
      this.caption.text = this.nextCaption;
      this.nextCaption = undefined;
      this.setFigure(this.cue.figure);
      this.layout(this.size.width, this.size.height);
    }
    this.caption.alpha = this.figure.alpha =
      this.showAge < half ? 1 - ease(this.showAge / half) : ease((this.showAge - half) / half);
    // The Arctic Circle, the inset and its link show once the camera rests.
    const rest = this.from ? 0 : ease(this.routeAge / FADE_MS);
    this.inset.alpha = this.insetLink.alpha = rest;
    this.arcticLine.alpha = this.arcticLabel.alpha = this.cue.arcticCircle ? rest : 0;
  }

  /** The size unit for text and marks: 1 at 1080 px on the screen's short side (as the DOM's --u). */
  private textUnit(): number {
    const screen =
      typeof window === 'undefined'
        ? this.size
        : { width: window.innerWidth, height: window.innerHeight };
    return unit(screen.width, screen.height);
  }

  /**
   * Where text may go, in view coordinates: 5 % of the short side in from the edges, below the
   * chapter's heading, and shrunk by the drift so it stays there as the view slowly grows.
   */
  private safeBox(): Box {
    const { width, height } = this.size;
    const s = this.textUnit();
    const margin = 54 * s;
    const top = 150 * s;
    // On a landscape screen narrower than the controls' one row (about 1,830 px at 1080), they wrap
    // to two rows and the caption in the band rises by about a row: keep clear of it.
    const wide = width > height;
    const bottom = wide && width < 1830 * s ? 110 * s : 12 * s;
    return [
      (-width / 2 + margin) / DRIFT,
      (-height / 2 + top) / DRIFT,
      (width / 2 - margin) / DRIFT,
      (height / 2 - bottom) / DRIFT,
    ];
  }

  private setFigure(f: MapCue['figure']): void {
    this.shownFigure = f;
    this.figure.visible = !!f;
    if (!f) return;
    this.figureNumber.text = figureText(f, this.lang);
    this.figureLabel.text = f.label[this.lang] ?? '';
    this.figureSource.text = f.source[this.lang] ?? '';
  }

  /**
   * Sets the figure beside the map (landscape) or below it (portrait) and returns the rest of the
   * view, where the camera's picture goes. A toll is the largest type on the map screen.
   */
  private layoutFigure(safe: Box, foot: number, taken: Box[]): Rect {
    const { width, height } = this.size;
    const s = this.textUnit();
    const whole: Rect = { x: -width / 2, y: safe[1], w: width, h: foot - safe[1] };
    const f = this.shownFigure;
    if (!f) return whole;
    const toll = f.emphasis === 'toll';
    const gap = 12 * s;
    // Set at full size, then smaller only if the column cannot hold it above the caption.
    const setSizes = (k: number, column: number): number => {
      const size = (toll ? 150 : 120) * s * k;
      this.figureNumber.style.fontSize = Math.round(size);
      if (this.figureNumber.width > column)
        this.figureNumber.style.fontSize = Math.floor((size * column) / this.figureNumber.width);
      this.figureLabel.style.fontSize = Math.round(40 * s * k);
      this.figureLabel.style.wordWrapWidth = column;
      this.figureSource.style.fontSize = Math.round(32 * s); // sources never shrink
      this.figureSource.style.wordWrapWidth = column;
      return (
        this.figureNumber.height + this.figureLabel.height + this.figureSource.height + gap * 2
      );
    };
    const room = foot - safe[1];
    // Beside the map on a wide screen, unless it cannot fit there even set smaller: then below.
    let wide = width > height * 1.2;
    let column = wide ? Math.min(620 * s, (safe[2] - safe[0]) * 0.38) : safe[2] - safe[0];
    let h = setSizes(1, column);
    if (wide && h > room) h = setSizes(Math.max(0.6, room / h), column);
    if (wide && h > room) {
      wide = false;
      column = safe[2] - safe[0];
      h = setSizes(1, column);
    }
    const x = safe[2] - column;
    const y = wide ? Math.max(safe[1], Math.min((safe[1] + foot - h) / 2, foot - h)) : foot - h;
    this.figureNumber.position.set(0, 0);
    this.figureLabel.position.set(0, this.figureNumber.height);
    this.figureSource.position.set(0, this.figureNumber.height + this.figureLabel.height + gap * 2);
    this.figure.position.set(x, y);
    for (const t of [this.figureNumber, this.figureLabel, this.figureSource])
      taken.push([x + t.x, y + t.y, x + t.x + t.width, y + t.y + t.height]);
    return wide
      ? { x: -width / 2, y: safe[1], w: x - 40 * s + width / 2, h: foot - safe[1] }
      : { x: -width / 2, y: safe[1], w: width, h: y - 24 * s - safe[1] };
  }

  /** Draws the base map once it has loaded (the loader awaits it at boot, so normally at once). */
  private attach(): void {
    if (this.map) return;
    this.map = basemap();
    if (!this.map) return;
    let under = 0; // the land and its lines go under everything the cue has drawn
    if (landPainted()) {
      const source = landTexture(this.map).source;
      this.land = new Sprite(new Texture({ source, frame: new Rectangle(0, 0, 1, 1) }));
      this.world.addChildAt(this.land, under++);
    }
    this.world.addChildAt(new Graphics(basemapContext(this.map)), under);
  }

  private point(id: string): [number, number] | undefined {
    const p = this.places[id];
    const map = this.map ?? basemap();
    return p && map ? projectPoint(map.frame, p.lon, p.lat) : undefined;
  }

  private marker(id: string): Marker[] {
    const at = this.point(id);
    const place = this.places[id];
    if (!at || !place) return [];
    const dot = new Graphics();
    const hot = id === this.cue.highlight;
    const label = new Text({
      text: place.name[this.lang] ?? id,
      style: {
        ...textStyles.note,
        fill: hot ? palette.bone : palette.muted,
        fontWeight: hot ? '700' : '400',
        wordWrap: false,
        dropShadow: SHADOW,
      },
    });
    this.marks.addChild(dot, label);
    return [{ id, at, dot, label }];
  }

  /** The view's scale (pixels per frame unit) for a camera shown in a rect. */
  private scaleOf(c: Camera, r: Rect): number {
    return Math.min((r.w * 0.86) / c.w, (r.h * 0.8) / c.h);
  }

  private toScreen(c: Camera, r: Rect, at: [number, number]): [number, number] {
    const s = this.scaleOf(c, r);
    return [r.x + r.w / 2 + (at[0] - c.x) * s, r.y + r.h / 2 + (at[1] - c.y) * s];
  }

  /**
   * Finds places that share a spot at rest (closer than a marker) and, if any do, draws them apart
   * in an inset at a closer zoom, linked to their spot. Returns the ids drawn in the inset.
   */
  private layoutInset(area: Box, taken: Box[]): Set<string> {
    this.inset.removeChildren().forEach((c) => c.destroy());
    this.insetLink.clear();
    const s = this.textUnit();
    const c = this.target;
    const r = this.targetRect;
    const at = this.markers.map((m) => this.toScreen(c, r, m.at));
    const near = (i: number, j: number) =>
      Math.hypot(at[i]![0] - at[j]![0], at[i]![1] - at[j]![1]) < CROWD * s;
    // The crowd around the highlighted place, or else the first crowd.
    const hot = Math.max(
      0,
      this.markers.findIndex((m) => m.id === this.cue.highlight),
    );
    const seeds = [hot, ...this.markers.keys()];
    let group: number[] = [];
    for (const seed of seeds) {
      group = [seed];
      for (let k = 0; k < group.length; k++)
        for (let j = 0; j < this.markers.length; j++)
          if (!group.includes(j) && near(group[k]!, j)) group.push(j);
      if (group.length > 1) break;
    }
    if (group.length < 2 || !this.map) return new Set();
    const members = group.map((i) => this.markers[i]!);
    const spot = at[group[0]!]!;
    // The inset's size and place: a corner of the label area that covers no marker.
    const w = Math.min(460 * s, (area[2] - area[0]) * 0.42);
    const h = w * 0.72;
    const corners: Box[] = [
      [area[2] - w, area[1], area[2], area[1] + h],
      [area[0], area[1], area[0] + w, area[1] + h],
      [area[2] - w, area[3] - h, area[2], area[3]],
      [area[0], area[3] - h, area[0] + w, area[3]],
    ];
    const pad = 24 * s;
    const free = corners
      .filter((b) => !taken.some((t) => overlaps(t, b)))
      .filter((b) => !at.some((p) => inside([p[0], p[1], p[0], p[1]], grow(b, pad * 2))))
      .sort((a, b) => dist(centre(a), spot) - dist(centre(b), spot));
    const box = free[0];
    if (!box) return new Set();
    taken.push(box);
    // The frame, the link from the spot on the main map, the places at a closer zoom.
    const bg = new Graphics()
      .rect(box[0], box[1], w, h)
      .fill({ color: palette.ground, alpha: 0.94 })
      .stroke({ color: palette.frost, alpha: 0.55, width: 1.5 * s });
    this.inset.addChild(bg);
    const ring = 22 * s;
    const toward = nearestCorner(box, spot);
    this.insetLink
      .rect(spot[0] - ring, spot[1] - ring, ring * 2, ring * 2)
      .stroke({ color: palette.frost, alpha: 0.55, width: 1.5 * s })
      .moveTo(...edgePoint(spot, ring, toward))
      .lineTo(...toward)
      .stroke({ color: palette.frost, alpha: 0.35, width: 1.5 * s });
    taken.push([spot[0] - ring, spot[1] - ring, spot[0] + ring, spot[1] + ring]);
    const pts = members.map((m) => m.at);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const mid: [number, number] = [
      (Math.min(...xs) + Math.max(...xs)) / 2,
      (Math.min(...ys) + Math.max(...ys)) / 2,
    ];
    const spread = Math.max(
      1e-6,
      Math.max(...xs) - Math.min(...xs),
      Math.max(...ys) - Math.min(...ys),
    );
    const k = (Math.min(w, h) * 0.42) / spread;
    const inner: Box = [box[0] + pad, box[1] + pad, box[2] - pad, box[3] - pad * 2.6];
    const cx = (inner[0] + inner[2]) / 2;
    const cy = (inner[1] + inner[3]) / 2;
    const innerTaken: Box[] = [];
    const items = members.map((m) => {
      const p: [number, number] = [cx + (m.at[0] - mid[0]) * k, cy + (m.at[1] - mid[1]) * k];
      const hotOne = m.id === this.cue.highlight;
      this.inset.addChild(
        new Graphics()
          .circle(p[0], p[1], (hotOne ? 9 : 7) * s)
          .fill(hotOne ? palette.rust : palette.bone),
      );
      const label: Text & { offset?: [number, number] } = new Text({
        text: m.label.text,
        style: { ...m.label.style, fontSize: Math.round(32 * s) },
      });
      this.inset.addChild(label);
      return { at: p, label, priority: hotOne ? 1 : 0 };
    });
    placeLabels(items, 14 * s, inner, innerTaken);
    for (const i of items) {
      const o = i.label.offset ?? [0, 0];
      i.label.position.set(i.at[0] + o[0], i.at[1] + o[1]);
    }
    // A scale bar: a round number of kilometres, about a quarter of the inset across.
    const kmPerUnit = 6371 / this.map.frame.k;
    const km = niceKm(((w * 0.25) / k) * kmPerUnit);
    const len = (km / kmPerUnit) * k;
    const y = box[3] - pad;
    const bar = new Graphics()
      .moveTo(box[0] + pad, y)
      .lineTo(box[0] + pad + len, y)
      .stroke({ color: palette.muted, width: 2 * s })
      .moveTo(box[0] + pad, y - 8 * s)
      .lineTo(box[0] + pad, y)
      .moveTo(box[0] + pad + len, y - 8 * s)
      .lineTo(box[0] + pad + len, y)
      .stroke({ color: palette.muted, width: 2 * s });
    const words = mapType.words[this.lang as 'en'] ?? mapType.words.en;
    const scale = new Text({
      text: `${km} ${words.km}`,
      style: { ...textStyles.note, fontSize: Math.round(32 * s), wordWrap: false },
    });
    scale.anchor.set(0, 1);
    scale.position.set(box[0] + pad * 1.5 + len, y + 10 * s);
    this.inset.addChild(bar, scale);
    return new Set(members.map((m) => m.id));
  }

  /** Chooses each label's side once per cue, for where the camera will rest. */
  private placeMarkLabels(area: Box, taken: Box[], inset: Set<string>): void {
    const s = this.textUnit();
    // Of places drawn apart in the inset, the main map names only the highlighted one.
    const named = [...inset].find((id) => id === this.cue.highlight);
    const items = this.markers.flatMap((m) => {
      // A marker under the figure, the caption or an inset is not drawn at all.
      const [x, y] = this.toScreen(this.target, this.targetRect, m.at);
      const covered = this.blocked.some((b) => inside([x, y, x, y], grow(b, 20 * s)));
      m.dot.visible = !covered;
      if (covered) {
        m.label.visible = false;
        return [];
      }
      if (inset.has(m.id) && m.id !== named) {
        m.label.visible = false;
        return [];
      }
      return [
        {
          at: this.toScreen(this.target, this.targetRect, m.at),
          label: m.label,
          priority: m.id === this.cue.highlight ? 1 : 0,
        },
      ];
    });
    placeLabels(items, (inset.size ? 26 : 16) * s, area, taken);
  }

  /** The Arctic Circle as a dashed parallel, in frame units. */
  private drawArctic(): void {
    const g = this.arcticLine.clear();
    const map = this.map;
    if (!this.cue.arcticCircle || !map) return;
    const [lon0, lon1] = map.graticule.lon;
    const pts: [number, number][] = [];
    for (let lon = lon0; lon <= lon1; lon += 0.5)
      pts.push(projectPoint(map.frame, lon, ARCTIC_CIRCLE));
    // Dashes of about 14 units with 10-unit gaps, measured along the line.
    let run = 0;
    for (let i = 1; i < pts.length; i++) {
      const [a, b] = [pts[i - 1]!, pts[i]!];
      const d = dist(a, b);
      if (run % 24 < 14) g.moveTo(a[0], a[1]).lineTo(b[0], b[1]);
      run += d;
    }
    g.stroke({ color: palette.frost, alpha: 0.85, pixelLine: true });
  }

  /** Names the Arctic Circle just above its line, where there is room on screen. */
  private placeArcticLabel(area: Box, taken: Box[]): void {
    const label = this.arcticLabel;
    label.visible = false;
    const map = this.map;
    if (!this.cue.arcticCircle || !map) return;
    const s = this.textUnit();
    const [lon0, lon1] = map.graticule.lon;
    // From the middle of the view outwards, the first spot on the line with room for the name.
    const spots: [number, number][] = [];
    for (let lon = lon0; lon <= lon1; lon += 1)
      spots.push(
        this.toScreen(this.target, this.targetRect, projectPoint(map.frame, lon, ARCTIC_CIRCLE)),
      );
    spots.sort((a, b) => Math.abs(a[0]) - Math.abs(b[0]));
    for (const p of spots) {
      const w = label.width;
      const h = label.height;
      for (const dy of [-8 * s - h, 8 * s]) {
        const box: Box = [p[0] - w / 2, p[1] + dy, p[0] + w / 2, p[1] + dy + h];
        if (!inside(box, area) || taken.some((t) => overlaps(t, box))) continue;
        label.anchor.set(0.5, 0);
        label.offset = [0, dy];
        label.position.set(p[0], p[1] + dy);
        label.visible = true;
        taken.push(box);
        return;
      }
    }
  }

  private apply(): void {
    const c = this.camera;
    const r = this.rect;
    const s = this.scaleOf(c, r);
    this.world.scale.set(s);
    this.world.position.set(r.x + r.w / 2 - c.x * s, r.y + r.h / 2 - c.y * s);
    for (const m of [...this.markers, ...this.fading]) {
      const [x, y] = this.toScreen(c, r, m.at);
      m.dot.position.set(x, y);
      m.label.position.set(x + (m.label.offset?.[0] ?? 0), y + (m.label.offset?.[1] ?? 0));
    }
    this.clipLand(s);
    this.drawRoutes();
  }

  /**
   * Shows only the part of the land texture that is on screen, as a sprite of that size: a sprite of
   * the whole frame would be many screens large when zoomed in, and a software renderer pays for
   * every pixel of it (a frame took over a second).
   */
  private clipLand(scale: number): void {
    const land = this.land;
    const map = this.map;
    if (!land || !map || typeof window === 'undefined') return;
    const { width: fw, height: fh } = map.frame;
    const drift = this.scale.x || 1;
    const origin = this.getGlobalPosition();
    // The screen in view coordinates, then in frame units.
    const v0 = [-origin.x / drift, -origin.y / drift];
    const v1 = [(window.innerWidth - origin.x) / drift, (window.innerHeight - origin.y) / drift];
    const x0 = Math.max(0, (v0[0]! - this.world.x) / scale);
    const y0 = Math.max(0, (v0[1]! - this.world.y) / scale);
    const x1 = Math.min(fw, (v1[0]! - this.world.x) / scale);
    const y1 = Math.min(fh, (v1[1]! - this.world.y) / scale);
    land.visible = x1 > x0 && y1 > y0;
    if (!land.visible) return;
    const source = land.texture.source;
    const k = source.width / fw;
    // The texture's frame is also its `orig` (its size): update() tells the sprite.
    const frame = land.texture.frame;
    const fx = Math.floor(x0 * k);
    const fy = Math.floor(y0 * k);
    const w = Math.max(1, Math.min(source.width, Math.ceil(x1 * k)) - fx);
    const h = Math.max(1, Math.min(source.height, Math.ceil(y1 * k)) - fy);
    if (fx !== frame.x || fy !== frame.y || w !== frame.width || h !== frame.height) {
      frame.x = fx;
      frame.y = fy;
      frame.width = w;
      frame.height = h;
      land.texture.update();
    }
    land.position.set(fx / k, fy / k);
    land.scale.set(1 / k);
  }

  private drawRoutes(): void {
    const u = this.textUnit();
    const fadeOut = 1 - ease(this.showAge / FADE_MS);
    const t = this.motion ? ease(this.routeAge / ROUTE_MS) : this.from ? 0 : 1;
    // Redrawn only when something in it moved: a still map (most of a cue) re-tessellated its
    // arcs every frame, and the garbage that made brought major collections into the cue.
    const c = this.camera;
    const r = this.rect;
    const routes = [this.routes.length, this.oldRoutes.length];
    const key = [c.x, c.y, c.w, c.h, r.x, r.y, r.w, r.h, u, fadeOut, t, ...routes].join();
    if (key === this.routesDrawn) return;
    this.routesDrawn = key;
    const g = this.routesLayer.clear();
    const on = (p: [number, number]) => this.toScreen(this.camera, this.rect, p);
    for (const r of this.oldRoutes) {
      const pts = arc(on(r.from), on(r.to), 1);
      g.poly(pts, false).stroke({ color: palette.frost, width: 2.5 * u, alpha: 0.75 * fadeOut });
    }
    if (!this.routes.length || t <= 0) return;
    for (const r of this.routes) {
      const pts = arc(on(r.from), on(r.to), t);
      g.poly(pts, false).stroke({ color: palette.frost, width: 2.5 * u, alpha: 0.75 });
      const head = pts.slice(-2);
      if (t < 1) g.circle(head[0]!, head[1]!, 4 * u).fill({ color: palette.frost });
    }
  }
}

function destroyMarker(m: Marker): void {
  m.dot.destroy();
  m.label.destroy();
}

/** A text's box at (x, y) with its anchor. */
function boxOf(t: Text, ax: number, ay: number, x: number, y: number): Box {
  return [x - ax * t.width, y - ay * t.height, x + (1 - ax) * t.width, y + (1 - ay) * t.height];
}

const centre = (b: Box): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
const dist = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const grow = (b: Box, d: number): Box => [b[0] - d, b[1] - d, b[2] + d, b[3] + d];

/** The corner of `b` nearest `p`. */
function nearestCorner(b: Box, p: [number, number]): [number, number] {
  const corners: [number, number][] = [
    [b[0], b[1]],
    [b[2], b[1]],
    [b[0], b[3]],
    [b[2], b[3]],
  ];
  return corners.reduce((best, c) => (dist(c, p) < dist(best, p) ? c : best));
}

/** Where the line from the square of half-size `r` around `p` toward `q` leaves the square. */
function edgePoint(p: [number, number], r: number, q: [number, number]): [number, number] {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const k = r / Math.max(Math.abs(dx), Math.abs(dy), 1e-6);
  return [p[0] + dx * k, p[1] + dy * k];
}

/** A round distance in km near `km`: 1, 2 or 5 times a power of ten. */
function niceKm(km: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(km, 0.1)));
  return [5, 2, 1].map((m) => m * p).find((v) => v <= km) ?? p;
}
