// The digit pad staff type PINs on: ten large native buttons, dots for what has been typed, and a
// line for plain messages. A touch kiosk has no keyboard, so every PIN screen is built from this.
import { h } from '../dom.ts';

/** How long a staff screen waits untouched before it closes and gives the exhibit back. */
export const UNTOUCHED_MS = 30_000;

/** A pad: its element, and ways to clear it and to say something on it. */
export interface PinPad {
  root: HTMLElement;
  /** Sets the heading (e.g. "Enter it again"). */
  title(text: string): void;
  /** Shows a message under the keys (read out by screen readers). */
  say(text: string): void;
}

/**
 * Builds a pad in a full-screen layer labelled `label`. `submit` gets the digits typed when OK is
 * pressed (the dots are cleared); presses while it is still working are ignored. `cancel`, if
 * given, adds a Cancel button.
 */
export function pinPad(
  label: string,
  submit: (typed: string) => Promise<void>,
  cancel?: () => void,
): PinPad {
  let typed = '';
  let busy = false;
  const heading = h('h2', {}, label);
  const dots = h('p', { class: 'pin-dots', 'aria-live': 'polite' });
  const note = h('p', { class: 'pin-note', role: 'status' });
  const show = () => (dots.textContent = '•'.repeat(typed.length) || ' ');
  // While a PIN is being checked (PBKDF2 takes a moment) the keys rest, so nothing typed is lost.
  const rest = (on: boolean) => {
    for (const b of root.querySelectorAll('button')) b.disabled = on;
  };
  const ok = async () => {
    if (busy) return;
    busy = true;
    const pin = typed;
    const focused = root.ownerDocument.activeElement;
    typed = '';
    show();
    rest(true);
    try {
      await submit(pin);
    } finally {
      busy = false;
      rest(false);
      if (focused instanceof HTMLElement && root.contains(focused)) focused.focus();
    }
  };
  const key = (text: string, act: () => void, name = text) =>
    h('button', { type: 'button', class: 'pin-key', 'aria-label': name, onclick: act }, text);
  const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0].map((d) =>
    key(String(d), () => {
      if (typed.length < 12) typed += d;
      show();
    }),
  );
  const root = h(
    'div',
    { class: 'staff-layer', role: 'dialog', 'aria-modal': 'true', 'aria-label': label },
    h(
      'div',
      { class: 'pin-pad' },
      heading,
      dots,
      h(
        'div',
        { class: 'pin-keys' },
        ...digits.slice(0, 9),
        key('⌫', () => ((typed = typed.slice(0, -1)), show()), 'Delete'),
        digits[9]!,
        key('OK', () => void ok(), 'Enter PIN'),
      ),
      note,
      cancel
        ? h('button', { type: 'button', class: 'pin-cancel', onclick: cancel }, 'Cancel')
        : null,
    ),
  );
  show();
  return {
    root,
    title: (text) => (heading.textContent = text),
    say: (text) => (note.textContent = text),
  };
}

/** Calls `close` once `root` has gone `ms` untouched (no touch, click or key); returns a stop. */
export function closeWhenUntouched(root: HTMLElement, close: () => void, ms = UNTOUCHED_MS) {
  let timer: ReturnType<typeof setTimeout>;
  const touched = () => {
    clearTimeout(timer);
    timer = setTimeout(close, ms);
  };
  for (const type of ['pointerdown', 'keydown', 'input']) root.addEventListener(type, touched);
  touched();
  return () => clearTimeout(timer);
}
