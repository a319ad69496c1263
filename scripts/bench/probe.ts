// The bench's in-page instruments, installed with page.addInitScript before any page script runs.
// Serialised into the page: it may use nothing from outside its own body.

/** A first frame after something appeared: when it was asked for and when the frame ended. */
export interface FrameMark {
  /** ms on the page's clock when the wait began (0: navigation; negative: before a reload). */
  start: number;
  /** ms on the page's clock at the end of the first animation frame that drew after the match. */
  end: number;
  /** WebGL draw calls from the match to that frame's end. */
  draws: number;
}

/**
 * One tap, on the page's clock (performance.now): the pointerdown's own timestamp, when the app's
 * click handlers had run, and the frame that shows their result. A frame's rAF timestamp is its
 * nominal start, which can precede a handler that ran while the frame was already due; that frame
 * still shows the handler's DOM change, but it cannot have started showing it before the change
 * was made, so `frame` is the later of the two (honest: the handler's own time always counts).
 */
export interface TapMark {
  down: number;
  handled: number;
  frame: number;
  /** The rAF timestamp itself (the frame's nominal start), for reference. */
  frameStamp: number;
  /** Whether the DOM changed between the pointerdown and the frame (the overlay answered). */
  changed: boolean;
  /** The app's click handlers' own time: a capturing listener on window → the bubbling one. */
  handler: number;
  /** Event Timing's pointerdown input delay (processingStart − startTime), when reported. */
  inputDelay?: number;
}

/** What the probe records, as `window.__bench`. */
export interface BenchRecord {
  marks: FrameMark[];
  taps: TapMark[];
  /** Event Timing: per interaction, pointer down → the paint after its last event's handlers. */
  paints: number[];
  /** JS ms (wrapped rAF, timeout, interval and message-port callbacks) per frame interval. */
  frameJs: number[];
  /** Frame intervals (ms) while recording. */
  frameGaps: number[];
  recording: boolean;
  /** WebGL draw calls so far. */
  draws: number;
  /** Watches for `selector` to appear; `onClick` starts the clock at the next click instead. */
  arm(selector: string, onClick?: boolean): void;
}

