// The PIN pad: ten large digits, dots for what has been typed, and a plain message when the PIN
// is wrong or the pad is resting after too many tries. Staff-facing, in English.
import type { PinGate } from '../../kiosk/pin.ts';
import { h } from '../dom.ts';

/** Shows the pad in `host`; resolves true when the right PIN is entered, false on Cancel. */
export function askPin(host: HTMLElement, gate: PinGate): Promise<boolean> {
  return new Promise((resolve) => {
    let typed = '';
    const dots = h('p', { class: 'pin-dots', 'aria-live': 'polite' });
    const note = h('p', { class: 'pin-note', role: 'status' });
    const show = () => (dots.textContent = '•'.repeat(typed.length) || ' ');
    const close = (ok: boolean) => {
      root.remove();
      resolve(ok);
    };
    const submit = async () => {
      const result = await gate.attempt(typed);
      typed = '';
      show();
      if (result.ok) return close(true);
      note.textContent = result.lockedForMs
        ? `Too many tries. Try again in ${Math.ceil(result.lockedForMs / 1000)} s.`
        : 'That PIN is not right.';
    };
    const key = (label: string, act: () => void, name = label) =>
      h('button', { type: 'button', class: 'pin-key', 'aria-label': name, onclick: act }, label);
    const digits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0].map((d) =>
      key(String(d), () => {
        if (typed.length < 12) typed += d;
        show();
      }),
    );
    const root = h(
      'div',
      { class: 'staff-layer', role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Staff PIN' },
      h(
        'div',
        { class: 'pin-pad' },
        h('h2', {}, 'Staff PIN'),
        dots,
        h(
          'div',
          { class: 'pin-keys' },
          ...digits.slice(0, 9),
          key('⌫', () => ((typed = typed.slice(0, -1)), show()), 'Delete'),
          digits[9]!,
          key('OK', () => void submit(), 'Enter PIN'),
        ),
        note,
        h('button', { type: 'button', class: 'pin-cancel', onclick: () => close(false) }, 'Cancel'),
      ),
    );
    show();
    host.append(root);
    root.querySelector<HTMLElement>('.pin-key')?.focus();
  });
}
