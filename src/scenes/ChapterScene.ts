// A chapter's visuals: one view per cue, crossfaded when the narration reaches the next cue.
import { Container, TexturePool } from 'pixi.js';
import type { Cue, Place } from '../content/schema.ts';
import type { Chapter } from '../content/types.ts';
import { Atmosphere } from './atmosphere/Atmosphere.ts';
import { Crossfade } from './Crossfade.ts';
import type { LoadedExtension } from './extension.ts';
import type { Scene, SceneOptions } from './Scene.ts';
import { cardArea, visualArea } from './theme.ts';
import type { CueView } from './CueView.ts';
import { cueView } from '../cues/views.ts';
import { MapView } from '../cues/map/MapView.ts';
import type { PlanFile } from '../cues/plan/schema.ts';
import { endedRights } from '../content/rightsCheck.ts';
import { formatPath } from '../content/errors.ts';
import { sentenceStart } from '../content/vtt.ts';

const FADE_MS = 900;
// The old card is mostly gone before the new one rises: one idea on screen at a time.
const OVERLAP_DELAY_MS = 500;
const DRIFT = 0.03;

/** Shows the chapter's current cue; `showCue` is called as the narration moves. */
export class ChapterScene implements Scene {
  readonly name = 'chapter';
  readonly view = new Container();
  private readonly layer = new Container();
  /** The cue on screen, "index:lang". */
  private key: string | undefined;
  // Text gives its textures back to Pixi's pool: empty it as each cue goes, as the attract loop does.
  private readonly fade = new Crossfade<CueView>(FADE_MS, () => TexturePool.clear(true));
  private size = { width: 1, height: 1 };
  private readonly cues: Cue[];
  private readonly atmosphere: Atmosphere;
  private readonly chapter: Pick<Chapter, 'cues'> & Partial<Pick<Chapter, 'id' | 'tracks'>>;
  /** Cues hidden because a licence has ended (each logged once). */
  private readonly hidden = new Set<number>();
  /** Whether the stage lays film grain over this scene. */
  readonly grain: boolean;

  constructor(
    chapter: Pick<Chapter, 'cues' | 'atmosphere'> & Partial<Pick<Chapter, 'id' | 'tracks'>>,
    private readonly options: SceneOptions,
    private readonly places: Record<string, Place> = {},
    extension?: LoadedExtension,
    private readonly plans: Record<string, PlanFile> = {},
  ) {
    this.cues = chapter.cues;
    this.chapter = chapter;
    const today = options.today?.() ?? new Date();
    chapter.cues.forEach((cue, i) => {
      const ended = endedRights(cue, today);
      if (!ended) return;
      this.hidden.add(i);
      const where = formatPath(['cues', i, ...ended.path], { cues: chapter.cues });
      options.log?.(
        `a licence has ended (${ended.end}): chapter "${chapter.id ?? '?'}", ${where}, "${ended.rights.credit}"; the cue is not shown`,
      );
    });
    this.grain = chapter.atmosphere.includes('grain');
    this.atmosphere = new Atmosphere(
      chapter.atmosphere,
      !options.reducedMotion,
      extension?.atmospheres,
    );
    this.view.addChild(this.atmosphere.view, this.layer);
  }

  /** A memorial is on screen: the atmosphere fades away and nothing moves (src/cues/memorial/). */
  get still(): boolean {
    return this.cues[Number(this.key?.split(':')[0])]?.type === 'memorial';
  }

  /**
   * Shows cue `index` in `lang`, crossfading from the one before, with the first `step` of its
   * steps (a plan's changes build up on the same view). A cue whose licence has ended is not
   * shown: the cue before it stays, with all its steps.
   */
  showCue(wanted: number, lang: string, wantedStep = 0): void {
    let index = wanted;
    while (index >= 0 && this.hidden.has(index)) index--;
    if (index < 0) return;
    const step = index === wanted ? wantedStep : Number.MAX_SAFE_INTEGER;
    const key = `${index}:${lang}`;
    const cue = this.cues[index];
    if (!cue) return;
    if (this.key === key) {
      this.fade.current?.view.showStep?.(step);
      return;
    }
    // One map cue after another moves the camera over the same map instead of cutting.
    const map = this.fade.current?.view;
    if (cue.type === 'map' && map instanceof MapView && !this.options.reducedMotion) {
      map.show(cue, lang, !!this.key?.endsWith(`:${lang}`));
      this.key = key;
      return;
    }
    const view = cueView(cue, lang, this.options, this.places, this.plans);
    view.showStep?.(step);
    this.fade.show(view, this.key === undefined ? 0 : OVERLAP_DELAY_MS);
    this.key = key;
    this.layer.addChild(view);
    this.place(view);
  }

  /**
   * The narration's clock, on every change of the machine: tells the cue on screen, for its parts
   * timed to the narration (a picture's callouts, a film).
   */
  follow(position: number, elapsed: number, running: boolean, lang: string): void {
    const view = this.fade.current?.view;
    if (!view?.follow) return;
    const captions = this.chapter.tracks?.[lang]?.captions ?? [];
    view.follow({
      position,
      elapsed,
      running,
      sentenceStart: (n) => sentenceStart(captions, n - 1),
    });
  }

  /** How many cue views are on the stage (2 while crossfading, 1 while a map camera moves). */
  get viewCount(): number {
    return this.fade.views.length;
  }

  /** What the cue on screen tells tests of its state (a plan: its step and label boxes). */
  get cueState(): unknown {
    return this.fade.current?.view.inspect?.();
  }

  /** The index of the cue on screen, for tests. */
  get cueKey(): string | undefined {
    return this.key;
  }

  layout(width: number, height: number): void {
    this.size = { width, height };
    this.atmosphere.layout(width, height);
    for (const v of this.fade.views) this.place(v);
  }

  /** Draws this share of the atmosphere's particles (the stage's quality level). */
  density(share: number): void {
    this.atmosphere.density(share);
  }

  update(deltaMs: number): void {
    const still = this.still;
    // Before a memorial the snow or dust fades out over one crossfade, and then stops.
    const a = this.atmosphere.view;
    a.alpha = still
      ? Math.max(0, a.alpha - deltaMs / FADE_MS)
      : Math.min(1, a.alpha + deltaMs / FADE_MS);
    a.visible = a.alpha > 0;
    if (a.visible) this.atmosphere.update(deltaMs);
    const c = this.fade.rise(deltaMs);
    if (c) {
      if (!this.options.reducedMotion && !still && c.view.drifts !== false)
        c.view.scale.set(1 + DRIFT * Math.min(1, c.age / 20_000));
      if (c.age > c.delay) c.view.update?.(deltaMs);
    }
    this.fade.fall(deltaMs);
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }

  private place(view: CueView): void {
    const area = (view instanceof MapView ? visualArea : cardArea)(
      this.size.width,
      this.size.height,
    );
    view.layout(area.width, area.height);
    view.position.set(area.x + area.width / 2, area.y + area.height / 2);
  }
}
