// The Pixi stage: one transparent Application filling the screen over the page's ground, and a
// scene host that crossfades between scenes. It shows what it is told; it decides nothing.
// Full-screen fills are left to CSS (the ground, the dim behind dialogs): with software WebGL every
// full-screen layer Pixi draws cost ~200 ms a frame on a 2-core machine, the compositor ~nothing
// (measured before Pixi's batches were capped at 4 textures there, software.ts; not since).
import {
  Application,
  CanvasTextGenerator,
  CanvasTextMetrics,
  Container,
  GlLimitsSystem,
  TexturePool,
  UPDATE_PRIORITY,
} from 'pixi.js';
import { type EffectsMode, Grain } from './Grain.ts';
import { uploadTo } from './images.ts';
import { paintLand } from './map/basemap.ts';
import type { Scene } from './Scene.ts';
import { ease } from './Scene.ts';
import { LEVELS, QualityController, type QualityLevel, type QualityMode } from './quality.ts';
import { forgetReleasedTextKeys } from './textKeys.ts';
import { capBatchTexturesInSoftware, isSoftware } from './software.ts';
import { fixShadowGhosts, type TextCanvasGenerator } from './textShadow.ts';
import { setScreenSize } from './theme.ts';

const CROSSFADE_MS = 900;

/** The rendering surface and its scene host. */
export class Stage {
  private readonly host = new Container();
  private current: { scene: Scene; age: number } | undefined;
  private leaving: { scene: Scene; age: number }[] = [];

  readonly grain: Grain;
  /** Frames Pixi has drawn since the stage started: the watchdogs' sign that rendering goes on. */
  framesDrawn = 0;
  /** True after `freeze`: tests' still frames, which the watchdog must not take for a fault. */
  still = false;
  /** Called when a scene throws while drawing; the scene has already been dropped. */
  onError: (e: unknown) => void = () => {};
  /** Called when the GPU context comes back after being lost; the caller rebuilds the scene. */
  onRestored: () => void = () => {};
  /** Decides the quality level from the frames drawn (quality.ts). */
  readonly quality: QualityController;
  /** Frame times the controller is given instead of the measured ones (tests: a slow machine). */
  forcedFrames: { js: number; interval: number } | undefined;
  private frameStart = 0;
  /** The size the scenes were last laid out for. */
  private laidOut = { width: 0, height: 0 };
  /** Touch first (issue 20): the next frame is not drawn (skipFrame), and whether this one was. */
  private skipNext = false;
  private skipped = false;
  /** The level's frame-rate cap for Pixi's ticker (0: none), and whether it is lifted for a frame. */
  private cap = 0;
  private uncapped = false;

  private constructor(
    readonly app: Application,
    parent: HTMLElement,
    effects: EffectsMode,
    motion: boolean,
    qualityMode: QualityMode,
    /** The device's resolution (capped at 2): a level's resolution is a share of it. */
    private readonly deviceResolution: number,
  ) {
    this.grain = new Grain(app, parent, effects, motion);
    // A software renderer never tries full resolution: it could not hold it (BENCHMARKS.md).
    this.quality = new QualityController({
      mode: qualityMode,
      ceiling: isSoftware(app) ? 1 : 0,
    });
    this.apply(this.quality.level);
    // A filled land is a screen-sized textured layer: on a software renderer it halved the frame
    // rate of map cues (1.5–2.9 fps against 3.3–7.5), so there the maps stay engraved lines.
    paintLand(!isSoftware(app));
    app.stage.addChild(this.host);
    // Pictures go up to the GPU in bands, a few rows a frame (images.ts).
    uploadTo(app.renderer);
    // A new quality level changes only the resolution: the scenes keep their layout (laying a
    // map out again, and rebuilding what that touched, made a level step cost ~40 ms of frames).
    app.renderer.on('resize', (w: number, h: number) => {
      if (w !== this.laidOut.width || h !== this.laidOut.height) this.layout(w, h);
    });
    // Before everything else in the frame: its JavaScript is timed from here.
    app.ticker.add(() => (this.frameStart = performance.now()), undefined, UPDATE_PRIORITY.HIGH);
    app.ticker.add((ticker) => this.tick(ticker.deltaMS));
    // The application's own render, through `render`, which can leave a frame out (skipFrame).
    app.ticker.remove(app.render, app);
    app.ticker.add(() => this.render(), undefined, UPDATE_PRIORITY.LOW);
    // After the application's own render (UPDATE_PRIORITY.LOW): counts frames really drawn, and
    // tells the quality controller what the frame cost.
    app.ticker.add((ticker) => this.drawn(ticker.elapsedMS), undefined, UPDATE_PRIORITY.UTILITY);
    // Pixi restores its own resources after a lost context; scenes are rebuilt to be sure that
    // every text and drawing is back (Pixi's Text could vanish after a restore before 8.x).
    app.canvas.addEventListener('webglcontextrestored', () => this.onRestored());
    this.layout(app.screen.width, app.screen.height);
  }

