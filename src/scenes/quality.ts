// Adaptive quality: the stage measures its own frames and gives up resolution, particles, effects
// and frame rate, in that order, when a small PC cannot hold them, and takes them back
// when there is room. Pure: no Pixi, no clock; the stage feeds it frame times (tests feed series).
//
// Hysteresis, so that it never flaps: a step down needs one window (2 s of frames) whose p90 misses
// the budget; a step up needs a long calm (20 s of windows well inside it); no step is taken in the
// first seconds after a scene change or a step (building a scene is not the steady state); and a
// level that has had to be left twice is never tried again this session (its ceiling).

/** How grain may be drawn at a level, best first (Grain draws at most this, never more). */
export type EffectsKind = 'filters' | 'css' | 'none';

/** One quality level. */
export interface QualityLevel {
  /** 1 is full quality; the highest number the lowest. */
  readonly number: number;
  /** The renderer's resolution as a share of the device's (1 → 0.5). */
  readonly resolution: number;
  /** The share of atmosphere particles drawn (1 → 0.25 → 0). */
  readonly density: number;
  /** The best grain allowed. */
  readonly effects: EffectsKind;
  /** The frame-rate cap. */
  readonly fps: 60 | 30;
}

/** The levels, full first. */
export const LEVELS: readonly QualityLevel[] = [
  { number: 1, resolution: 1, density: 1, effects: 'filters', fps: 60 },
  { number: 2, resolution: 0.75, density: 0.25, effects: 'css', fps: 60 },
  { number: 3, resolution: 0.5, density: 0.25, effects: 'none', fps: 30 },
  { number: 4, resolution: 0.5, density: 0, effects: 'none', fps: 30 },
];

/** The staff setting: adapt, or pin full or the lowest level. */
export const QUALITY_MODES = ['adaptive', 'full', 'low'] as const;
export type QualityMode = (typeof QUALITY_MODES)[number];

/** The level a pinned mode holds; undefined for adaptive. */
export function pinnedLevel(mode: QualityMode): number | undefined {
  return mode === 'full' ? 0 : mode === 'low' ? LEVELS.length - 1 : undefined;
}

/** A level in words for staff: "half resolution, 30 fps". */
export function describeLevel(level: QualityLevel): string {
  const res =
    level.resolution === 1
      ? 'full resolution'
      : level.resolution === 0.5
        ? 'half resolution'
        : `${Math.round(level.resolution * 100)}% resolution`;
  const parts = [res, `${level.fps} fps`];
  if (level.density === 0) parts.push('no particles');
  if (level.effects === 'none') parts.push('no grain');
  return parts.join(', ');
}

/** The health line: "level 3 of 4 (half resolution, 30 fps, no grain): adaptive". */
export function qualityLine(level: QualityLevel, mode: QualityMode): string {
  const how = mode === 'adaptive' ? 'adaptive' : 'pinned';
  return `level ${level.number} of ${LEVELS.length} (${describeLevel(level)}): ${how}`;
}

/** The controller's tuning; every time is in ms of frame intervals, never of a clock. */
export interface QualityOptions {
  mode: QualityMode;
  /** The level to start at (0-based); also the highest ever tried (a software renderer's ¾). */
  ceiling?: number;
  /** Frames judged together. */
  windowMs?: number;
  /** Calm needed before a step up. */
  calmMs?: number;
  /** No step for this long after a scene change or a step. */
  settleMs?: number;
  /** Times a level may be left before it becomes out of reach. */
  failures?: number;
}

/** The 90th percentile of `xs` (nearest rank). */
export function p90(xs: readonly number[]): number {
  if (!xs.length) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.9 * sorted.length) - 1)]!;
}

/**
 * A window's verdict at `level`: "miss" when the frames' p90 interval is over 1.5 frames of its
 * cap (60 fps: under 40 fps) or their p90 JavaScript is over 60% of a frame; "calm" when both are
 * well inside (interval within 1.2 frames, JavaScript within 30% of the next level up's frame);
 * otherwise "ok".
 */
