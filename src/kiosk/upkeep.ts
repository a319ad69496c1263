// Unattended upkeep, wired to the running machine: the visitor analytics (recorded locally), the
// screen wake lock, and the watchdog that reloads a frozen or stuck kiosk when nobody is there.
import type { Actor } from 'xstate';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import { type AnalyticsEvent, VisitRecorder } from './analytics/events.ts';
import { AnalyticsStore } from './analytics/store.ts';
import { watchContext } from './contextWatch.ts';
import { saveThenReload } from './deadline.ts';
import { logProblem } from './log.ts';
import { keepAwake, type WakeState } from './wakeLock.ts';
import { DEFAULT_RULES, Watchdog } from './watchdog.ts';

const TICK_MS = 10_000;

/** What the watchdog reads of the stage (src/scenes/Stage.ts). */
export interface WatchedStage {
  /** Frames Pixi has drawn so far. */
  readonly framesDrawn: number;
  /** Stopped on purpose (tests' still frames). */
  readonly still: boolean;
  readonly app: { readonly canvas: HTMLCanvasElement };
}

/** What the rest of the kiosk uses from its upkeep. */
export interface Upkeep {
  analytics: AnalyticsStore;
  recorder: VisitRecorder;
  wakeLock: () => WakeState;
  /** Takes the screen wake lock, or lets it go (outside the opening hours). */
  holdAwake: (on: boolean) => void;
  /** Saves the analytics (2 s at most), then reloads the page; for every planned reload. */
  reload: (why: string) => void;
}

/**
 * Starts upkeep for `actor`; call before `actor.start()` so the first visit is recorded. `stamp`
 * sees each analytics event before it is stored (the kiosk layer adds kiosk id and versions, and
 * hands it to the beacon).
 */
export function startUpkeep(
  actor: Actor<KioskMachine>,
  reloadPage: () => void,
  dailyHour: number | null,
  stage?: WatchedStage,
  stamp: (e: AnalyticsEvent) => AnalyticsEvent = (e) => e,
): Upkeep {
  const analytics = new AnalyticsStore();
  const recorder = new VisitRecorder((e) => analytics.record(stamp(e)));
  recorder.watch(actor);
  addEventListener('pagehide', () => void analytics.flush());
  const lock = keepAwake(document, navigator);
  let reloading = false;
  const reload = (why: string) => {
    if (reloading) return;
    reloading = true;
    void saveThenReload(() => analytics.flush(), reloadPage, why);
  };

  const frames = framesSinceLastCall(stage);
  let lastChange = Date.now();
  let lastInput = Date.now();
  actor.subscribe(() => (lastChange = Date.now()));
  for (const type of ['pointerdown', 'keydown'])
    document.addEventListener(type, () => (lastInput = Date.now()), { capture: true });
  const watchdog = new Watchdog(Date.now(), { ...DEFAULT_RULES, dailyHour });
  const reading = () => {
    const s = actor.getSnapshot();
    const where = s.matches('attract')
      ? 'attract'
      : s.matches('display')
        ? 'display'
        : s.matches('visit')
          ? 'visit'
          : s.matches('closed')
            ? 'closed'
            : 'other';
    const docent = s.context.mode === 'docent';
    return {
      now: Date.now(),
      lastChange,
      lastInput,
      where,
      docent,
      contextLostMs: lost(),
    } as const;
  };
  const act = (why: string | null) => {
    if (!why || reloading) return;
    logProblem(`reloading: ${why}`);
    reload(why);
  };
  // A lost context is judged at once when its 10 s are up, not at the next tick.
  const lost = stage
    ? watchContext(stage.app.canvas, logProblem, () => act(watchdog.verdict(reading())))
    : () => 0;
  setInterval(() => {
    const visible = document.visibilityState === 'visible';
    act(watchdog.tick({ ...reading(), frames: frames(), visible }));
  }, TICK_MS);
  return {
    analytics,
    recorder,
    wakeLock: () => lock.state(),
    holdAwake: (on) => lock.hold(on),
    reload,
  };
}

/**
 * Counts the frames Pixi drew: a stopped ticker is a frozen kiosk even while the browser still
 * runs animation frames. Without a stage, or with one stopped on purpose, the page's own
 * animation frames are counted instead.
 */
function framesSinceLastCall(stage: WatchedStage | undefined): () => number {
  let own = 0;
  const beat = () => {
    own++;
    requestAnimationFrame(beat);
  };
  requestAnimationFrame(beat);
  let last = { own, drawn: stage?.framesDrawn ?? 0 };
  return () => {
    const now = { own, drawn: stage?.framesDrawn ?? 0 };
    const n = stage && !stage.still ? now.drawn - last.drawn : now.own - last.own;
    last = now;
    return n;
  };
}
