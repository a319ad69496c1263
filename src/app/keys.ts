// The keypad and a docent's presenter keys: what each does to the kiosk beyond sending the
// machine an event (help shown and read out, the attract montage held still, focus spoken).
import type { Actor } from 'xstate';
import { promptFor, promptOf } from '../audio/PromptVoice.ts';
import { type KeypadTarget, watchKeypad } from '../kiosk/keypad.ts';
import { watchPresenterKeys } from '../kiosk/presenterKeys.ts';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import type { Volume } from '../ui/Overlay.ts';

/** What the keys act on besides the machine. */
export interface KeyDeps {
  /** Shows or hides the key help; true when it is now shown. */
  toggleHelp(): boolean;
  /** Says a spoken prompt (or stops the one playing, given undefined). */
  say(prompt: string | undefined): void;
  /** Holds the attract montage still (a keypad user is looking at it). */
  holdAttract(): void;
  volume: Volume;
  /** Where the prompts are served from. */
  base: string;
}

/** What the keypad's keys do. */
export function keypadTarget(actor: Actor<KioskMachine>, deps: KeyDeps): KeypadTarget {
  const context = () => actor.getSnapshot().context;
  return {
    // The help is shown and read out; closing it silences the reading.
    help: () =>
      deps.say(deps.toggleHelp() ? promptOf('keysSpoken', context(), deps.base) : undefined),
    // A keypad user in the attract loop: the montage holds still until the loop starts again.
    keyed: () => {
      if (actor.getSnapshot().matches('attract')) deps.holdAttract();
    },
    // The machine decides whether D means anything now, and emits the prompt to say.
    describe: () => actor.send({ type: 'ui.descriptionToggled' }),
    focused: (el) => deps.say(promptFor(el, context(), deps.base)),
  };
}

/** Whether a chapter is playing or paused now, for the presenter's pause key. */
export function chapterPlay(actor: Actor<KioskMachine>): 'playing' | 'paused' | undefined {
  const s = actor.getSnapshot();
  if (s.matches({ visit: { flow: { chapter: 'playing' } } })) return 'playing';
  return s.matches({ visit: { flow: { chapter: 'paused' } } }) ? 'paused' : undefined;
}

/** Listens for presenter keys and the keypad on `doc`. */
export function wireKeys(doc: Document, actor: Actor<KioskMachine>, deps: KeyDeps): void {
  const send = actor.send.bind(actor);
  watchPresenterKeys(doc, {
    mode: () => actor.getSnapshot().context.mode,
    chapter: () => chapterPlay(actor),
    send,
    volume: (step) => deps.volume.change(step),
  });
  watchKeypad(doc, keypadTarget(actor, deps), send);
}