export function judge(
  level: QualityLevel,
  js: readonly number[],
  intervals: readonly number[],
  above: QualityLevel | undefined = undefined,
): 'miss' | 'ok' | 'calm' {
  const frame = 1000 / level.fps;
  const interval = p90(intervals);
  const work = p90(js);
  if (interval > frame * 1.5 || work > frame * 0.6) return 'miss';
  const upFrame = 1000 / (above ?? level).fps;
  return interval <= frame * 1.2 && work <= upFrame * 0.3 ? 'calm' : 'ok';
}

/** Decides the level from frame times. */
export class QualityController {
  private index: number;
  private readonly pinned: number | undefined;
  private ceiling: number;
  private readonly windowMs: number;
  private readonly calmMs: number;
  private readonly settleMs: number;
  private readonly maxFailures: number;
  private readonly failed = new Map<number, number>();
  private js: number[] = [];
  private intervals: number[] = [];
  private span = 0;
  private settling: number;
  private calm = 0;
  /** Windows judged so far (tests wait on it). */
  windows = 0;
  /** Every change of level, in order: what the controller did. */
  readonly steps: { from: number; to: number }[] = [];

  constructor(readonly options: QualityOptions) {
    this.pinned = pinnedLevel(options.mode);
    this.ceiling = Math.min(Math.max(options.ceiling ?? 0, 0), LEVELS.length - 1);
    this.index = this.pinned ?? this.ceiling;
    this.windowMs = options.windowMs ?? 2000;
    this.calmMs = options.calmMs ?? 20_000;
    this.settleMs = options.settleMs ?? 3000;
    this.maxFailures = options.failures ?? 2;
    this.settling = this.settleMs;
  }

  get mode(): QualityMode {
    return this.options.mode;
  }

  /** The level now. */
  get level(): QualityLevel {
    return LEVELS[this.index]!;
  }

  /** The highest level still in reach (0-based). */
  get highest(): number {
    return this.ceiling;
  }

  /** A new scene is on screen: its first frames are not judged. */
  sceneChanged(): void {
    this.restart();
  }

  /**
   * One frame: `jsMs` of JavaScript (update and render), `intervalMs` since the previous frame.
   * Returns the new level when this frame changed it.
   */
  frame(jsMs: number, intervalMs: number): QualityLevel | undefined {
    if (this.pinned !== undefined) return undefined;
    // A stall (hidden page, closed hours, a debugger) says nothing about the steady state.
    if (!(intervalMs > 0) || intervalMs > 1000) return undefined;
    if (this.settling > 0) {
      this.settling -= intervalMs;
      return undefined;
    }
    this.js.push(jsMs);
    this.intervals.push(intervalMs);
    this.span += intervalMs;
    if (this.span < this.windowMs) return undefined;
    this.windows++;
    const verdict = judge(this.level, this.js, this.intervals, LEVELS[this.index - 1]);
    const span = this.span;
    this.js = [];
    this.intervals = [];
    this.span = 0;
    if (verdict === 'miss') {
      this.calm = 0;
      if (this.index >= LEVELS.length - 1) return undefined;
      const failures = (this.failed.get(this.index) ?? 0) + 1;
      this.failed.set(this.index, failures);
      if (failures >= this.maxFailures) this.ceiling = Math.max(this.ceiling, this.index + 1);
      return this.step(this.index + 1);
    }
    if (verdict === 'ok') {
      this.calm = 0;
      return undefined;
    }
    this.calm += span;
    if (this.calm < this.calmMs || this.index <= this.ceiling) return undefined;
    return this.step(this.index - 1);
  }

  private step(to: number): QualityLevel {
    this.steps.push({ from: this.index, to });
    this.index = to;
    this.restart();
    return this.level;
  }

  private restart(): void {
    this.js = [];
    this.intervals = [];
    this.span = 0;
    this.calm = 0;
    this.settling = this.settleMs;
  }
}
