// Before a leak sample: let the browser finish what it does on real time while the page's own
// clock is paused, so that the sample counts what the kiosk keeps, not what is still in flight.
//
// Found with a heap snapshot (HeapProfiler.takeHeapSnapshot right after a visit): a screen removed
// at the end of a visit (the home screen under "Still there?", and the dialog) was still held by
// Blink's layout — the `#ui` block's inline items still pointed at the removed children's layout
// objects, and those at their elements — until the next time Blink laid out and painted the page.
// A kiosk renders every frame, so that is 16 ms; here the stage is frozen on Playwright's clock
// and nothing asks for a frame, so on a busy machine the next one came 0.5–2 s later, after the
// forced GCs: +18 listeners and ~140 nodes in a sample, never more than one screen, never growing.
// Other work finishes on real time too (a snapshot showed Howler's XHR for a narration fetched
// after a language switch holding 2 listeners; samples under heavy load sometimes had a few more
// listeners for a reading): so no request may be in flight, and two readings in a row must agree.
// The app's own timers stay paused throughout, so nothing of the app's runs while waiting here,
// and a real leak, which grows with every visit, still shows.
import type { CDPSession, Page, Request } from '@playwright/test';

/** Samples the page once it has settled (see above). */
export interface Settler {
  /** Reads (`read` forces GC and counts) until two readings in a row have the same `key`. */
  sample<T>(read: () => Promise<T>, key: (reading: T) => string): Promise<T>;
  close(): void;
}

/** After this many readings the last is taken as it is: a count still moving is reported. */
const MAX_READINGS = 5;

/** Tracks the page's requests and can draw a frame outside Playwright's clock. */
export async function settler(page: Page, cdp: CDPSession): Promise<Settler> {
  const inFlight = new Set<Request>();
  let onIdle: (() => void)[] = [];
  const started = (r: Request) => void inFlight.add(r);
  const ended = (r: Request) => {
    inFlight.delete(r);
    if (inFlight.size > 0) return;
    for (const resolve of onIdle) resolve();
    onIdle = [];
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const idle = () =>
    inFlight.size > 0 ? new Promise<void>((resolve) => onIdle.push(resolve)) : Promise.resolve();

  // Playwright's clock replaces requestAnimationFrame in the page's world, not in an isolated
  // one: there a double rAF resolves once Blink has laid out and painted a frame.
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'settle',
  });
  const frame = () =>
    cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      awaitPromise: true,
      expression: 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
    });

  return {
    async sample(read, key) {
      let previous: string | undefined;
      for (let i = 1; ; i++) {
        await idle();
        await frame();
        const reading = await read();
        const now = key(reading);
        if (now === previous || i === MAX_READINGS) return reading;
        previous = now;
      }
    },
    close() {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
    },
  };
}
