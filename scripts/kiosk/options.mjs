// The launcher's options and the browser it runs (scripts/kiosk.mjs).
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from '../chromium.mjs';
import { defaultConfigDir } from './commands.mjs';

export const USAGE = `Usage: node scripts/kiosk.mjs [--serve] [--dry-run] [--url <url>] [--profile <dir>]
         [--config <dir>] [--kiosk-file <kiosk.json>] [--heartbeat-timeout <s>] [--write-policy [--policy-dir <dir>]] [-- <browser flags>]
  --serve              start the exhibit server (scripts/serve.mjs) when nothing answers on the URL
  --dry-run            print the browser command line and exit
  --url                page to show (default http://127.0.0.1:$PORT/, PORT default 4173; also KIOSK_URL)
  --profile            browser profile directory (also KIOSK_PROFILE)
  --home               with --serve: run the installed release's server from this kiosk home
                       (docs/releases.md; also KIOSK_HOME) instead of the repository's
  --config             folder of command files: reset-pin, mode (default ~/.config/museum-kiosk; also KIOSK_CONFIG)
  --kiosk-file         this kiosk's kiosk.json for the server --serve starts (default: beside the
                       build; also KIOSK_FILE; docs/deployment.md "Configuration: kiosk.json")
  --heartbeat-timeout  seconds without a heartbeat or a new frame before the page is reloaded
                       (default 30; also KIOSK_HEARTBEAT_TIMEOUT)
  --write-policy       write the browser's managed policies for the URL and exit (needs root); with
  --policy-dir         into this folder instead of /etc/chromium and /etc/opt/chrome's
Environment: CHROME_PATH or CHROMIUM_PATH (the browser), KIOSK_SERVE=1, KIOSK_DRY_RUN=1.`;

/** Stops the launcher with a message for the technician. */
export function fail(message) {
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

/** The launcher's options, from its arguments and the environment (see USAGE). */
export function readOptions(argv, env) {
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
        config: { type: 'string' },
        'kiosk-file': { type: 'string' },
        'heartbeat-timeout': { type: 'string' },
        'write-policy': { type: 'boolean' },
        'policy-dir': { type: 'string' },
        home: { type: 'string' },
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
  const timeout = values['heartbeat-timeout'] ?? env.KIOSK_HEARTBEAT_TIMEOUT ?? '30';
  const heartbeatS = Number(timeout);
  if (!(heartbeatS >= 1))
    fail(
      `--heartbeat-timeout (KIOSK_HEARTBEAT_TIMEOUT) "${timeout}" is not a number of seconds of at least 1 (e.g. 30).`,
    );
  return {
    url,
    serve: Boolean(values.serve) || on(env.KIOSK_SERVE),
    dryRun: Boolean(values['dry-run']) || on(env.KIOSK_DRY_RUN),
    profile: values.profile ?? env.KIOSK_PROFILE ?? defaultProfile(env),
    extra: cut < 0 ? [] : argv.slice(cut + 1),
    configDir: values.config ?? env.KIOSK_CONFIG ?? defaultConfigDir(env),
    kioskFile: values['kiosk-file'] ?? env.KIOSK_FILE,
    heartbeatMs: heartbeatS * 1000,
    writePolicy: Boolean(values['write-policy']),
    policyDir: values['policy-dir'],
    /** A kiosk home with signed releases (docs/releases.md): --serve runs its current server. */
    home: values.home ?? env.KIOSK_HOME,
  };
}

/** Chromium or Chrome: CHROMIUM_PATH, CHROME_PATH or Linux's usual places (chromium.mjs), else
 * the usual install places on macOS and Windows. */
export function findBrowser(env) {
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
export function needBrowser() {
  const set = 'or set CHROME_PATH to the browser executable';
  if (process.platform === 'darwin')
    return `No Chrome or Chromium found: install Google Chrome (https://www.google.com/chrome/) into /Applications, ${set}.`;
  if (process.platform === 'win32')
    return `No Chrome or Chromium found: install Google Chrome (https://www.google.com/chrome/), ${set} (e.g. C:\\...\\chrome.exe).`;
  return `No Chromium or Chrome found: install Chromium (Debian: sudo apt-get install chromium; Ubuntu: sudo snap install chromium) or Google Chrome, ${set}.`;
}
