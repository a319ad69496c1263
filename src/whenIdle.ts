// Work nobody waits for (the audio context, Pixi's film question), done once the page is idle.

/** Runs `run` when the page is next idle, or after `timeoutMs` at the latest; without idle callbacks, soon. */
export function whenIdle(run: () => void, timeoutMs = 2_000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: timeoutMs });
  else setTimeout(run, 500);
}
