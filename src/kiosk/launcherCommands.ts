// What the launcher asks of this page load, from files on the kiosk's own disk (README): forget the
// staff PIN, or switch the mode. Applied to the settings, saved, then acknowledged so the launcher
// removes the files. This is the only way besides the staff panel: no URL can do either.
import { type LauncherCommands, launcherCommands, tellLauncher } from './launcher.ts';
import { logProblem } from './log.ts';
import { clearPinLock } from './pinLock.ts';
import { dropOverride, type KioskSettings, MODES, saveSettings } from './settings.ts';

/** Applies the launcher's commands to `settings`, saves them and tells the launcher which it applied. */
export function applyLauncherCommands(
  settings: KioskSettings,
  storage: Storage | undefined,
  w: Window = window,
): void {
  const commands = launcherCommands(w);
  const done: (keyof LauncherCommands)[] = [];
  if (commands.resetPin === true) {
    // This device's PIN is forgotten: kiosk.json's, if it has one, applies again.
    dropOverride(settings, 'pin');
    clearPinLock(storage);
    done.push('resetPin');
  }
  if (commands.mode !== undefined) {
    if (MODES.includes(commands.mode)) {
      settings.mode = commands.mode;
      done.push('mode');
    } else {
      logProblem(
        `launcher command mode: ${JSON.stringify(commands.mode)} is not a mode; ` +
          `write one of ${MODES.join(', ')} in the kiosk's mode file`,
      );
    }
  }
  if (done.length === 0) return;
  saveSettings(settings, storage);
  tellLauncher({ type: 'ack', commands: done }, w);
}
