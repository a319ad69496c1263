// Every touch, click or key press is activity: it restarts the idle clock and dismisses the
// "Still there?" warning. Captured before any control handles it.
import type { Send } from '../ui/dom.ts';

/** Forwards input on `target` to the machine as `user.activity`. */
export function watchActivity(target: EventTarget, send: Send): void {
  const activity = () => send({ type: 'user.activity' });
  target.addEventListener('pointerdown', activity, { capture: true });
  target.addEventListener('keydown', activity, { capture: true });
}
