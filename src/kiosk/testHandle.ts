// A typed handle for end-to-end tests, installed only in test builds (`vite build --mode test`).
import { type Howl, Howler } from 'howler';
import { AbstractText, type Container, Text, type TextureSource } from 'pixi.js';
import type { Actor } from 'xstate';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import { currentTrack } from '../machine/selectors.ts';
import type { KioskEvent } from '../machine/types.ts';
import { PromptVoice } from '../audio/PromptVoice.ts';
import { AttractScene } from '../scenes/AttractScene.ts';
import { MapView, type TextBox } from '../cues/map/MapView.ts';
import { ChapterScene } from '../scenes/ChapterScene.ts';
import { liveFilms } from '../cues/video/film.ts';
import { picturesPending } from '../scenes/picture.ts';
import type { Stage } from '../scenes/Stage.ts';
import { pictureStats, uploadStats } from '../scenes/images.ts';
import type { Upkeep } from './upkeep.ts';

/** What tests can read and do. */
export interface ExhibitTestHandle {
  /** The machine's state value and context, without the exhibit data. */
  state(): {
    value: unknown;
    lang: string;
    chapterIndex: number;
    position: number;
    /** The current chapter's narration length in seconds (0 outside a chapter). */
    duration: number;
    warningRemaining: number;
    /** Whether the visitor has audio description on. */
    audioDescription: boolean;
  };
  send(event: KioskEvent): void;
  /** "webgl", "webgpu" or "canvas"; undefined when the stage failed. */
  renderer(): string | undefined;
  /**
   * The stage's scene; in a chapter the cue on screen ("index:lang"), in the attract loop the
   * montage entry ("title:en", "cue:map:ru"); in a chapter, how many cue views are on the stage;
   * and how film grain is drawn ("filters", "css" or "none").
   */
  scene(): {
    name: string | undefined;
    cue: string | undefined;
    views: number | undefined;
    grain: string | undefined;
    /** What the cue on screen reports of itself (a plan: `step`, `labels`). */
    state?: unknown;
  };
  /** The Web Audio context's state, whether Howler unlocked it, and where the playing narration is. */
  audio(): {
    context: string | undefined;
    unlocked: boolean;
    narrationSeconds: number | undefined;
    musicVolume: number | undefined;
    /** The audio description clip playing now (its URL), if any. */
    description: string | undefined;
  };
  /**
   * Every text the stage shows now (visible, not faded out), with its font size and its drawn
   * height in CSS pixels, largest first: what a visitor reads as the biggest type.
   */
  texts(): { text: string; fontSize: number; height: number }[];
  /** How many filters are on the whole stage (film grain drawn by pixi-filters). */
  filters(): number;
  /** The attract loop's montage: each entry's kind, cue type and `attract` flag. */
  montage(): { kind: string; type?: string; attract?: boolean }[];
  /** Start times (s) of the current chapter's cues in the current language. */
  cueStarts(): number[];
  /** The screen wake lock: "held", "released", "refused" or "unsupported". */
  wakeLock(): string;
  /** What closing stops (opening hours): Howler muted, Pixi's ticker running, frames drawn. */
  quiet(): { muted: boolean; ticking: boolean; frames: number; closing: boolean };
  /** Every analytics event recorded so far (flushed to IndexedDB first). */
  analytics(): Promise<{ t: number; type: string }[]>;
  /** Stops the stage's frame loop, so that only `advance` moves its animations. */
  freeze(): void;
  /** Stops Pixi's ticker as a fault would: unlike `freeze`, the watchdog takes it for one. */
  stopTicker(): void;
  /**
   * Advances the stage's animations by `ms` and draws one frame (after `freeze`); with `draw`
   * false it only moves time (what is measured, not photographed, needs no frame).
   */
  advance(ms: number, draw?: boolean): void;
  /** The last spoken prompt the keypad asked for (its path without extension). */
  prompt(): string | undefined;
  /** How many Howler sounds exist (narration, beds, touch), for leak checks. */
  howls(): number;
  /** The stage's display object and texture counts, for leak checks. */
  counts(): { displayObjects: number; textures: number };
  /** Pictures on the GPU now (their bytes) and how many were ever loaded (src/scenes/images.ts). */
  pictures(): { live: number; bytes: number; loads: number; pending: number };
  /**
   * GPU texture memory now: every texture source the renderer holds, its pixel width × height ×
   * 4 bytes (× 4/3 with mipmaps), summed; and how many there are (the bench's texture part).
   */
  textureBytes(): { bytes: number; textures: number };
  /**
   * Pictures' banded uploads (src/scenes/images.ts): frames that uploaded, and the longest
   * upload in one frame (ms). The live record: the bench sets it to zero before a measure.
   */
  uploads(): { frames: number; maxMs: number };
  /** Every film element a video cue holds (none once its cue is gone): where it is, whether it plays. */
  films(): {
    src: string;
    currentTime: number;
    paused: boolean;
    seeking: boolean;
    readyState: number;
    duration: number;
  }[];
  /** How many still pictures (posters, portraits) are being fetched or decoded now. */
  stills(): number;
  /**
   * Every text the stage draws now (visible, not faded out): its words and its box in CSS pixels,
   * with the chain of its parents' class names, for overlap checks (textBoxes.spec.ts).
   */
  textBoxes(): StageTextBox[];
  /** The loaded exhibit's id, languages, and each chapter's id and cue types, in order. */
  outline(): { id: string; languages: string[]; chapters: { id: string; cues: string[] }[] };
  /** The texts of the map cue on screen (labels, caption, figure, inset), as boxes in CSS px. */
  mapText(): TextBox[];
  /**
   * The quality level drawn (scenes/quality.ts): its number (1 full), the renderer's resolution,
   * the frame-rate cap, the particles' share, the grain drawn, adaptive or pinned, and how many
   * windows of frames the controller has judged.
   */
  quality(): {
    level: number;
    resolution: number;
    fps: number;
    density: number;
    grain: string;
    mode: string;
    windows: number;
    /** Textures one batch samples (capped at 4 on a software renderer: scenes/software.ts). */
    batchTextures: number;
  } | null;
  /**
   * Feeds the quality controller these frame times instead of the measured ones (ms of
   * JavaScript per frame, ms between frames), as a slow PC would; null measures again.
   */
  forceFrames(frames: { js: number; interval: number } | null): void;
}

