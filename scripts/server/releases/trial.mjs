// The trial of a newly installed release, run by the kiosk's server: the new release's page must
// say it started (a heartbeat whose `release` is its version: the page's beacon through onBeacon,
// or its POST to <base>__kiosk/release) within the trial's seconds, or the server switches back to
// the release before it by itself, logs why, and marks the new one bad so it is not retried.
// The clock is injected (tests step it); the server checks state.json every second, so an install
// made by kioskctl in another process is noticed at once.
import { confirm, readState, rollback } from './store.mjs';

/**
 * @param {{home: string, log?: (m: string) => void, now?: () => number,
 *   every?: (f: () => void, ms: number) => {stop(): void}}} o
 */
export function trialWatch(o) {
  const now = o.now ?? Date.now;
  const log = o.log ?? ((m) => console.log(`${new Date(now()).toISOString()} releases: ${m}`));
  const every =
    o.every ??
    ((f, ms) => {
      const t = setInterval(f, ms);
      t.unref?.();
      return { stop: () => clearInterval(t) };
    });
  const started = now();
  /** The trial being watched: its version and when it must have confirmed by. */
  let watching = null;

  const check = () => {
    const { trial } = readState(o.home);
    if (!trial) return void (watching = null);
    if (watching?.version !== trial.version || watching.since !== trial.since) {
      // Counted from the install, or from this server's start if it started later (a reboot
      // during a trial gives the page its whole time again).
      const from = Math.max(trial.since, started);
      watching = {
        version: trial.version,
        since: trial.since,
        deadline: from + trial.seconds * 1000,
      };
      log(`${trial.version} is on trial: it must start within ${trial.seconds} s`);
    }
    if (now() < watching.deadline) return;
    const version = watching.version;
    watching = null;
    const why = `no heartbeat from ${version} within ${trial.seconds} s`;
    try {
      const { to } = rollback(o.home, { why, bad: true, now });
      log(`rolled back from ${version} to ${to}: ${why}; ${version} is marked bad`);
    } catch (e) {
      log(`${why}, but it cannot be rolled back: ${e instanceof Error ? e.message : e}`);
    }
  };

  const timer = every(() => {
    try {
      check();
    } catch (e) {
      log(`trial check failed: ${e instanceof Error ? e.message : e}`);
    }
  }, 1000);
  check();

  return {
    /** A heartbeat from the page of `version` (the beacon's `release`): confirms it if on trial. */
    heartbeat(version) {
      if (typeof version !== 'string') return false;
      const confirmed = confirm(o.home, version, now);
      if (confirmed) {
        watching = null;
        log(`${version} confirmed: its page started`);
      }
      return confirmed;
    },
    /** Checks now (tests call it after stepping the clock). */
    check,
    stop: () => timer.stop(),
  };
}
