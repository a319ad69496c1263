// `npm run kiosk`: the exhibit full screen in Chromium or Chrome, as a museum kiosk runs it, with
// the browser relaunched when it crashes. README "Running as a kiosk" says how to start it on boot.
//
//   node scripts/kiosk.mjs [--serve] [--dry-run] [--url <url> | <url>] [--profile <dir>] [-- <browser flags>]
//
// --serve      start `node scripts/serve.mjs` first when nothing answers on the URL (building dist/
//              when there is no build), and wait up to 120 s for it to answer
// --dry-run    print the browser's command line and exit
// --url        the page to show (default http://127.0.0.1:$PORT/, PORT default 4173)
// --profile    the browser's own profile directory (it keeps the kiosk's settings and analytics)
// after --      extra flags for the browser, e.g. -- --disable-gpu
//
// The same from the environment: KIOSK_URL, PORT, KIOSK_SERVE=1, KIOSK_DRY_RUN=1, KIOSK_PROFILE;
// CHROME_PATH or CHROMIUM_PATH names the browser.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath } from './chromium.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const RELAUNCH_MS = 5_000;
const SERVE_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 5_000;
/** Exits that someone asked for (closing the window, systemd or Ctrl+C): not relaunched. */
const DELIBERATE_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'];
/** On Windows a detached child would open its own console window. */
const OWN_GROUP = process.platform !== 'win32';

const USAGE = `Usage: node scripts/kiosk.mjs [--serve] [--dry-run] [--url <url>] [--profile <dir>] [-- <browser flags>]
  --serve     start the exhibit server (scripts/serve.mjs) when nothing answers on the URL
  --dry-run   print the browser command line and exit
  --url       page to show (default http://127.0.0.1:$PORT/, PORT default 4173; also KIOSK_URL)
  --profile   browser profile directory (also KIOSK_PROFILE)
Environment: CHROME_PATH or CHROMIUM_PATH (the browser), KIOSK_SERVE=1, KIOSK_DRY_RUN=1.`;

/** A line for the log, with the time: these end up in journalctl or a log file. */
function log(message) {
  console.log(`${new Date().toISOString()} kiosk: ${message}`);
}

function fail(message) {
  console.error(`kiosk: ${message}`);
  process.exit(1);
}

/** Where the browser keeps this kiosk's profile: localStorage (settings) and IndexedDB (analytics). */
function defaultProfile(env) {
  const home = homedir();
  if (process.platform === 'win32')
    return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'museum-kiosk', 'chromium');
  if (process.platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'museum-kiosk', 'chromium');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'museum-kiosk', 'chromium');
}

