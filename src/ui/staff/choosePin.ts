// Choosing a staff PIN: at least 6 digits, not a trivial one, typed twice. Used on the first start
// under the launcher (no Cancel: the exhibit waits for it) and from the staff panel.
import { makePinRecord, MIN_DIGITS, type PinRecord, pinProblem } from '../../kiosk/staffApi.ts';
import { pinPad } from './pinPad.ts';

const FIRST = `Choose the staff PIN`;
const AGAIN = 'Enter the same PIN again';
const RULES = `At least ${MIN_DIGITS} digits, not a run or a repeat. Staff need it to open the panel.`;

/**
 * Shows the pad in `host` until a PIN has been chosen and confirmed; resolves its PBKDF2 record,
 * or null on Cancel (only when `cancellable`).
 */
export function choosePin(
  host: HTMLElement,
  label = FIRST,
  cancellable = false,
): Promise<PinRecord | null> {
  return new Promise((resolve) => {
    let first: string | undefined;
    const done = (record: PinRecord | null) => {
      pad.root.remove();
      resolve(record);
    };
    const pad = pinPad(
      label,
      async (typed) => {
        if (first === undefined) {
          const problem = pinProblem(typed);
          if (problem) return pad.say(problem);
          first = typed;
          pad.title(AGAIN);
          return pad.say('');
        }
        if (typed !== first) {
          first = undefined;
          pad.title(label);
          return pad.say('The two PINs were not the same. Choose again.');
        }
        pad.say('Saving…');
        done(await makePinRecord(typed));
      },
      cancellable ? () => done(null) : undefined,
    );
    pad.root.classList.add('pin-choose');
    pad.say(RULES);
    host.append(pad.root);
    pad.root.querySelector<HTMLElement>('.pin-key')?.focus();
  });
}
