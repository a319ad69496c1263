// Closed: the gallery's hours have ended. Nothing is told or played here (no chapter, no music);
// the kiosk layer darkens the screen, stops the stage's frames, mutes the sound and lets the
// screen sleep (src/kiosk/closing.ts). A touch on the dark screen shows the closed card for a few
// seconds. The kiosk wakes with a fresh reload before opening; `kiosk.open` leaves without one.
import { assign } from 'xstate';
import { kioskSetup } from './setup.ts';

/** The closed state: `closed.dark`, `closed.peek` (the card after a touch) or `closed.card`. */
export const closedState = kioskSetup.createStateConfig({
  entry: 'resetVisitor',
  on: { 'kiosk.open': { target: 'attract', actions: assign({ closing: false }) } },
  initial: 'dark',
  states: {
    dark: {
      always: { guard: 'cardWhenClosed', target: 'card' },
      on: { 'user.activity': 'peek' },
    },
    peek: {
      after: { closedCard: 'dark' },
      on: { 'user.activity': { target: 'peek', reenter: true } },
    },
    card: {},
  },
});
