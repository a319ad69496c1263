// A quiet spell while a new build takes over. Chromium swaps service workers only once the old
// one has gone idle: told to take over, the new worker asks the old one to stop as soon as it has
// no work. A request from the page that reaches the old worker as it stops starts it again, and
// the swap then waits for Chromium's lame-duck limit (five minutes, checked every five). Telling
// the new worker again changes nothing (its first skipWaiting() is still pending). Seen in
// deploy.spec: the beacon's 5 s beat landed 1.8 s after the take-over and build B waited for good.
// So the page's own periodic requests (the beacon, the release and kiosk.json checks) hold off
// for a few seconds from the first time a waiting build is told to take over.

/** How long the page's periodic requests hold off (the old worker stopped 1.8 s after asking). */
export const HANDOVER_QUIET_MS = 10_000;

let quietUntil = -Infinity;

/** Starts the quiet spell (updates.ts, as it first tells a waiting build to take over). */
export function beginHandover(now: number = performance.now()): void {
  quietUntil = now + HANDOVER_QUIET_MS;
}

/** Whether the page's periodic requests should hold off now. */
export function handingOver(now: number = performance.now()): boolean {
  return now < quietUntil;
}

/** Ends the quiet spell (the new build has taken over). */
export function endHandover(): void {
  quietUntil = -Infinity;
}
