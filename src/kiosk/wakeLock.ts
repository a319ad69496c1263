// Keeps the screen awake with the Screen Wake Lock API, taking the lock again whenever the page
// becomes visible (the browser drops it when the page is hidden). A kiosk's OS power settings
// should also keep the display on; this covers browsers that would dim it.
import { logProblem } from './log.ts';

/** "held", "released", "refused" or "unsupported". */
export type WakeState = 'held' | 'released' | 'refused' | 'unsupported';

/** Requests the lock now and after every return to visibility; reports its state. */
export function keepAwake(doc: Document, nav: Navigator): () => WakeState {
  let state: WakeState = 'wakeLock' in nav ? 'released' : 'unsupported';
  const acquire = async () => {
    if (!('wakeLock' in nav) || doc.visibilityState !== 'visible') return;
    try {
      const sentinel = await nav.wakeLock.request('screen');
      state = 'held';
      sentinel.addEventListener('release', () => (state = 'released'));
    } catch (e) {
      state = 'refused';
      logProblem('the screen wake lock was refused; set the display never to sleep', e);
    }
  };
  doc.addEventListener('visibilitychange', () => void acquire());
  void acquire();
  return () => state;
}