function readOptions(argv, env) {
  const cut = argv.indexOf('--');
  let parsed;
  try {
    parsed = parseArgs({
      args: cut < 0 ? argv : argv.slice(0, cut),
      allowPositionals: true,
      options: {
        serve: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        url: { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    console.error(`kiosk: ${e instanceof Error ? e.message : e}\n${USAGE}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const on = (v) => ['1', 'true', 'yes'].includes(String(v ?? '').toLowerCase());
  const url =
    values.url ?? positionals[0] ?? env.KIOSK_URL ?? `http://127.0.0.1:${env.PORT || 4173}/`;
  if (!URL.canParse(url)) fail(`"${url}" is not a URL (e.g. http://127.0.0.1:4173/).`);
  return {
    url,
    serve: Boolean(values.serve) || on(env.KIOSK_SERVE),
    dryRun: Boolean(values['dry-run']) || on(env.KIOSK_DRY_RUN),
    profile: values.profile ?? env.KIOSK_PROFILE ?? defaultProfile(env),
    extra: cut < 0 ? [] : argv.slice(cut + 1),
  };
}

/** Chromium or Chrome: CHROMIUM_PATH, CHROME_PATH or Linux's usual places (chromium.mjs), else
 * the usual install places on macOS and Windows. */
function findBrowser(env) {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH'])
    if (env[name] && !existsSync(env[name]))
      console.error(`kiosk: ${name}=${env[name]} does not exist; looking elsewhere.`);
  const found = chromiumPath();
  if (found) return found;
  const home = homedir();
  const candidates = {
    darwin: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      join(home, 'Applications/Chromium.app/Contents/MacOS/Chromium'),
    ],
    win32: [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA]
      .filter(Boolean)
      .flatMap((base) => [
        join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(base, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    linux: ['/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  };
  return (candidates[process.platform] ?? candidates.linux).find((p) => existsSync(p));
}

/** What to install, said for this system. */
function needBrowser() {
  const set = 'or set CHROME_PATH to the browser executable';
  if (process.platform === 'darwin')
    return `No Chrome or Chromium found: install Google Chrome (https://www.google.com/chrome/) into /Applications, ${set}.`;
  if (process.platform === 'win32')
    return `No Chrome or Chromium found: install Google Chrome (https://www.google.com/chrome/), ${set} (e.g. C:\\...\\chrome.exe).`;
  return `No Chromium or Chrome found: install Chromium (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium) or Google Chrome, ${set}.`;
}

/** The browser's command line: kiosk mode, nothing a visitor could open, dismiss or be asked. */
function browserArgs(url, profile, extra) {
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
    ...extra,
    url,
  ];
}

/** The command as one line a person could paste into a shell. */
function shellLine(words) {
  return words
    .map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", `'\\''`)}'`))
    .join(' ');
}

/** True when something answers HTTP on `url` (any status). */
async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A clean start after a crash: marks the profile as closed normally, so nothing offers a restore. */
function markCleanExit(profile) {
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

// ---------------------------------------------------------------------------------------------

const options = readOptions(process.argv.slice(2), process.env);
const browser = findBrowser(process.env);
const args = browserArgs(options.url, options.profile, options.extra);

if (options.dryRun) {
  if (!browser) console.error(`kiosk: ${needBrowser()} (dry run: showing "chromium")`);
  if (options.serve)
    console.error(
      `kiosk: (dry run) would first start "node scripts/serve.mjs" if nothing answers on ${options.url}`,
    );
  console.log(shellLine([browser ?? 'chromium', ...args]));
  process.exit(0);
}
if (!browser) fail(needBrowser());

let stopping = false;
/** @type {import('node:child_process').ChildProcess | undefined} */
let browserChild;
/** @type {import('node:child_process').ChildProcess | undefined} */
let serverChild;
/** @type {NodeJS.Timeout | undefined} */
let relaunchTimer;
/** @type {NodeJS.Timeout | undefined} */
let restartServerTimer;
/** Whether the server we started has answered yet: before that, its exit is fatal, after, restarted. */
let serverAnswered = false;

const deliberate = (code, signal) => code === 0 || DELIBERATE_SIGNALS.includes(signal ?? '');
const how = (code, signal) => (signal ? `signal ${signal}` : `code ${code}`);

function startServer() {
  const port = new URL(options.url).port || process.env.PORT || '4173';
  serverChild = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: port },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: OWN_GROUP,
  });
  serverChild.on('exit', (code, signal) => {
    serverChild = undefined;
    if (stopping) return;
    if (!serverAnswered)
      fail(`the exhibit server exited (${how(code, signal)}) before it answered.`);
    if (deliberate(code, signal)) {
      log(`the exhibit server stopped (${how(code, signal)}); stopping the kiosk`);
      void stop(0);
      return;
    }
    log(`the exhibit server exited (${how(code, signal)}); restarting it in 5 s`);
    restartServerTimer = setTimeout(startServer, RELAUNCH_MS);
  });
}

/** --serve: makes sure something answers on the URL, starting (and if need be building) the exhibit. */
async function ensureServer() {
  if (await answers(options.url)) {
    log(`using the server already answering at ${options.url}`);
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    log('no build in dist/: building the exhibit first (npm run build)');
    process.chdir(ROOT);
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'warn' });
  }
  startServer();
  const deadline = Date.now() + SERVE_TIMEOUT_MS;
  while (!(await answers(options.url))) {
    if (stopping) return;
    if (Date.now() > deadline)
      fail(`nothing answered on ${options.url} within ${SERVE_TIMEOUT_MS / 1000} s.`);
    await sleep(500);
  }
  serverAnswered = true;
}

function launchBrowser() {
  relaunchTimer = undefined;
  if (stopping) return;
  mkdirSync(options.profile, { recursive: true });
  markCleanExit(options.profile);
  const child = spawn(browser, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: OWN_GROUP,
  });
  browserChild = child;
  child.on('error', (e) => fail(`could not start ${browser}: ${e.message}`));
  child.on('spawn', () =>
    log(`launched ${browser} (pid ${child.pid}) in kiosk mode on ${options.url}`),
  );
  child.on('exit', (code, signal) => {
    browserChild = undefined;
    if (stopping) return;
    if (deliberate(code, signal)) {
      log(`the browser was closed (${how(code, signal)}); stopping the kiosk`);
      void stop(0);
      return;
    }
    log(`the browser exited unexpectedly (${how(code, signal)}); relaunching it in 5 s`);
    relaunchTimer = setTimeout(launchBrowser, RELAUNCH_MS);
  });
}

/** Ends a child and waits for it, killing it outright after a grace period. */
async function end(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await gone;
  clearTimeout(timer);
}

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  clearTimeout(relaunchTimer);
  clearTimeout(restartServerTimer);
  await Promise.all([end(browserChild), end(serverChild)]);
  process.exit(exitCode);
}

for (const signal of DELIBERATE_SIGNALS)
  process.on(signal, () => {
    log(`${signal}: stopping the browser and the server`);
    void stop(0);
  });
// Should this script itself fail, it leaves no browser or server behind.
process.on('exit', () => {
  browserChild?.kill('SIGTERM');
  serverChild?.kill('SIGTERM');
});

if (options.serve) await ensureServer();
else if (!(await answers(options.url)))
  log(`nothing answers on ${options.url} yet (start it with npm start, or use --serve)`);
launchBrowser();
