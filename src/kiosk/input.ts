// Every touch, click or key press is activity: it restarts the idle clock and dismisses the
// "Still there?" warning. Captured before any control handles it.
import type { KioskEvent } from '../machine/types.ts';

/** Forwards input on `target` to the machine as `user.activity`. */
export function watchActivity(target: EventTarget, send: (event: KioskEvent) => void): void {
  const activity = () => send({ type: 'user.activity' });
  target.addEventListener('pointerdown', activity, { capture: true });
  target.addEventListener('keydown', activity, { capture: true });
}
