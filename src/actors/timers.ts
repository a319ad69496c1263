// Idle timing actors. Plain JS timers, so fake timers in tests and Playwright's clock drive them.
import { fromCallback } from 'xstate';
import type { CountdownInput, IdleTimerInput } from '../machine/types.ts';

/** Reports `idle.timedOut` once `ms` pass; restarting the state restarts it. */
export const idleTimerActor = fromCallback<{ type: string }, IdleTimerInput>(
  ({ input, sendBack }) => {
    const id = setTimeout(() => sendBack({ type: 'idle.timedOut' }), input.ms);
    return () => clearTimeout(id);
  },
);

/** Counts `seconds` down, reporting `idle.tick` each second and `idle.expired` at zero. */
export const countdownActor = fromCallback<{ type: string }, CountdownInput>(
  ({ input, sendBack }) => {
    let remaining = input.seconds;
    const id = setInterval(() => {
      remaining -= 1;
      sendBack(remaining > 0 ? { type: 'idle.tick', remaining } : { type: 'idle.expired' });
      if (remaining <= 0) clearInterval(id);
    }, 1000);
    return () => clearInterval(id);
  },
);
