// Commands from the kiosk's own disk, never from a URL: files in the config folder
// (~/.config/museum-kiosk, --config or KIOSK_CONFIG) that the launcher hands to the page as
// `window.__kioskLauncher.commands` (src/kiosk/launcher.ts) and deletes once the page has
// acknowledged them.
//
//   reset-pin   present: forget the staff PIN (staff choose a new one on the next start)
//   mode        one word: visitor, docent or display
import { readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const MODES = ['visitor', 'docent', 'display'];
/** Each command and the file it comes from. */
export const COMMAND_FILES = { resetPin: 'reset-pin', mode: 'mode' };

/** The config folder: XDG's ~/.config/museum-kiosk on Linux (and the same path elsewhere). */
export function defaultConfigDir(env) {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'museum-kiosk');
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * The commands the folder holds now, and a sentence for each file that could not be used
 * (naming the file and what to write there).
 * @returns {{commands: {resetPin?: boolean, mode?: string}, problems: string[]}}
 */
export function readCommands(dir) {
  /** @type {{resetPin?: boolean, mode?: string}} */
  const commands = {};
  const problems = [];
  const read = (name) => {
    const file = join(dir, name);
    try {
      return { file, text: readText(file) };
    } catch (e) {
      problems.push(
        `${file}: cannot be read (${e instanceof Error ? e.message : e}); check its permissions`,
      );
      return { file, text: undefined };
    }
  };
  if (read(COMMAND_FILES.resetPin).text !== undefined) commands.resetPin = true;
  const mode = read(COMMAND_FILES.mode);
  if (mode.text !== undefined) {
    const word = mode.text.trim().toLowerCase();
    if (MODES.includes(word)) commands.mode = word;
    else
      problems.push(
        `${mode.file}: "${mode.text.trim().slice(0, 40)}" is not a mode; write one word in it: ${MODES.join(', ')}`,
      );
  }
  return { commands, problems };
}

/**
 * Deletes the files of the commands the page acknowledged; returns what it did, for the log.
 * @param {string} dir
 * @param {unknown} acknowledged  the page's `commands` list (checked here: it comes from the page)
 */
export function removeCommands(dir, acknowledged) {
  const done = [];
  if (!Array.isArray(acknowledged)) return ['the acknowledgement had no list of commands'];
  for (const name of acknowledged) {
    const file = Object.hasOwn(COMMAND_FILES, name) ? COMMAND_FILES[name] : undefined;
    if (!file) {
      done.push(`ignored an acknowledgement of "${String(name).slice(0, 40)}" (no such command)`);
      continue;
    }
    try {
      rmSync(join(dir, file), { force: true });
      done.push(`${name} applied by the page: deleted ${join(dir, file)}`);
    } catch (e) {
      done.push(
        `${name} applied, but ${join(dir, file)} could not be deleted: ${e instanceof Error ? e.message : e}`,
      );
    }
  }
  return done;
}

/** The script that runs before the page's own, on every new document of the kiosk's page. */
export function launcherScript(commands) {
  const value = `Object.freeze({ version: 1, commands: Object.freeze(${JSON.stringify(commands)}) })`;
  return `Object.defineProperty(window, '__kioskLauncher', { value: ${value} });`;
}
