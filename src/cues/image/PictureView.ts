// A picture on the stage, for the image and object cues (and later a person's portrait): the
// picture framed by its focal rectangle for the screen's shape, a slow pan and zoom to the next
// one (none under reduced motion), rings and labels in turn, and beneath it a museum label: an
// optional name and line, and the credit (medium, credit, date, licence) never under 24 px at
// 1080p. The picture loads on its own (src/scenes/images.ts): the label shows at once and the
// picture fades in when it is decoded; its texture is freed when the view is destroyed.
import { Container, Graphics, Sprite, Text, Texture } from 'pixi.js';
import type { CueClock, CueView } from '../../scenes/CueView.ts';
import { ease } from '../../scenes/Scene.ts';
import { loadPicture, type LoadedPicture } from '../../scenes/images.ts';
import { fonts, palette, safeMargin, stageUnit, textStyles } from '../../scenes/theme.ts';
import { between, frameRect, placement, visibleBox, type Camera } from './camera.ts';
import type { Focus, Rect } from './picture.ts';

/** How long the camera takes from the first focal rectangle to the second. */
export const PAN_MS = 24_000;
const FADE_MS = 700;
/** Untimed callouts appear in turn: the first this long after the cue, then one every STEP. */
const CALLOUT_FIRST_MS = 1_500;
const CALLOUT_STEP_MS = 2_500;
/** The chapter's title (top left) and the help button (top right): their width and depth at 1080p. */
const CORNER = 330;
const TOP_BAR = 150;

/** A callout as the view draws it: where, what, and when (narration seconds, if timed). */
export interface PictureCallout {
  x: number;
  y: number;
  r: number;
  label: string;
  /** The narration time it appears at; undefined: in turn, from the cue's start. */
  at?: number | undefined;
  /** Its caption sentence (1-based), resolved by `follow`. */
  sentence?: number | undefined;
}

/** What a picture view is made from. */
export interface PictureSpec {
  /** The exhibit's media folder URL, ending in "/". */
  mediaBase: string;
  /** The source picture's media path ("images/x.jpg", "drawings/y.svg"). */
  path: string;
  /** Width over height of the picture (from the manifest; until it loads, 3:2). */
  aspect?: number;
  landscape: Focus;
  portrait: Focus;
  callouts: PictureCallout[];
  /** Over the label: the object's name, set in the serif. */
  heading?: string;
  /** The label's lines under the heading (provenance), then the credit line. */
  line?: string;
  credit: string;
  motion: boolean;
  /** Told once when the picture cannot be loaded (the kiosk's staff log). */
  log?: ((message: string) => void) | undefined;
}

type Side = 'right' | 'left' | 'below' | 'above';

interface Ring {
  spec: PictureCallout;
  view: Container;
  ring: Graphics;
  plate: Graphics;
  text: Text;
  /** The radius the ring is drawn at (the first camera's); the pan scales it from there. */
  base: number;
  side: Side;
  shownAt: number | undefined;
}

/** A picture in its frame, with callouts and its label. */
export class PictureView extends Container implements CueView {
  /** Its texts reach the safe margins: no drift (CueView.drifts). */
  readonly drifts = false;
  private readonly stageLayer = new Container();
  private readonly frameMask = new Graphics();
  private readonly sprite = new Sprite();
  private readonly ringLayer = new Container();
  private readonly heading: Text | undefined;
  private readonly line: Text | undefined;
  private readonly credit: Text;
  private readonly rings: Ring[];
  private picture: LoadedPicture | undefined;
  private aspect: number;
  private age = 0;
  private loadedAge: number | undefined;
  private narrationAt: number | undefined;
  private frame = { w: 1, h: 1, cx: 0, cy: 0 };
  private from: Camera = { cx: 0.5, cy: 0.5, span: 1 };
  private to: Camera | undefined;
  private u = 1;
  private size = { width: 1920, height: 756 };
  private gone = false;
  private readonly controller = new AbortController();

  constructor(private readonly spec: PictureSpec) {
    super();
    this.aspect = spec.aspect ?? 1.5;
    this.sprite.alpha = 0;
    this.stageLayer.addChild(this.sprite, this.frameMask);
    this.stageLayer.mask = this.frameMask;
    if (spec.heading)
      this.heading = new Text({
        text: spec.heading,
        style: { ...textStyles.heading, align: 'left', wordWrap: true },
      });
    if (spec.line)
      this.line = new Text({
        text: spec.line,
        style: { fontFamily: fonts.sans, fill: palette.bone, wordWrap: true },
      });
    this.credit = new Text({
      text: spec.credit,
      style: { ...textStyles.note, align: 'left', letterSpacing: 0.5 },
    });
    this.rings = spec.callouts.map((c) => this.makeRing(c));
    this.addChild(
      this.stageLayer,
      this.ringLayer,
      ...[this.heading, this.line, this.credit].filter((t): t is Text => !!t),
    );
    void loadPicture(spec.mediaBase, spec.path, undefined, this.controller.signal).then(
      (p) => this.arrive(p),
      (e: unknown) => {
        if (!this.gone) spec.log?.(`a picture could not be shown: ${spec.path}: ${String(e)}`);
      },
    );
  }

