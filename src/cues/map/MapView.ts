// The map cue: the base map (projected at build time), places as markers with labels, routes drawn
// as arcs, and a camera that frames the cue's focus. A following map cue moves the same camera.
import { Container, Graphics, Text } from 'pixi.js';
import type { MapCue, Place } from '../../content/schema.ts';
import { ease } from '../../scenes/Scene.ts';
import { type Basemap, basemap, basemapContext, projectPoint } from '../../scenes/map/basemap.ts';
import { arc, between, type Camera, frameOf } from '../../scenes/map/camera.ts';
import { placeLabels } from '../../scenes/map/labels.ts';
import { palette, textStyles, unit } from '../../scenes/theme.ts';

/** A dark halo that keeps text legible over coastlines. */
const SHADOW = { color: palette.ground, alpha: 1, blur: 5, distance: 0, angle: 0 };
const MOVE_MS = 3_200;
/** Marks and captions of a following map cue fade rather than pop. */
const FADE_MS = 800;
const ROUTE_MS = 2_400;

type Route = { from: [number, number]; to: [number, number] };

interface Marker {
  id: string;
  at: [number, number];
  dot: Graphics;
  label: Text;
}

/** A map for one cue in one language. */
export class MapView extends Container {
  private readonly world = new Container();
  private readonly routesLayer = new Graphics();
  private readonly marks = new Container();
  private readonly caption: Text;
  private markers: Marker[] = [];
  /** The previous cue's markers and routes, fading out while the camera moves. */
  private fading: Marker[] = [];
  private oldRoutes: Route[] = [];
  private routes: Route[] = [];
  /** Time since the last `show`, for fading marks and the caption. */
  private showAge = FADE_MS;
  private nextCaption: string | undefined;
  private highlight: string | undefined;
  private camera: Camera = { x: 0, y: 0, w: 1, h: 1 };
  private from: Camera | undefined;
  private target: Camera = { x: 0, y: 0, w: 1, h: 1 };
  private moveAge = MOVE_MS;
  private routeAge = 0;
  private age = 0;
  private size = { width: 1, height: 1 };
  private map: Basemap | undefined;

  constructor(
    cue: MapCue,
    private readonly places: Record<string, Place>,
    private lang: string,
    private readonly motion: boolean,
  ) {
    super();
    this.caption = new Text({ text: '', style: { ...textStyles.note, dropShadow: SHADOW } });
    this.caption.anchor.set(0.5, 1);
    this.addChild(this.world, this.routesLayer, this.marks, this.caption);
    this.attach();
    this.show(cue, lang, false);
  }

  /** Shows the next map cue: new marks, and the camera moves (or cuts, without motion). */
  show(cue: MapCue, lang: string, move = true): void {
    this.lang = lang;
    this.highlight = cue.highlight;
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
    const caption = cue.caption?.[lang] ?? '';
    if (move) this.nextCaption = caption;
    else this.caption.text = caption;
    const focus = (cue.focus ?? cue.places).flatMap((id) => {
      const p = this.point(id);
      return p ? [p] : [];
    });
    this.target = frameOf(focus);
    this.from = move && this.motion ? { ...this.camera } : undefined;
    this.moveAge = this.from ? 0 : MOVE_MS;
    if (!this.from) this.camera = { ...this.target };
    this.layout(this.size.width, this.size.height);
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    const u = unit(width, height);
    this.caption.style.fontSize = Math.round(30 * u);
    this.caption.style.wordWrapWidth = width * 0.8;
    this.caption.y = height / 2 - 20 * u;
    for (const m of this.markers) {
      const hot = m.id === this.highlight;
      m.label.style.fontSize = Math.round((hot ? 34 : 26) * u);
      m.dot
        .clear()
        .circle(0, 0, (hot ? 9 : 6) * u)
        .fill(hot ? palette.rust : palette.bone);
      if (hot) m.dot.circle(0, 0, 16 * u).stroke({ color: palette.rust, width: 2 * u, alpha: 0.7 });
    }
    this.placeLabels(this.target);
    this.apply();
  }

  update(deltaMs: number): void {
    this.age += deltaMs;
    this.attach();
    if (this.from) {
      this.moveAge += deltaMs;
      const t = ease(this.moveAge / MOVE_MS);
      this.camera = between(this.from, this.target, t);
      if (this.moveAge >= MOVE_MS) this.from = undefined;
    }
    // Routes draw once the camera has arrived, so the eye is not asked to follow two things.
    if (!this.from) this.routeAge += deltaMs;
    this.fade(deltaMs);
    const hot = this.markers.find((m) => m.id === this.highlight);
    if (hot && this.motion) hot.dot.alpha *= 0.8 + 0.2 * Math.cos(this.age / 600);
    this.apply();
  }

  /** New marks fade in as old ones fade out; the caption dips out and back with its new text. */
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
    }
    this.caption.alpha =
      this.showAge < half ? 1 - ease(this.showAge / half) : ease((this.showAge - half) / half);
  }

  /** Draws the base map once it has loaded (the loader awaits it at boot, so normally at once). */
  private attach(): void {
    if (this.map) return;
    this.map = basemap();
    if (this.map) this.world.addChildAt(new Graphics(basemapContext(this.map)), 0);
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
    const hot = id === this.highlight;
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

  /** The view's scale (pixels per frame unit) for a camera. */
  private scaleOf(c: Camera): number {
    return Math.min((this.size.width * 0.86) / c.w, (this.size.height * 0.8) / c.h);
  }

  private toScreen(c: Camera, at: [number, number]): [number, number] {
    const s = this.scaleOf(c);
    return [(at[0] - c.x) * s, (at[1] - c.y) * s];
  }

  /** Chooses each label's side once per cue, for where the camera will rest. */
  private placeLabels(c: Camera): void {
    const u = unit(this.size.width, this.size.height);
    placeLabels(
      this.markers.map((m) => ({
        at: this.toScreen(c, m.at),
        label: m.label,
        priority: m.id === this.highlight ? 1 : 0,
      })),
      14 * u,
      { width: this.size.width, height: this.size.height },
    );
  }

  private apply(): void {
    const c = this.camera;
    const s = this.scaleOf(c);
    this.world.scale.set(s);
    this.world.position.set(-c.x * s, -c.y * s);
    for (const m of [...this.markers, ...this.fading]) {
      const [x, y] = this.toScreen(c, m.at);
      m.dot.position.set(x, y);
      const offset = m.label as Text & { offset?: [number, number] };
      m.label.position.set(x + (offset.offset?.[0] ?? 0), y + (offset.offset?.[1] ?? 0));
    }
    this.drawRoutes();
  }

  private drawRoutes(): void {
    const g = this.routesLayer.clear();
    const u = unit(this.size.width, this.size.height);
    const fadeOut = 1 - ease(this.showAge / FADE_MS);
    for (const r of this.oldRoutes) {
      const pts = arc(this.toScreen(this.camera, r.from), this.toScreen(this.camera, r.to), 1);
      g.poly(pts, false).stroke({ color: palette.frost, width: 2.5 * u, alpha: 0.75 * fadeOut });
    }
    if (!this.routes.length) return;
    const t = this.motion ? ease(this.routeAge / ROUTE_MS) : this.from ? 0 : 1;
    if (t <= 0) return;
    for (const r of this.routes) {
      const a = this.toScreen(this.camera, r.from);
      const b = this.toScreen(this.camera, r.to);
      const pts = arc(a, b, t);
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
