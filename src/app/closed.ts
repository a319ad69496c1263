// What closed means in the browser: the screen dark (html.closed hides the stage; the overlay's
// closed screen is black), no rendering (Pixi's ticker stopped), no sound (Howler muted), and the
// screen wake lock let go. Everything comes back when the kiosk leaves the closed state.
import { Howler } from 'howler';
import { startAudio } from '../audio/audioStart.ts';
import type { Actor } from 'xstate';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import type { Stage } from '../scenes/Stage.ts';

/** Follows the machine into and out of its closed state. */
export function quietWhileClosed(
  actor: Actor<KioskMachine>,
  stage: Stage | undefined,
  holdAwake: (on: boolean) => void,
): void {
  let closed = false;
  actor.subscribe((s) => {
    if (s.matches('closed') === closed) return;
    closed = !closed;
    document.documentElement.classList.toggle('closed', closed);
    startAudio(); // at the kept volume, not Howler's default (audioStart.ts)
    Howler.mute(closed);
    // A stage frozen by a test stays frozen; otherwise the frames stop and start with the hours.
    if (stage && !stage.still) {
      if (closed) stage.app.ticker.stop();
      else stage.app.ticker.start();
    }
    holdAwake(!closed);
  });
}
