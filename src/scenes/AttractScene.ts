// The attract loop's picture: a slow "ghost visit" through the exhibit's own visuals (its maps,
// figures, timelines and titles, never cues marked `attract: false`), with the exhibit title in
// each language between them. Built from the content on every start, so it always matches it.
// "Touch to begin" lives in the DOM overlay.
import { Container, TexturePool } from 'pixi.js';
import type { Cue, Place } from '../content/schema.ts';
import type { PlanFile } from '../cues/plan/schema.ts';
import { Atmosphere } from './atmosphere/Atmosphere.ts';
import { Crossfade } from './Crossfade.ts';
import type { CueView } from './CueView.ts';
import { cueView } from '../cues/views.ts';
import type { LoadedExtension } from './extension.ts';
import type { Scene, SceneOptions } from './Scene.ts';
import { palette, visualArea } from './theme.ts';
import { TitleCardView } from '../cues/title/TitleCardView.ts';

const TITLE_MS = 7_000;
const CUE_MS = 9_000;
const FADE_MS = 1_500;
/** A title card after every this many visuals. */
const CUES_PER_TITLE = 2;
/** How far a visual slowly pushes in while it holds (none under reduced motion). */
const PUSH = 0.05;
/** Cue types calm and self-explanatory enough for a passer-by. */
const MONTAGE_TYPES = new Set<Cue['type']>(['map', 'figure', 'timeline', 'title']);

/** What the attract loop may show. */
export interface AttractContent {
  titles: { lang: string; title: string; subtitle?: string }[];
  /** Every chapter's cues, in order. */
  chapters: Cue[][];
  places: Record<string, Place>;
  /** The exhibit's plans, by id. */
  plans?: Record<string, PlanFile>;
}

/** One entry of the montage. */
export type MontageItem = { kind: 'title'; lang: string } | { kind: 'cue'; cue: Cue; lang: string };

/** The montage's order: cues from each chapter in turn, languages in turn, titles between. */
export function montage(content: AttractContent): MontageItem[] {
  const langs = content.titles.map((t) => t.lang);
  // Pictures (maps, figures, timelines) before a chapter's title cards: they carry more.
  const rank = (c: Cue) => (c.type === 'title' ? 1 : 0);
  const perChapter = content.chapters.map((cues) =>
    cues
      .filter((c) => MONTAGE_TYPES.has(c.type) && c.attract !== false)
      .sort((a, b) => rank(a) - rank(b)),
  );
  // Round-robin over chapters so the loop travels through the story rather than dwelling.
  const cues: Cue[] = [];
  for (let round = 0; perChapter.some((c) => c.length > round); round++)
    for (const list of perChapter) if (list[round]) cues.push(list[round]!);
  const items: MontageItem[] = [];
  let titles = 0;
  cues.forEach((cue, i) => {
    if (i % CUES_PER_TITLE === 0)
      items.push({ kind: 'title', lang: langs[titles++ % langs.length]! });
    items.push({ kind: 'cue', cue, lang: langs[i % langs.length]! });
  });
  return items.length ? items : langs.map((lang) => ({ kind: 'title', lang }));
}

/** The montage, one item at a time, crossfading. */
export class AttractScene implements Scene {
  readonly name = 'attract';
  readonly view = new Container();
  private readonly layer = new Container();
  private readonly atmosphere: Atmosphere;
  /** The montage, in order (read by tests). */
  readonly items: MontageItem[];
  private index = -1;
  /** How long the current item holds before the next (ms). */
  private holdMs = 0;
  // The loop runs for hours: give back the text textures of every card that has gone.
  private readonly fade = new Crossfade<CueView>(FADE_MS, () => TexturePool.clear(true));
  private size = { width: 1, height: 1 };
  private held = false;

  /** `extension` is the exhibit's: the layers under the loop (none by default) and its own. */
  constructor(
    private readonly content: AttractContent,
    private readonly options: SceneOptions,
    extension: LoadedExtension = { atmospheres: {}, attract: [] },
  ) {
    this.items = montage(content);
    this.atmosphere = new Atmosphere(
      extension.attract,
      !options.reducedMotion,
      extension.atmospheres,
    );
    this.view.addChild(this.atmosphere.view, this.layer);
    this.advance();
  }

  /** The montage entry on screen, for tests: "title:en" or "cue:map:ru". */
  get itemKey(): string {
    const item = this.items[this.index];
    return item
      ? item.kind === 'title'
        ? `title:${item.lang}`
        : `cue:${item.cue.type}:${item.lang}`
      : '';
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    this.atmosphere.layout(width, height);
    for (const v of this.fade.views) this.place(v);
  }

  /** Holds the montage still (a keypad user is there: WCAG 2.2.2), or lets it move again. */
  hold(on: boolean): void {
    this.held = on;
  }

  /** Draws this share of the atmosphere's particles (the stage's quality level). */
  density(share: number): void {
    this.atmosphere.density(share);
  }

  update(deltaMs: number): void {
    if (this.held) return;
    this.atmosphere.update(deltaMs);
    const c = this.fade.rise(deltaMs);
    if (c) {
      if (!this.options.reducedMotion)
        c.view.scale.set(1 + PUSH * Math.min(1, c.age / this.holdMs));
      c.view.update?.(deltaMs);
      if (c.age >= this.holdMs) this.advance();
    }
    this.fade.fall(deltaMs);
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }

  private advance(): void {
    this.index = (this.index + 1) % this.items.length;
    const item = this.items[this.index]!;
    const view = this.viewFor(item);
    this.fade.show(view);
    this.layer.addChild(view);
    this.holdMs = item.kind === 'title' ? TITLE_MS : CUE_MS;
    this.place(view);
  }

  private viewFor(item: MontageItem): CueView {
    if (item.kind === 'cue')
      return cueView(item.cue, item.lang, this.options, this.content.places, this.content.plans);
    const t = this.content.titles.find((x) => x.lang === item.lang);
    // The exhibit's title, large enough to read from across the gallery.
    return new TitleCardView(t?.title ?? '', t?.subtitle, palette.frost, 132);
  }

  private place(view: CueView): void {
    const area = visualArea(this.size.width, this.size.height);
    view.layout(area.width, area.height * 0.9);
    view.position.set(area.width / 2, area.height * 0.5);
  }
}
