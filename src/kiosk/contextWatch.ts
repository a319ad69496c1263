// A lost WebGL context: Pixi asks the browser to give it back (it prevents the loss's default) and
// rebuilds its resources when it does, and the stage rebuilds its scene. Every loss and restore is
// logged; a context that stays lost leaves every visual blank, so 10 s after a loss `lostTooLong`
// is called (the watchdog then reloads the page when it is allowed to).

/** How long a lost context may take to come back. */
export const CONTEXT_GRACE_MS = 10_000;

/** Watches `canvas`; returns how long its context has been lost now (ms), 0 when it is not. */
export function watchContext(
  canvas: HTMLCanvasElement,
  log: (message: string) => void,
  lostTooLong: () => void,
): () => number {
  let lostAt: number | null = null;
  let losses = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  canvas.addEventListener('webglcontextlost', () => {
    if (lostAt !== null) return;
    lostAt = Date.now();
    losses++;
    // Each message differs, so the log (once per message) keeps every loss and restore.
    log(`the WebGL context was lost (loss ${losses} since the page loaded); waiting 10 s for it`);
    timer = setTimeout(lostTooLong, CONTEXT_GRACE_MS);
  });
  canvas.addEventListener('webglcontextrestored', () => {
    if (lostAt === null) return;
    const seconds = ((Date.now() - lostAt) / 1000).toFixed(1);
    log(`the WebGL context was restored after ${seconds} s (loss ${losses})`);
    clearTimeout(timer);
    lostAt = null;
  });
  return () => (lostAt === null ? 0 : Date.now() - lostAt);
}
