// The PIN pad in front of the staff panel: a plain message when the PIN is wrong or the pad is
// resting after too many tries. It closes by itself after 30 s untouched. Staff-facing, in English.
import type { PinRecord, PinGate } from '../../kiosk/staffApi.ts';
import { closeWhenUntouched, pinPad } from './pinPad.ts';

/**
 * Shows the pad in `host`; resolves true when the right PIN is entered, false on Cancel or after
 * 30 s untouched. A legacy PIN accepted here is handed to `upgrade` as its new PBKDF2 record.
 */
export function askPin(
  host: HTMLElement,
  gate: PinGate,
  upgrade: (record: PinRecord) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    const close = (ok: boolean) => {
      stop();
      pad.root.remove();
      resolve(ok);
    };
    const pad = pinPad(
      'Staff PIN',
      async (typed) => {
        pad.say('Checking…');
        const result = await gate.attempt(typed);
        if (result.ok) {
          if (result.upgrade) upgrade(result.upgrade);
          return close(true);
        }
        pad.say(
          result.lockedForMs
            ? `Too many tries. Try again in ${Math.ceil(result.lockedForMs / 1000)} s.`
            : 'That PIN is not right.',
        );
      },
      () => close(false),
    );
    const stop = closeWhenUntouched(pad.root, () => close(false));
    host.append(pad.root);
    pad.root.querySelector<HTMLElement>('.pin-key')?.focus();
  });
}