/** The init script. `selector`: what marks the first frame after navigation (or a reload). */
export function installProbe(selector: string): void {
  const rec: BenchRecord = {
    marks: [],
    taps: [],
    paints: [],
    frameJs: [],
    frameGaps: [],
    recording: false,
    draws: 0,
    arm: (s, onClick = false) => {
      pending = onClick ? undefined : { selector: s, start: performance.now() };
      clickArmed = onClick ? s : undefined;
    },
  };
  (window as unknown as { __bench: BenchRecord }).__bench = rec;

  // WebGL draw calls, to show that a "first frame" drew something.
  let draws = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced']) {
      const p = proto as unknown as Record<string, (...a: unknown[]) => unknown>;
      const original = p[name];
      if (!original) continue;
      p[name] = function (this: unknown, ...a: unknown[]) {
        draws++;
        rec.draws = draws;
        return original.apply(this, a);
      };
    }
  }

  // First frame after `selector` appears that draws: the end of a frame is a message posted
  // from its rAF, which runs once every rAF callback (Pixi's render among them) is done. A frame
  // that issued no WebGL draw call yet (Pixi can skip one) does not count: the next one is tried.
  const reloadAt = sessionStorage.getItem('bench.reloadAt');
  sessionStorage.removeItem('bench.reloadAt');
  let pending: { selector: string; start: number } | undefined = {
    selector,
    start: reloadAt ? Number(reloadAt) - performance.timeOrigin : 0,
  };
  let clickArmed: string | undefined;
  const frameEnd = (start: number, before: number) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (draws === before) return void frameEnd(start, before);
        rec.marks.push({ start, end: performance.now(), draws: draws - before });
      };
      channel.port2.postMessage(0);
    });
  const check = () => {
    const p = pending;
    if (!p || !document.querySelector(p.selector)) return;
    pending = undefined;
    frameEnd(p.start, draws);
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
  });

  // Touch: the pointer's own timestamp; a bubbling click listener on window runs after the
  // app's handlers (on the buttons), and the rAF it asks for is the first frame after them.
  // Any DOM change since the pointerdown is counted, to tell that the frame shows an answer.
  let down = NaN;
  let mutations = 0;
  let mutationsAtDown = 0;
  new MutationObserver((records) => (mutations += records.length)).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  addEventListener(
    'pointerdown',
    (e) => {
      down = e.timeStamp;
      mutationsAtDown = mutations;
    },
    { capture: true },
  );
  let clickStart = NaN;
  addEventListener(
    'click',
    () => {
      clickStart = performance.now();
      if (clickArmed) pending = { selector: clickArmed, start: performance.now() };
      clickArmed = undefined;
    },
    { capture: true },
  );
  addEventListener('click', () => {
    const handled = performance.now();
    const from = down;
    const before = mutationsAtDown;
    const handler = handled - clickStart;
    requestAnimationFrame((stamp) =>
      // Read in a microtask: the MutationObserver's records of the handler are delivered by then.
      queueMicrotask(() =>
        rec.taps.push({
          down: from,
          handled,
          frame: Math.max(stamp, handled),
          frameStamp: stamp,
          handler,
          changed: mutations > before,
        }),
      ),
    );
  });
  const interactions = new Map<number, { start: number; end: number }>();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      const interaction = (e as PerformanceEventTiming & { interactionId?: number }).interactionId;
      if (!interaction) continue;
      const i = interactions.get(interaction) ?? { start: Infinity, end: 0 };
      if (e.name === 'pointerdown') {
        i.start = e.startTime;
        const tap = rec.taps.find((t) => Math.abs(t.down - e.startTime) < 1);
        if (tap) tap.inputDelay = e.processingStart - e.startTime;
      }
      i.end = Math.max(i.end, e.startTime + e.duration);
      interactions.set(interaction, i);
    }
    rec.paints = [...interactions.values()]
      .filter((i) => Number.isFinite(i.start))
      .map((i) => i.end - i.start);
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);

  // JS time per frame: every rAF, timeout, interval and message-port callback is timed; a frame's
  // sample is the JS run from its start to the next frame's start (the ticker, the machine's
  // timers, Howler's, the scene built after a paint).
  let bucket = 0;
  let lastFrame = NaN;
  const timed =
    <A extends unknown[]>(fn: (...a: A) => unknown) =>
    (...a: A) => {
      const t = performance.now();
      try {
        return fn(...a);
      } finally {
        bucket += performance.now() - t;
      }
    };
  const raf = window.requestAnimationFrame.bind(window);
  const st = window.setTimeout.bind(window);
  const si = window.setInterval.bind(window);
  window.requestAnimationFrame = (cb) => raf(timed(cb));
  window.setTimeout = ((cb: TimerHandler, ms?: number, ...a: unknown[]) =>
    st(typeof cb === 'function' ? timed(cb as () => unknown) : cb, ms, ...a)) as typeof setTimeout;
  window.setInterval = ((cb: TimerHandler, ms?: number, ...a: unknown[]) =>
    si(typeof cb === 'function' ? timed(cb as () => unknown) : cb, ms, ...a)) as typeof setInterval;
  // Message handlers too: the stage builds a new scene or card in one, after the tap's paint
  // (src/scenes/afterPaint.ts); before this, that work was missing from the frame it held up.
  const port = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  if (port?.set && port.get) {
    const { get, set } = port;
    Object.defineProperty(MessagePort.prototype, 'onmessage', {
      configurable: true,
      enumerable: port.enumerable ?? true,
      get() {
        return get.call(this);
      },
      set(fn: unknown) {
        set.call(this, typeof fn === 'function' ? timed(fn as (e: MessageEvent) => unknown) : fn);
      },
    });
  }
  const loop = (now: number) => {
    if (rec.recording && !Number.isNaN(lastFrame)) {
      rec.frameJs.push(bucket);
      rec.frameGaps.push(now - lastFrame);
    }
    bucket = 0;
    lastFrame = now;
    raf(loop);
  };
  raf(loop);
}
