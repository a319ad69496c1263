// Keeps one browser running: launches it with the DevTools pipe, hands the connection to the
// page's watchdog (watch.mjs), and relaunches it on ANY exit the launcher did not ask for (code 0
// too: Alt+F4 or a closed window must not leave the desktop showing), and when it stops answering.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Cdp } from './cdp.mjs';
import { markCleanExit } from './flags.mjs';
import { KioskWatch } from './watch.mjs';

/** First relaunch delay; doubled (up to a minute) while the browser keeps dying within a minute. */
const RELAUNCH_MS = 2_000;
const RELAUNCH_MAX_MS = 60_000;
const STOP_GRACE_MS = 5_000;
/** On Windows a detached child would open its own console window. */
const OWN_GROUP = process.platform !== 'win32';

/**
 * @param {object} o
 * @param {string} o.browser  the executable
 * @param {string[]} o.args  its flags (flags.mjs)
 * @param {string} o.profile
 * @param {Omit<import('./watch.mjs').WatchOptions, 'hung'>} o.watch
 * @param {(message: string) => void} o.log
 * @param {(message: string) => void} o.fail
 */
export function superviseBrowser(o) {
  let stopping = false;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {KioskWatch | undefined} */
  let watch;
  /** @type {NodeJS.Timeout | undefined} */
  let relaunchTimer;
  let delay = RELAUNCH_MS;
  let launchedAt = 0;

  function launch() {
    relaunchTimer = undefined;
    if (stopping) return;
    mkdirSync(o.profile, { recursive: true });
    markCleanExit(o.profile);
    launchedAt = Date.now();
    const c = spawn(o.browser, o.args, {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe', 'pipe'],
      detached: OWN_GROUP,
    });
    child = c;
    c.on('error', (e) => o.fail(`could not start ${o.browser}: ${e.message}`));
    c.on('spawn', () =>
      o.log(`launched ${o.browser} (pid ${c.pid}) in kiosk mode on ${o.watch.url}`),
    );
    const cdp = new Cdp(/** @type {any} */ (c.stdio[3]), /** @type {any} */ (c.stdio[4]));
    const w = new KioskWatch(cdp, { ...o.watch, hung: (reason) => kill(c, reason) });
    watch = w;
    w.start().catch((e) => {
      const why = e instanceof Error ? e.message : String(e);
      const hint = / Not allowed/.test(why)
        ? '; a browser policy forbids DevTools (DeveloperToolsAvailability 2): remove it, see docs/kiosk-policy.md'
        : '';
      kill(c, `the browser could not be watched (${why}${hint})`);
    });
    c.on('exit', (code, signal) => {
      w.stop();
      if (child === c) child = undefined;
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      // A browser that ran for a minute starts again at once; one that keeps dying, ever slower.
      if (Date.now() - launchedAt >= RELAUNCH_MAX_MS) delay = RELAUNCH_MS;
      const wait = delay;
      delay = Math.min(delay * 2, RELAUNCH_MAX_MS);
      o.log(
        `the browser exited (${how}) without the launcher asking; relaunching it in ${wait / 1000} s`,
      );
      relaunchTimer = setTimeout(launch, wait);
    });
  }

  /** Kills a browser that stopped answering (its whole process group: renderers too). */
  function kill(c, reason) {
    if (stopping || c.exitCode !== null || c.signalCode !== null) return;
    o.log(`killing the browser: ${reason}`);
    try {
      if (OWN_GROUP && c.pid) process.kill(-c.pid, 'SIGKILL');
      else c.kill('SIGKILL');
    } catch {
      c.kill('SIGKILL');
    }
  }

  /** Ends the browser for good and waits for it, killing it outright after a grace period. */
  async function stop() {
    stopping = true;
    clearTimeout(relaunchTimer);
    watch?.stop();
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const gone = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGTERM');
    const timer = setTimeout(() => c.kill('SIGKILL'), STOP_GRACE_MS);
    await gone;
    clearTimeout(timer);
  }

  launch();
  return {
    stop,
    /** The browser's pid now (for the exit handler). */
    pid: () => child?.pid,
    kill: () => child?.kill('SIGTERM'),
  };
}
