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
  /** Whether the stage lays film grain over this scene. */
  readonly grain: boolean;

  constructor(
    chapter: Pick<Chapter, 'cues' | 'atmosphere'>,
    private readonly options: SceneOptions,
    private readonly places: Record<string, Place> = {},
    extension?: LoadedExtension,
  ) {
    this.cues = chapter.cues;
    this.grain = chapter.atmosphere.includes('grain');
    this.atmosphere = new Atmosphere(
      chapter.atmosphere,
      !options.reducedMotion,
      extension?.atmospheres,
    );
    this.view.addChild(this.atmosphere.view, this.layer);
  }

  /** Shows cue `index` in `lang`, crossfading from the one before. */
  showCue(index: number, lang: string): void {
    const key = `${index}:${lang}`;
    const cue = this.cues[index];
    if (!cue || this.key === key) return;
    // One map cue after another moves the camera over the same map instead of cutting.
    const map = this.fade.current?.view;
    if (cue.type === 'map' && map instanceof MapView && !this.options.reducedMotion) {
      map.show(cue, lang, !!this.key?.endsWith(`:${lang}`));
      this.key = key;
      return;
    }
    const view = cueView(cue, lang, this.options, this.places);
    this.fade.show(view, this.key === undefined ? 0 : OVERLAP_DELAY_MS);
    this.key = key;
    this.layer.addChild(view);
    this.place(view);
  }

  /** How many cue views are on the stage (2 while crossfading, 1 while a map camera moves). */
  get viewCount(): number {
    return this.fade.views.length;
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

  update(deltaMs: number): void {
    this.atmosphere.update(deltaMs);
    const c = this.fade.rise(deltaMs);
    if (c) {
      if (!this.options.reducedMotion) c.view.scale.set(1 + DRIFT * Math.min(1, c.age / 20_000));
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