  /** The picture loaded (tests and the bench read it). */
  get loaded(): LoadedPicture | undefined {
    return this.picture;
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    const u = (this.u = stageUnit(width, height));
    const portrait = height > width;
    const margin = safeMargin();
    const textWidth = width - 2 * margin;
    if (this.heading) {
      this.heading.style.fontSize = Math.round(40 * u);
      this.heading.style.wordWrapWidth = textWidth;
    }
    if (this.line) {
      this.line.style.fontSize = Math.round(28 * u);
      this.line.style.wordWrapWidth = textWidth;
    }
    this.credit.style.fontSize = Math.round(26 * u);
    this.credit.style.wordWrapWidth = textWidth;
    const texts = [this.heading, this.line, this.credit].filter((t): t is Text => !!t);
    const gap = Math.round(10 * u);
    const block = texts.reduce((n, t) => n + t.height, 0) + gap * (texts.length - 1);
    // The room for the picture: everything above the label, within the margins. The chapter's
    // title sits top left and a button top right: a picture wider than the gap between them
    // starts below them.
    const label = Math.round(22 * u);
    const bottom = height / 2 - margin * 0.6 - block - label;
    const focus = portrait ? this.spec.portrait : this.spec.landscape;
    const fit = (top: number) => {
      const room = { w: width - 2 * margin, h: Math.max(40, bottom - top) };
      const c = frameRect(focus.from, this.aspect, room.w, room.h);
      return { top, box: visibleBox(c, this.aspect, room.w, room.h) };
    };
    const high = fit(-height / 2 + margin * 0.6);
    const clear = high.box.width <= width - 2 * CORNER * u;
    const { top, box: seen } = clear ? high : fit(-height / 2 + TOP_BAR * u);
    const after = () => texts.reduce((n, t) => n + t.height, 0) + gap * (texts.length - 1);
    const left = seen.x;
    for (const t of texts) t.style.wordWrapWidth = width / 2 - margin - left;
    // The picture and its label together, centred in the visual area.
    const total = seen.height + label + after();
    const groupTop = Math.max(top, -total / 2);
    this.frame = {
      w: seen.width,
      h: seen.height,
      cx: left + seen.width / 2,
      cy: groupTop + seen.height / 2,
    };
    this.from = this.cameraFor(focus.from);
    this.to = focus.to && this.spec.motion ? this.cameraFor(focus.to) : undefined;
    const f = this.frame;
    this.frameMask
      .clear()
      .rect(f.cx - f.w / 2, f.cy - f.h / 2, f.w, f.h)
      .fill(0xffffff);
    // The label hangs under the picture's left edge, as on a museum wall.
    let y = f.cy + f.h / 2 + label;
    for (const t of texts) {
      t.x = left;
      t.y = y;
      y += t.height + gap;
    }
    for (const r of this.rings) this.styleRing(r);
    this.chooseSides();
    this.draw();
  }

  update(deltaMs: number): void {
    this.age += deltaMs;
    if (this.picture && this.loadedAge === undefined) this.loadedAge = this.age;
    if (this.loadedAge !== undefined)
      this.sprite.alpha = this.spec.motion ? ease((this.age - this.loadedAge) / FADE_MS) : 1;
    this.rings.forEach((r, i) => {
      if (r.shownAt === undefined && this.due(r.spec, i)) r.shownAt = this.age;
      r.view.visible = r.shownAt !== undefined;
      if (r.shownAt !== undefined) r.view.alpha = ease((this.age - r.shownAt) / FADE_MS);
    });
    this.draw();
  }

  /**
   * The narration's position (s), and when each caption sentence starts: timed callouts appear
   * when the narration reaches them.
   */
  follow({ position, sentenceStart }: CueClock): void {
    this.narrationAt = position;
    for (const r of this.rings)
      if (r.spec.sentence !== undefined && r.spec.at === undefined)
        r.spec.at = sentenceStart(r.spec.sentence);
  }

  override destroy(options?: Parameters<Container['destroy']>[0]): void {
    this.gone = true;
    this.controller.abort();
    this.sprite.texture = Texture.EMPTY; // let go of ours before it is freed
    this.picture?.release();
    this.picture = undefined;
    super.destroy(options);
  }

  private arrive(p: LoadedPicture): void {
    if (this.gone) {
      p.release();
      return;
    }
    this.picture = p;
    this.aspect = p.variant.width / p.variant.height;
    this.sprite.texture = p.texture;
    this.layout(...this.lastSize());
  }

  private lastSize(): [number, number] {
    return [this.size.width, this.size.height];
  }

  private due(c: PictureCallout, index: number): boolean {
    if (c.at !== undefined || c.sentence !== undefined)
      return (
        c.at !== undefined && this.narrationAt !== undefined && this.narrationAt + 1e-6 >= c.at
      );
    return this.age >= CALLOUT_FIRST_MS + index * CALLOUT_STEP_MS;
  }

