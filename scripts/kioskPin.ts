// `npm run kiosk:pin`: makes the staff PIN's record for kiosk.json's `pin` (PBKDF2, as the staff
// panel stores one), so a fleet's PIN is set by the config tool and never written down in clear.
//
//   npm run -s kiosk:pin                 asks for the PIN twice (not echoed)
//   printf '482913' | npm run -s kiosk:pin   reads it from stdin (Ansible: from a vault variable)
//
// A weak PIN (too short, one digit repeated, a run like 123456) is refused with the reason, as on
// the kiosk's own screen (pinProblem in src/kiosk/pin.ts). Prints the JSON record on stdout.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { makePinRecord, pinProblem } from '../src/kiosk/pin.ts';

/** Reads all of stdin. */
async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

/** Asks on the terminal without echoing what is typed. */
function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

async function main(): Promise<number> {
  let pin: string;
  if (process.stdin.isTTY) {
    pin = (await ask('Staff PIN (6 to 12 digits): ')).trim();
    const again = (await ask('The same PIN again: ')).trim();
    if (again !== pin) {
      console.error('kiosk:pin: the two PINs differ; nothing was made.');
      return 1;
    }
  } else {
    pin = (await readStdin()).trim();
  }
  const problem = pinProblem(pin);
  if (problem) {
    console.error(`kiosk:pin: refused. ${problem}`);
    return 1;
  }
  console.log(JSON.stringify(await makePinRecord(pin)));
  return 0;
}

process.exitCode = await main();
