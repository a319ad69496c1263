// What follows the machine: the overlay and the stage draw each snapshot; the settings keep the
// mode; the volume follows the mode; touch and prompt sounds play what the machine asks for.
import type { Actor } from 'xstate';
import { PromptVoice, promptOf } from '../audio/PromptVoice.ts';
import { TouchSound } from '../audio/TouchSound.ts';
import { logProblem } from '../kiosk/log.ts';
import type { KioskSettings } from '../kiosk/settings.ts';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import type { SceneDirector } from '../scenes/SceneDirector.ts';
import type { Overlay } from '../ui/Overlay.ts';

/** What follows the machine's snapshots. */
export interface Followers {
  settings: KioskSettings;
  save: () => void;
  /** Sets the volume for the state the kiosk is in. */
  followVolume: () => void;
  overlay: Overlay;
  director: SceneDirector | undefined;
  touch: TouchSound;
}

/** Keeps the mode a staff member or docent chose; true when it changed. */
export function rememberMode(settings: KioskSettings, mode: KioskSettings['mode']): boolean {
  if (settings.mode === mode) return false;
  settings.mode = mode;
  return true;
}

/** Subscribes the views, settings and sounds to `actor`. */
export function followMachine(actor: Actor<KioskMachine>, f: Followers): void {
  actor.subscribe({
    next: (snapshot) => {
      f.touch.configure(snapshot.context.exhibit?.sounds);
      if (rememberMode(f.settings, snapshot.context.mode)) f.save();
      f.followVolume();
      // The montage a keypad user held resumes with the next attract loop.
      if (!snapshot.matches('attract')) document.documentElement.classList.remove('held');
      f.overlay.update(snapshot);
      f.director?.update(snapshot);
    },
    error: (e) => logProblem('the kiosk machine stopped', e),
  });
}

/** Plays the machine's spoken prompts, and a touch sound on every button pressed. */
export function wireSounds(actor: Actor<KioskMachine>, base: string) {
  const touch = new TouchSound(logProblem);
  const voice = new PromptVoice(logProblem);
  document.addEventListener(
    'pointerdown',
    (e) => (e.target as Element | null)?.closest('button') && touch.play(),
    { capture: true },
  );
  actor.on('prompt.say', (e) => voice.say(promptOf(e.key, actor.getSnapshot().context, base)));
  return { touch, say: (prompt: string | undefined) => voice.say(prompt) };
}

/** Holds the attract montage still and marks the page (its CSS stops the title's motion too). */
export function holdAttract(director: SceneDirector | undefined): void {
  director?.holdAttract(true);
  document.documentElement.classList.add('held');
}