  /** Creates the stage inside `parent`, sized to the window. */
  static async create(
    parent: HTMLElement,
    effects: EffectsMode,
    motion: boolean,
    quality: QualityMode = 'adaptive',
  ): Promise<Stage> {
    // Before the context starts: its shaders are compiled for this many textures (software.ts).
    capBatchTexturesInSoftware(GlLimitsSystem);
    // Below resolution 1 (the lower quality levels), Pixi's text shadows left ghosts (textShadow.ts).
    fixShadowGhosts(CanvasTextGenerator as unknown as TextCanvasGenerator);
    const app = new Application();
    const resolution = Math.min(window.devicePixelRatio || 1, 2);
    await app.init({
      resizeTo: window,
      backgroundAlpha: 0,
      antialias: false,
      autoDensity: true,
      resolution,
      preference: 'webgl',
    });
    app.canvas.setAttribute('aria-hidden', 'true');
    parent.appendChild(app.canvas);
    return new Stage(app, parent, effects, motion, quality, resolution);
  }

  /** The quality level drawn now. */
  get level(): QualityLevel {
    return this.quality.level;
  }

  /** The scene on screen (or fading in). */
  get scene(): Scene | undefined {
    return this.current?.scene;
  }

  /** Crossfades to `scene`; the previous one is destroyed once it has faded out. */
  show(scene: Scene): void {
    if (this.current) this.leaving.push({ scene: this.current.scene, age: 0 });
    this.current = { scene, age: 0 };
    scene.view.alpha = 0;
    scene.density?.(this.level.density);
    this.host.addChild(scene.view);
    scene.layout(this.app.screen.width, this.app.screen.height);
    this.quality.sceneChanged();
  }

  /**
   * Leaves the next frame undrawn: the canvas keeps its last picture and that frame carries only
   * the DOM overlay's change (a tap answered first; the new scene is built after it).
   */
  skipFrame(): void {
    this.skipNext = true;
  }

  /**
   * A new scene or card has just been built (after the paint that showed the tap): it is drawn in
   * the very next frame, neither left out by a skip still waiting (the paint it was for is past)
   * nor held back by the 30 fps cap, which comes back after that frame.
   */
  drawSoon(): void {
    this.skipNext = false;
    if (this.still || !this.cap) return;
    this.uncapped = true;
    this.app.ticker.maxFPS = 0;
  }

  private render(): void {
    this.skipped = this.skipNext;
    this.skipNext = false;
    if (!this.skipped) this.app.render();
  }

  /** Stops the frame loop; from now on only `advance` moves time (tests' still frames). */
  freeze(): void {
    this.still = true;
    this.app.ticker.stop();
  }

  /** Moves animation time on by `ms` in 100 ms steps, then draws one frame (unless `draw` is false). */
  advance(ms: number, draw = true): void {
    for (let t = 0; t < ms; t += 100) this.tick(Math.min(100, ms - t));
    if (!draw) return;
    this.app.render();
    this.framesDrawn++;
  }

  /** Lays the scenes out again (the band under them changed height). */
  relayout(): void {
    this.layout(this.app.screen.width, this.app.screen.height);
  }

