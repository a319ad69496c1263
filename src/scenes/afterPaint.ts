// Touch first (issue 20): a tap's overlay change is painted in the next frame, and the Pixi scene
// for the new state is built after that paint, never in the handler's task. On a software
// renderer building a chapter (its texts, its atmosphere, its first card's textures) costs tens
// of milliseconds; done in the handler, it held back the very frame that shows the visitor that
// the touch was felt. Pure bookkeeping over an injected scheduler: tests/unit/afterPaint.test.ts.

/** Runs `run` later, once; the browser's is `afterNextPaint`, tests pass their own. */
export type Schedule = (run: () => void) => void;

/**
 * Runs `run` in a task after the next frame has been painted: a message posted from an animation
 * frame callback is handled once that frame's rendering (style, layout, paint) is done.
 */
export function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The newest of a stream of values, applied later: however many come before the scheduled run,
 * only the last is applied, once (a machine's snapshots: the newest holds everything the
 * earlier ones did). Nothing is dropped: a value wanted after a run is applied by the next one.
 */
export class Latest<T> {
  private pending: { value: T } | undefined;
  private scheduled = false;

  constructor(
    private readonly schedule: Schedule,
    private readonly apply: (value: T) => void,
  ) {}

  /** Whether a value waits to be applied. */
  get waiting(): boolean {
    return !!this.pending;
  }

  /** Keeps `value` for the next run, and asks for one if none is coming. */
  want(value: T): void {
    this.pending = { value };
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Applies the waiting value now, if any (a scheduled run then finds nothing to do). */
  flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.apply(p.value);
  }
}
