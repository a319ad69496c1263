// The browser's command line, and its profile's state between launches.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The browser's command line: kiosk mode, nothing a visitor could open, dismiss or be asked. */
export function browserArgs(profile, extra) {
  return [
    // Full screen with no address bar, tabs, menus or window frame, and no way out by touch.
    '--kiosk',
    // Full screen from the first frame, also should --kiosk alone ever open a window first.
    '--start-fullscreen',
    // No error dialogs in front of visitors (e.g. when the profile cannot be read).
    '--noerrdialogs',
    // No bars across the top of the page (older Chrome; harmless where the flag is gone).
    '--disable-infobars',
    // Narration and music may start before anyone touches the screen (attract loop, display mode).
    '--autoplay-policy=no-user-gesture-required',
    // Two fingers never zoom the page (the exhibit blocks pinch too, this stops it in the browser).
    '--disable-pinch',
    // A horizontal swipe never goes back or forward in history (older Chrome's switch).
    '--overscroll-history-navigation=0',
    // The same in current Chrome, plus no "Translate this page?" offer over an exhibit that is
    // already in its visitor's language.
    '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation',
    // No translate bar in older Chrome.
    '--disable-translate',
    // No welcome page, sign-in offer or import dialog on a fresh profile.
    '--no-first-run',
    // No "make Chrome your default browser" bar.
    '--no-default-browser-check',
    // After a crash or a power cut, no "Restore pages?" bubble.
    '--disable-session-crashed-bubble',
    // Never bring back the last session's cookies and session storage: each start is a fresh visit.
    '--disable-restore-session-state',
    // Linux: no keyring password prompt at boot (the kiosk stores no passwords).
    '--password-store=basic',
    // Ask about updates once a year, so no "Update Chrome" nag appears on the exhibit.
    '--check-for-update-interval=31536000',
    // A profile of its own: the kiosk's settings and analytics live here, apart from anyone's
    // everyday browser (which would otherwise swallow the flags above).
    `--user-data-dir=${profile}`,
    // The launcher drives the browser over fds 3 and 4 (scripts/kiosk/cdp.mjs): the watchdog.
    '--remote-debugging-pipe',
    ...extra,
    // The launcher opens the kiosk's URL itself once its script is in place (watch.mjs).
    'about:blank',
  ];
}

/** The command as one line a person could paste into a shell. */
export function shellLine(words) {
  return words
    .map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", `'\\''`)}'`))
    .join(' ');
}

/** A clean start after a crash: marks the profile as closed normally, so nothing offers a restore. */
export function markCleanExit(profile) {
  const file = join(profile, 'Default', 'Preferences');
  try {
    const prefs = JSON.parse(readFileSync(file, 'utf8'));
    if (prefs.profile?.exit_type === 'Normal' && prefs.profile?.exited_cleanly !== false) return;
    prefs.profile = { ...prefs.profile, exit_type: 'Normal', exited_cleanly: true };
    writeFileSync(file, JSON.stringify(prefs));
  } catch {
    // No profile yet, or one the browser is rewriting: nothing to mend.
  }
}
