// Keeps the screen awake with the Screen Wake Lock API, taking the lock again whenever the page
// becomes visible (the browser drops it when the page is hidden). A kiosk's OS power settings
// should also keep the display on; this covers browsers that would dim it. Outside the opening
// hours the lock is let go (`hold(false)`), so the display may sleep as the OS is set to.
import { logProblem } from './log.ts';

/** "held", "released", "refused" or "unsupported". */
export type WakeState = 'held' | 'released' | 'refused' | 'unsupported';

/** The screen's wake lock: its state, and whether the kiosk wants it. */
export interface WakeLock {
  state(): WakeState;
  /** Takes the lock (and keeps taking it on every return to visibility), or lets it go. */
  hold(on: boolean): void;
}

/** Requests the lock now and after every return to visibility; reports its state. */
export function keepAwake(doc: Document, nav: Navigator): WakeLock {
  let state: WakeState = 'wakeLock' in nav ? 'released' : 'unsupported';
  let wanted = true;
  let sentinel: WakeLockSentinel | undefined;
  const acquire = async () => {
    if (!wanted || sentinel || !('wakeLock' in nav) || doc.visibilityState !== 'visible') return;
    try {
      const s = await nav.wakeLock.request('screen');
      if (!wanted) return void s.release();
      sentinel = s;
      state = 'held';
      s.addEventListener('release', () => {
        if (sentinel === s) sentinel = undefined;
        state = 'released';
      });
    } catch (e) {
      state = 'refused';
      logProblem('the screen wake lock was refused; set the display never to sleep', e);
    }
  };
  doc.addEventListener('visibilitychange', () => void acquire());
  void acquire();
  return {
    state: () => state,
    hold(on) {
      wanted = on;
      if (on) void acquire();
      else if (sentinel) {
        const s = sentinel;
        sentinel = undefined;
        void s.release().catch(() => {});
        state = 'released';
      }
    },
  };
}