  /** A frame has been drawn: counts it and tells the controller its cost. */
  private drawn(intervalMs: number): void {
    if (this.skipped) return;
    this.framesDrawn++;
    if (this.uncapped) {
      this.uncapped = false;
      this.app.ticker.maxFPS = this.cap;
    }
    const forced = this.forcedFrames;
    const level = forced
      ? this.quality.frame(forced.js, forced.interval)
      : this.quality.frame(performance.now() - this.frameStart, intervalMs);
    if (level) this.apply(level);
  }

  /**
   * Draws at `level`: the renderer's resolution (the canvas keeps its size on the page), the
   * particles, the grain and the frame-rate cap.
   */
  private apply(level: QualityLevel): void {
    const resolution = this.deviceResolution * level.resolution;
    const { renderer, screen, ticker } = this.app;
    if (renderer.resolution !== resolution)
      renderer.resize(screen.width, screen.height, resolution);
    // Pixi's cap truncates each interval to whole ms (33.3 → 33 < 33.3 would skip a frame and
    // give 20 fps): a cap a little over 30 gives 30 on a 60 Hz screen. 60 is no cap at all.
    this.cap = level.fps >= LEVELS[0]!.fps ? 0 : level.fps + 2;
    if (!this.uncapped) ticker.maxFPS = this.cap;
    this.grain.limit(level.effects);
    // For tools outside the page (the bench reads it in the production build): 1 full … 4 lowest.
    this.app.canvas.setAttribute('data-quality-level', String(level.number));
    this.current?.scene.density?.(level.density);
    for (const l of this.leaving) l.scene.density?.(level.density);
  }

  private layout(width: number, height: number): void {
    this.laidOut = { width, height };
    setScreenSize(width, height);
    this.current?.scene.layout(width, height);
    for (const l of this.leaving) l.scene.layout(width, height);
  }

  /** One frame: a scene that throws is dropped and reported, so one bad frame never stops the loop. */
  private tick(deltaMs: number): void {
    try {
      this.update(deltaMs);
    } catch (e) {
      this.drop();
      this.onError(e);
    }
  }

  /** Removes every scene at once (after an error). */
  private drop(): void {
    for (const s of [this.current, ...this.leaving]) {
      if (!s) continue;
      try {
        s.scene.destroy();
      } catch {
        s.scene.view.removeFromParent();
      }
    }
    this.current = undefined;
    this.leaving = [];
  }

  private update(deltaMs: number): void {
    // Time-true on a slow renderer; a stall (a hidden tab) does not jump animations past their end.
    const dt = Math.min(deltaMs, 1000);
    this.grain.set(!!this.current?.scene.grain);
    this.grain.hold(!!this.current?.scene.still);
    this.grain.update();
    if (this.current) {
      this.current.age += dt;
      this.current.scene.view.alpha = ease(this.current.age / CROSSFADE_MS);
      this.current.scene.update(dt);
    }
    for (const l of this.leaving) {
      l.age += dt;
      l.scene.view.alpha = 1 - ease(l.age / CROSSFADE_MS);
      l.scene.update(dt);
    }
    const done = this.leaving.filter((x) => x.age >= CROSSFADE_MS);
    for (const l of done) l.scene.destroy();
    // Text returns its textures to Pixi's pool rather than freeing them; empty the pool once a
    // scene is gone, so a day of visits does not keep every title ever shown in GPU memory.
    if (done.length) {
      TexturePool.clear(true);
      forgetTextMeasurements();
      forgetReleasedTextKeys(this.app.renderer);
    }
    this.leaving = this.leaving.filter((x) => x.age < CROSSFADE_MS);
  }
}

/**
 * Pixi caches each text's measurements under its style's unique id, up to 1,000 entries, and each
 * entry holds its style. A gone scene's styles can never be measured again, so their entries are
 * dead weight: the 8-hour soak saw them as 1.6 MB of heap. (A private field: if Pixi renames it,
 * this does nothing and the cache is merely bounded.)
 */
function forgetTextMeasurements(): void {
  (
    CanvasTextMetrics as unknown as { _measurementCache?: { clear?(): void } }
  )._measurementCache?.clear?.();
}