/** A drawn text on the stage and its bounds. */
export interface StageTextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

declare global {
  interface Window {
    __exhibit?: ExhibitTestHandle;
  }
}

/** Installs `window.__exhibit`. */
export function installTestHandle(
  actor: Actor<KioskMachine>,
  stage: Stage | undefined,
  upkeep: Upkeep,
): void {
  window.__exhibit = {
    state: () => {
      const s = actor.getSnapshot();
      const { lang, chapterIndex, position, warningRemaining, access } = s.context;
      const duration = currentTrack(s.context)?.duration ?? 0;
      const { audioDescription } = access;
      return {
        value: s.value,
        lang,
        chapterIndex,
        position,
        duration,
        warningRemaining,
        audioDescription,
      };
    },
    send: (event) => actor.send(event),
    renderer: () => stage?.app.renderer.name,
    scene: () => {
      const scene = stage?.scene;
      const cue =
        scene instanceof ChapterScene
          ? scene.cueKey
          : scene instanceof AttractScene
            ? scene.itemKey
            : undefined;
      const views = scene instanceof ChapterScene ? scene.viewCount : undefined;
      const state = scene instanceof ChapterScene ? scene.cueState : undefined;
      return { name: scene?.name, cue, views, grain: stage?.grain.kind, state };
    },
    audio: () => {
      const howls = (Howler as unknown as { _howls: Howl[] })._howls;
      const src = (h: Howl) => String((h as unknown as { _src: string | string[] })._src);
      const description = howls.find((h) => src(h).includes('/descriptions/') && h.playing());
      const narration = howls.find((h) => src(h).includes('/narration/') && h.playing());
      // Every bed, each with its sounds: the one heard is the loudest (the others fade to 0).
      const gains = howls
        .filter((h) => h.loop())
        .flatMap((h) => (h as unknown as { _sounds: { _node?: GainNode }[] })._sounds)
        .map((sound) => sound._node?.gain.value ?? 0);
      const seek = narration?.seek();
      return {
        context: Howler.ctx?.state,
        unlocked: (Howler as unknown as { _audioUnlocked?: boolean })._audioUnlocked ?? false,
        narrationSeconds: typeof seek === 'number' ? seek : undefined,
        // The gain actually applied to the bed (Web Audio), not Howler's bookkeeping.
        musicVolume: gains.length ? Math.max(...gains) : undefined,
        description: description && src(description),
      };
    },
    texts: () => {
      const out: { text: string; fontSize: number; height: number }[] = [];
      const walk = (c: Container) => {
        if (!c.visible || c.alpha < 0.01) return;
        if (c instanceof Text && c.text.trim() && c.getGlobalAlpha() > 0.5)
          out.push({
            text: c.text,
            fontSize: Number(c.style.fontSize) * Math.abs(c.worldTransform.d),
            height: c.getBounds().height,
          });
        c.children.forEach(walk);
      };
      if (stage) walk(stage.app.stage);
      return out.sort((a, b) => b.height - a.height);
    },
    filters: () => {
      const f = stage?.app.stage.filters;
      return Array.isArray(f) ? f.length : f ? 1 : 0;
    },
    montage: () => {
      const scene = stage?.scene;
      if (!(scene instanceof AttractScene)) return [];
      return scene.items.map((i) =>
        i.kind === 'title'
          ? { kind: 'title' }
          : {
              kind: 'cue',
              type: i.cue.type,
              ...(i.cue.attract === false ? { attract: false } : {}),
            },
      );
    },
    cueStarts: () => {
      const { context } = actor.getSnapshot();
      return currentTrack(context)?.cueStarts ?? [];
    },
    howls: () => (Howler as unknown as { _howls: Howl[] })._howls.length,
    freeze: () => stage?.freeze(),
    stopTicker: () => stage?.app.ticker.stop(),
    prompt: () => PromptVoice.last,
    wakeLock: () => upkeep.wakeLock(),
    quiet: () => ({
      muted: (Howler as unknown as { _muted: boolean })._muted,
      ticking: !!stage?.app.ticker.started,
      frames: stage?.framesDrawn ?? 0,
      closing: actor.getSnapshot().context.closing,
    }),
    analytics: async () => {
      await upkeep.analytics.flush();
      return upkeep.analytics.all();
    },
    advance: (ms, draw) => stage?.advance(ms, draw),
    pictures: () => ({ ...pictureStats }),
    mapText: () => {
      const find = (c: Container): MapView[] =>
        c instanceof MapView ? [c] : c.children.flatMap(find);
      const views = stage ? find(stage.app.stage) : [];
      // The stage works in CSS pixels (autoDensity), so bounds need no conversion.
      return views.at(-1)?.textBoxes() ?? [];
    },
    counts: () => {
      const count = (c: Container): number =>
        c.children.reduce((n, child) => n + 1 + count(child), 0);
      // managedTextures keeps null holes for freed slots (Pixi 8.15+): count the live ones.
      const system = stage?.app.renderer.texture as { managedTextures?: unknown[] } | undefined;
      const textures = system?.managedTextures?.filter(Boolean).length ?? 0;
      return { displayObjects: stage ? count(stage.app.stage) : 0, textures };
    },
    uploads: () => uploadStats,
    textureBytes: () => {
      const system = stage?.app.renderer.texture as { managedTextures?: unknown[] } | undefined;
      const sources = (system?.managedTextures ?? []).filter(Boolean) as TextureSource[];
      const bytes = sources.reduce(
        (n, s) => n + s.pixelWidth * s.pixelHeight * 4 * (s.mipLevelCount > 1 ? 4 / 3 : 1),
        0,
      );
      return { bytes: Math.round(bytes), textures: sources.length };
    },
    films: () =>
      [...liveFilms].map((v) => ({
        src: v.currentSrc,
        currentTime: v.currentTime,
        paused: v.paused,
        seeking: v.seeking,
        readyState: v.readyState,
        duration: v.duration,
      })),
    stills: picturesPending,
    textBoxes: () => {
      const boxes: StageTextBox[] = [];
      const walk = (c: Container, alpha: number): void => {
        if (!c.visible || !c.renderable) return;
        const a = alpha * c.alpha;
        if (a <= 0.01) return;
        if (c instanceof AbstractText) {
          const b = c.getBounds();
          if (c.text.trim() && b.width > 0 && b.height > 0)
            boxes.push({ text: c.text, x: b.x, y: b.y, width: b.width, height: b.height });
        }
        for (const child of c.children) walk(child, a);
      };
      if (stage) walk(stage.app.stage, 1);
      return boxes;
    },
    quality: () =>
      stage
        ? {
            level: stage.level.number,
            resolution: stage.app.renderer.resolution,
            fps: stage.level.fps,
            density: stage.level.density,
            grain: stage.grain.kind,
            mode: stage.quality.mode,
            windows: stage.quality.windows,
            batchTextures: stage.app.renderer.limits.maxBatchableTextures,
          }
        : null,
    forceFrames: (frames) => {
      if (stage) stage.forcedFrames = frames ?? undefined;
    },
    outline: () => {
      const exhibit = actor.getSnapshot().context.exhibit;
      return {
        id: exhibit?.id ?? '',
        languages: exhibit?.languages ?? [],
        chapters: (exhibit?.chapters ?? []).map((c) => ({
          id: c.id,
          cues: c.cues.map((cue) => cue.type),
        })),
      };
    },
  };
}
