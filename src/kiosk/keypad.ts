// The keypad: a tactile keypad beside the screen (the Universal Keypad model) sends keys as a
// keyboard does. Arrows move the focus through the controls of whatever is on top (a dialog, or
// the screen and the docent's strip), Enter and Space act (the buttons do that themselves), Escape
// or Backspace go back, H, ? or F1 shows what the keys do, and D turns audio description on or off. +/− (the volume) and a docent's
// presenter keys are in presenterKeys.ts, which runs first.
import type { KioskEvent } from '../machine/types.ts';

/** What the keys act on. */
export interface KeypadTarget {
  /** Shows (or hides) the key help. */
  help(): void;
  /** A keypad key was pressed (arrows, Enter, Back, help). */
  keyed(): void;
  /** The keypad moved the focus to `el`: say its name. */
  focused(el: HTMLElement): void;
  /** Turns audio description on or off (D), and says which. */
  describe(): void;
}

const NEXT = ['ArrowDown', 'ArrowRight'];
const PREVIOUS = ['ArrowUp', 'ArrowLeft'];
const BACK = ['Escape', 'Backspace'];
const HELP = ['h', 'H', '?', 'F1'];
const DESCRIBE = ['d', 'D'];

/**
 * The controls a keypad can reach now, in reading order, and the stops a long list marks with
 * `data-keypad-stop` (the sources screen's chapters): the focus moving there scrolls them into view.
 */
export function reachable(doc: Document): HTMLElement[] {
  const modals = doc.querySelectorAll('[aria-modal="true"]');
  const top = modals[modals.length - 1] ?? doc.body;
  return [
    ...top.querySelectorAll<HTMLElement>('button, a[href], input, select, [data-keypad-stop]'),
  ].filter(
    (el) =>
      !el.closest('[inert]') &&
      !(el as HTMLButtonElement).disabled &&
      el.getClientRects().length > 0,
  );
}

/** Listens for keypad keys on `doc`; `send` takes the machine's events. */
export function watchKeypad(
  doc: Document,
  target: KeypadTarget,
  send: (e: KioskEvent) => void,
): void {
  doc.addEventListener('keydown', (e) => {
    // F1 comes prevented (index.html keeps it from the browser's help) but is the keypad's help.
    if ((e.defaultPrevented && e.key !== 'F1') || e.ctrlKey || e.altKey || e.metaKey) return;
    const field = (e.target as Element | null)?.closest('input, select, textarea');
    if ([...NEXT, ...PREVIOUS, ...BACK, ...HELP, 'Enter', ' '].includes(e.key)) target.keyed();
    if (HELP.includes(e.key) && !field) {
      e.preventDefault();
      return target.help();
    }
    if (DESCRIBE.includes(e.key) && !field) {
      e.preventDefault();
      return target.describe();
    }
    if (BACK.includes(e.key) && !field) {
      // A dialog's own Close comes first: the help, or "Accessibility".
      const close = doc.querySelector<HTMLElement>('[aria-modal="true"] [data-key$="close"]');
      e.preventDefault();
      if (close) return close.click();
      // Where back leads is the machine's to say; where there is no back, nothing happens.
      return send({ type: 'ui.back' });
    }
    // Tab moves the focus itself; its new place is spoken all the same.
    if (e.key === 'Tab')
      return void setTimeout(() => {
        const el = doc.activeElement;
        if (el instanceof HTMLElement && el !== doc.body) target.focused(el);
      });
    const step = NEXT.includes(e.key) ? 1 : PREVIOUS.includes(e.key) ? -1 : 0;
    if (!step || field) return;
    e.preventDefault();
    const controls = reachable(doc);
    if (!controls.length) return;
    const at = controls.indexOf(doc.activeElement as HTMLElement);
    const next = at < 0 ? (step > 0 ? 0 : controls.length - 1) : at + step;
    const el = controls[(next + controls.length) % controls.length]!;
    el.focus();
    target.focused(el);
  });
}
