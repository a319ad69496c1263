// The visit's idle clock: it waits while the story is told, warns, then returns to the attract loop.
// A guided tour never times out.
import { assign, not, or, stateIn } from 'xstate';
import { kioskSetup } from './setup.ts';

// The story is being told (narration, a description of what is shown, or a memorial's stillness
// after the narration): the idle clock waits.
const isNarrationPlaying = or([
  stateIn('#kiosk.visit.flow.chapter.playing'),
  stateIn('#kiosk.visit.flow.chapter.describing'),
  stateIn('#kiosk.visit.flow.chapter.ended.holding'),
]);

/** The visit's idle region (`visit.idle`). */
export const idleRegion = kioskSetup.createStateConfig({
  initial: 'counting',
  states: {
    counting: {
      always: [
        { guard: 'isDocent', target: 'docent' },
        { guard: isNarrationPlaying, target: 'suspended' },
      ],
      invoke: {
        src: 'idleTimer',
        input: ({ context }) => ({
          ms: (context.exhibit?.idle.timeoutSeconds ?? 60) * 1000,
        }),
      },
      on: {
        'user.activity': { target: 'counting', reenter: true },
        'idle.timedOut': 'warning',
      },
    },
    suspended: {
      always: [
        { guard: 'isDocent', target: 'docent' },
        { guard: not(isNarrationPlaying), target: 'counting' },
      ],
    },
    // A guided tour: the docent decides when it ends, never the idle clock.
    docent: {
      always: { guard: not('isDocent'), target: 'counting' },
    },
    warning: {
      entry: assign({
        warningRemaining: ({ context }) => context.exhibit?.idle.warningSeconds ?? 20,
      }),
      invoke: {
        src: 'countdown',
        input: ({ context }) => ({ seconds: context.exhibit?.idle.warningSeconds ?? 20 }),
      },
      on: {
        'idle.tick': {
          actions: assign({ warningRemaining: ({ event }) => event.remaining }),
        },
        'user.activity': 'counting',
        'idle.expired': '#kiosk.attract',
      },
    },
  },
});