  private cameraFor(r: Rect): Camera {
    return frameRect(r, this.aspect, this.frame.w, this.frame.h);
  }

  private camera(): Camera {
    if (!this.to) return this.from;
    return between(this.from, this.to, ease(this.age / PAN_MS));
  }

  private draw(): void {
    const c = this.camera();
    const p = placement(c, this.aspect, this.frame.w);
    this.sprite.position.set(p.x + this.frame.cx, p.y + this.frame.cy);
    this.sprite.width = p.width;
    this.sprite.height = p.height;
    for (const r of this.rings) {
      const x = p.x + this.frame.cx + r.spec.x * p.width;
      const y = p.y + this.frame.cy + r.spec.y * p.height;
      const radius = r.spec.r * p.width;
      r.ring.position.set(x, y);
      r.ring.scale.set(radius / r.base);
      this.placeLabel(r, x, y, radius);
    }
  }

  private makeRing(spec: PictureCallout): Ring {
    const view = new Container();
    const ring = new Graphics();
    const plate = new Graphics();
    const text = new Text({
      text: spec.label,
      style: { fontFamily: fonts.sans, fill: palette.bone, wordWrap: true },
    });
    view.visible = false;
    view.addChild(ring, plate, text);
    this.ringLayer.addChild(view);
    return {
      spec: { ...spec },
      view,
      ring,
      plate,
      text,
      base: 1,
      side: 'right',
      shownAt: undefined,
    };
  }

  private styleRing(r: Ring): void {
    const u = this.u;
    r.text.style.fontSize = Math.round(30 * u);
    r.text.style.wordWrapWidth = Math.round(400 * u);
    // A dark halo under a bone ring, seen on light and dark alike; drawn at the first camera's
    // radius, and scaled with the picture as the camera zooms.
    r.base = Math.max(1, r.spec.r * placement(this.from, this.aspect, this.frame.w).width);
    r.ring
      .clear()
      .circle(0, 0, r.base)
      .stroke({ width: 7 * u, color: palette.ground, alpha: 0.55 })
      .circle(0, 0, r.base)
      .stroke({ width: 3 * u, color: palette.bone });
    const pad = Math.round(12 * u);
    r.plate
      .clear()
      .roundRect(-pad, -pad * 0.7, r.text.width + 2 * pad, r.text.height + 1.4 * pad, 6 * u)
      .fill({ color: palette.ground, alpha: 0.88 });
  }

  /** The label beside its ring, on the side with room, kept inside the frame. */
  /** Where a label goes beside its ring on `side`, kept inside the frame. */
  private labelAt(r: Ring, side: Side, x: number, y: number, radius: number) {
    const u = this.u;
    const gap = 16 * u;
    const inset = 12 * u;
    const w = r.text.width;
    const h = r.text.height;
    const f = this.frame;
    const at = {
      right: [x + radius + gap, y - h / 2],
      left: [x - radius - gap - w, y - h / 2],
      below: [x - w / 2, y + radius + gap],
      above: [x - w / 2, y - radius - gap - h],
    }[side] as [number, number];
    const box = {
      x: Math.min(Math.max(at[0], f.cx - f.w / 2 + inset), f.cx + f.w / 2 - w - inset),
      y: Math.min(Math.max(at[1], f.cy - f.h / 2 + inset), f.cy + f.h / 2 - h - inset),
      w,
      h,
    };
    const fits = box.x === at[0] && box.y === at[1];
    return { ...box, fits };
  }

  /**
   * Each label's side, chosen once for the first camera (a label never jumps during the pan):
   * the first of right, left, below, above that fits in the frame and misses the labels before it.
   */
  private chooseSides(): void {
    const p = placement(this.from, this.aspect, this.frame.w);
    const taken: { x: number; y: number; w: number; h: number }[] = [];
    const pad = 44 * this.u; // the plates' padding and a clear gap between them
    const hits = (a: (typeof taken)[number]) =>
      taken.some(
        (b) =>
          a.x < b.x + b.w + pad &&
          b.x < a.x + a.w + pad &&
          a.y < b.y + b.h + pad &&
          b.y < a.y + a.h + pad,
      );
    for (const r of this.rings) {
      const x = p.x + this.frame.cx + r.spec.x * p.width;
      const y = p.y + this.frame.cy + r.spec.y * p.height;
      const radius = r.spec.r * p.width;
      const sides: Side[] = ['right', 'left', 'below', 'above'];
      const boxes = sides.map((side) => ({ side, box: this.labelAt(r, side, x, y, radius) }));
      const best =
        boxes.find((b) => b.box.fits && !hits(b.box)) ??
        boxes.find((b) => !hits(b.box)) ??
        boxes[0]!;
      r.side = best.side;
      taken.push(best.box);
    }
  }

  private placeLabel(r: Ring, x: number, y: number, radius: number): void {
    const box = this.labelAt(r, r.side, x, y, radius);
    r.text.position.set(box.x, box.y);
    r.plate.position.set(box.x, box.y);
  }
}
