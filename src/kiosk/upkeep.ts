// Unattended upkeep, wired to the running machine: the visitor analytics (recorded locally), the
// screen wake lock, and the watchdog that reloads a frozen or stuck kiosk when nobody is there.
import type { Actor } from 'xstate';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import { VisitRecorder } from './analytics/events.ts';
import { AnalyticsStore } from './analytics/store.ts';
import { logProblem } from './log.ts';
import { keepAwake, type WakeState } from './wakeLock.ts';
import { DEFAULT_RULES, Watchdog } from './watchdog.ts';

const TICK_MS = 10_000;

/** What the rest of the kiosk uses from its upkeep. */
export interface Upkeep {
  analytics: AnalyticsStore;
  recorder: VisitRecorder;
  wakeLock: () => WakeState;
}

/** Starts upkeep for `actor`; call before `actor.start()` so the first visit is recorded. */
export function startUpkeep(
  actor: Actor<KioskMachine>,
  reload: (why: string) => void,
  dailyHour: number | null,
): Upkeep {
  const analytics = new AnalyticsStore();
  const recorder = new VisitRecorder((e) => analytics.record(e));
  recorder.watch(actor);
  addEventListener('pagehide', () => void analytics.flush());
  const wakeLock = keepAwake(document, navigator);

  let frames = 0;
  const beat = () => {
    frames++;
    requestAnimationFrame(beat);
  };
  requestAnimationFrame(beat);
  let lastChange = Date.now();
  let lastInput = Date.now();
  actor.subscribe(() => (lastChange = Date.now()));
  for (const type of ['pointerdown', 'keydown'])
    document.addEventListener(type, () => (lastInput = Date.now()), { capture: true });
  const watchdog = new Watchdog(Date.now(), { ...DEFAULT_RULES, dailyHour });
  setInterval(() => {
    const s = actor.getSnapshot();
    const where = s.matches('attract')
      ? 'attract'
      : s.matches('display')
        ? 'display'
        : s.matches('visit')
          ? 'visit'
          : 'other';
    const why = watchdog.tick({
      now: Date.now(),
      frames,
      visible: document.visibilityState === 'visible',
      lastChange,
      lastInput,
      where,
      docent: s.context.mode === 'docent',
    });
    frames = 0;
    if (why) {
      logProblem(`reloading: ${why}`);
      void analytics.flush().finally(() => reload(why));
    }
  }, TICK_MS);
  return { analytics, recorder, wakeLock };
}
