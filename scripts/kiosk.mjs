// `npm run kiosk`: the exhibit full screen in Chromium or Chrome, as a museum kiosk runs it, with a
// watchdog outside the page. README "Running as a kiosk" says how to start it on boot.
//
//   node scripts/kiosk.mjs [--serve] [--dry-run] [--url <url> | <url>] [--profile <dir>]
//        [--config <dir>] [--kiosk-file <kiosk.json>] [--heartbeat-timeout <s>] [--write-policy [--policy-dir <dir>]] [-- <flags>]
//
// The launcher drives the browser over the DevTools protocol (scripts/kiosk/): it reloads the page
// when its heartbeat stops for 30 s, when Pixi stops drawing for 30 s or when its renderer crashes,
// replaces a page that will not reload, closes every other tab or window, and relaunches the
// browser on any exit it did not ask for. Only its own SIGTERM, SIGINT or SIGHUP stop the kiosk.
// It hands the page commands from files on the kiosk's disk (kiosk/commands.mjs), and
// --write-policy writes the browser's managed policies (kiosk/policy.mjs, docs/kiosk-policy.md).
//
// The same from the environment: KIOSK_URL, PORT, KIOSK_SERVE=1, KIOSK_DRY_RUN=1, KIOSK_PROFILE,
// KIOSK_CONFIG, KIOSK_FILE, KIOSK_HEARTBEAT_TIMEOUT; CHROME_PATH or CHROMIUM_PATH names the browser.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserArgs, shellLine } from './kiosk/flags.mjs';
import { fail, findBrowser, needBrowser, readOptions } from './kiosk/options.mjs';
import { writePolicies } from './kiosk/policy.mjs';
import { answers, ensureServer } from './kiosk/server.mjs';
import { superviseBrowser } from './kiosk/supervise.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** Exits that someone asked for (systemd, Ctrl+C, a closed terminal): they stop the kiosk. */
const DELIBERATE_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'];

/** A line for the log, with the time: these end up in journalctl or a log file. */
function log(message) {
  console.log(`${new Date().toISOString()} kiosk: ${message}`);
}

const options = readOptions(process.argv.slice(2), process.env);

if (options.writePolicy) {
  for (const line of writePolicies(options.url, options.policyDir)) log(line);
  process.exit(0);
}

const browser = findBrowser(process.env);
const args = browserArgs(options.profile, options.extra);

if (options.dryRun) {
  if (!browser) console.error(`kiosk: ${needBrowser()} (dry run: showing "chromium")`);
  if (options.serve)
    console.error(
      `kiosk: (dry run) would first start "${options.home ? `node ${options.home}/current/server.mjs --home ${options.home}` : 'node scripts/serve.mjs'}" if nothing answers on ${options.url}`,
    );
  console.error(`kiosk: (dry run) then opens ${options.url} over the DevTools pipe (fds 3 and 4)`);
  console.log(shellLine([browser ?? 'chromium', ...args]));
  process.exit(0);
}
if (!browser) fail(needBrowser());

let stopping = false;
/** @type {() => Promise<void>} */
let stopServer = async () => {};
/** @type {ReturnType<typeof superviseBrowser> | undefined} */
let supervisor;

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  await Promise.all([supervisor?.stop(), stopServer()]);
  process.exit(exitCode);
}

for (const signal of DELIBERATE_SIGNALS)
  process.on(signal, () => {
    log(`${signal}: stopping the browser and the server`);
    void stop(0);
  });
// Should this script itself fail, it leaves no browser behind.
process.on('exit', () => supervisor?.kill());

// The server --serve starts reads kiosk.json from KIOSK_FILE (scripts/serve.mjs).
if (options.kioskFile) process.env.KIOSK_FILE = resolve(options.kioskFile);
if (options.serve)
  stopServer = await ensureServer({
    root: ROOT,
    url: options.url,
    log,
    fail,
    home: options.home,
    stopKiosk: () => void stop(0),
  });
else if (!(await answers(options.url)))
  log(`nothing answers on ${options.url} yet (start it with npm start, or use --serve)`);
if (!stopping)
  supervisor = superviseBrowser({
    browser,
    args,
    profile: options.profile,
    log,
    fail,
    watch: {
      url: options.url,
      heartbeatMs: options.heartbeatMs,
      configDir: options.configDir,
      log,
    },
  });
