// The page's own watchdog, on Playwright's clock: Pixi's ticker stopped, a WebGL context lost and
// never restored, and an IndexedDB that never answers at the daily reload hour each end in a real
// reload; a context restored in time does not. Each test notes the time from the fault to the
// reload, on the page's clock and in real time (test annotations, and the console).
import type { Page } from '@playwright/test';
import { expect, litPixels, openKiosk, startVisit, test, waitFor } from './kiosk.ts';

/** Marks the page; the mark is gone once the page has reloaded. */
const mark = (page: Page) => page.evaluate(() => ((window as { mark?: number }).mark = 1));
const marked = (page: Page) => page.evaluate(() => (window as { mark?: number }).mark === 1);
const pageNow = (page: Page) => page.evaluate(() => Date.now());

/** The first console message that contains `text`. */
function logged(page: Page, text: string, timeout = 30_000) {
  return page.waitForEvent('console', { predicate: (m) => m.text().includes(text), timeout });
}

/** Loses the stage's WebGL context; the extension stays on `window.__lose` for a restore. */
function loseContext(page: Page) {
  return page.evaluate(() => {
    const gl = document.querySelector('canvas')!.getContext('webgl2')!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
    ext.loseContext();
  });
}

/** While the context is lost, Pixi says so on the console when it builds a shader: expected here. */
function forgiveLostContext(errors: string[]) {
  const expected = /WebGL context may be lost|Could not initialize shader/;
  errors.splice(0, errors.length, ...errors.filter((e) => !expected.test(e)));
}

/** Notes a measured figure in the report and on the console. */
function note(name: string, value: string) {
  test.info().annotations.push({ type: name, description: value });
  console.log(`${name}: ${value}`);
}

/** After a reload: the kiosk is back in its attract loop and Pixi draws again. */
async function backInAttract(page: Page) {
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.evaluate(() => window.__exhibit!.renderer())).toBe('webgl');
  await expect.poll(() => litPixels(page), { timeout: 15_000 }).toBeGreaterThan(20);
}

test("Pixi's ticker stopped: the watchdog sees no frames drawn and reloads", async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  await mark(page);
  let decided = false;
  void logged(page, 'reloading: the frame loop froze', 60_000).then(() => (decided = true));
  const loaded = page.waitForEvent('load', { timeout: 60_000 });
  const t0 = await pageNow(page);
  // The browser's own animation frames go on; only Pixi stops drawing.
  await page.evaluate(() => window.__exhibit!.stopTicker());
  let forwarded = 0;
  for (; forwarded < 60_000 && !decided; forwarded += 5_000) await page.clock.fastForward(5_000);
  expect(decided, 'the watchdog decided to reload within 60 s of page clock').toBe(true);
  // Three 10 s ticks without a frame after the tick that saw the last ones: 30–40 s.
  expect(forwarded).toBeLessThanOrEqual(40_000);
  const real0 = Date.now();
  await loaded;
  note('ticker stopped -> reload (page clock)', `${((await pageNow(page)) - t0) / 1000} s`);
  note('decision -> load event (real)', `${Date.now() - real0} ms`);
  note('ticker stopped -> decision (page clock, 5 s steps)', `${forwarded / 1000} s`);
  expect(await marked(page)).toBe(false);
  await backInAttract(page);
});

/**
 * Opens the kiosk on a paused clock (only fast-forwards move it, however slow the machine), marks
 * the page, and loses its WebGL context: the loss is logged.
 */
async function openAndLoseContext(page: Page): Promise<void> {
  await page.clock.install();
  await openKiosk(page);
  await mark(page);
  await page.clock.pauseAt((await pageNow(page)) + 1_000);
  const lost = logged(page, 'the WebGL context was lost (loss 1 since the page loaded)');
  await loseContext(page);
  await lost;
}

test('a WebGL context lost and not restored in 10 s: logged, and the page reloads', async ({
  page,
  consoleErrors,
}) => {
  await openAndLoseContext(page);
  const t0 = await pageNow(page);
  const decided = logged(page, 'reloading: the WebGL context was lost and not restored in 10 s');
  await page.clock.fastForward(9_000);
  expect(await marked(page), 'no reload before 10 s').toBe(true);
  const loaded = page.waitForEvent('load', { timeout: 15_000 });
  await page.clock.fastForward(1_000);
  await decided;
  const real0 = Date.now();
  await loaded;
  await page.clock.resume();
  forgiveLostContext(consoleErrors);
  note('context lost -> reload (page clock)', `${((await pageNow(page)) - t0) / 1000} s`);
  note('decision -> load event (real)', `${Date.now() - real0} ms`);
  expect(await marked(page)).toBe(false);
  await backInAttract(page);
});

test('a WebGL context restored within 10 s: logged both ways, and no reload', async ({
  page,
  consoleErrors,
}) => {
  await openAndLoseContext(page);
  await page.clock.fastForward(5_000);
  const restored = logged(page, 'the WebGL context was restored after');
  await page.evaluate(() =>
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext(),
  );
  await restored;
  await page.clock.resume();
  forgiveLostContext(consoleErrors);
  // Well past the 10 s, tick by tick: no reload, and the attract loop draws again.
  for (let i = 0; i < 4; i++) await page.clock.fastForward(10_000);
  expect(await marked(page)).toBe(true);
  await expect.poll(() => litPixels(page), { timeout: 15_000 }).toBeGreaterThan(20);
  // A second loss is logged as such.
  const again = logged(page, 'the WebGL context was lost (loss 2 since the page loaded)');
  await loseContext(page);
  await again;
});

test('IndexedDB that never answers: the daily reload still happens, 2 s after its decision', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Every open request is left pending for ever: no success, no error, no blocked.
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
  });
  await page.clock.install({ time: new Date('2026-11-27T01:00:00') });
  await openKiosk(page);
  // A visit leaves events to save: the reload must not wait for them for ever.
  await startVisit(page);
  await page.evaluate(() => window.__exhibit!.send({ type: 'ui.exit' }));
  await waitFor(page, 'attract');
  await mark(page);
  const decided = logged(page, 'reloading: the daily reload');
  // 4:00:30 am, in the attract loop, and the clock stands still: only fast-forwards move it.
  await page.clock.pauseAt(new Date('2026-11-27T04:00:30'));
  await decided;
  const t0 = await pageNow(page);
  const real0 = Date.now();
  await page.clock.fastForward(1_900);
  expect(await marked(page), 'still saving, 1.9 s after the decision').toBe(true);
  const loaded = page.waitForEvent('load', { timeout: 15_000 });
  const cutShort = logged(page, 'took more than 2 s; reloading anyway');
  await page.clock.fastForward(100);
  await cutShort;
  await loaded;
  await page.clock.resume();
  note('decision -> reload (page clock)', `${((await pageNow(page)) - t0) / 1000} s`);
  note('decision -> load event (real, incl. the fast-forward steps)', `${Date.now() - real0} ms`);
  expect(await marked(page)).toBe(false);
  // The fresh page boots with the database still stuck: the events wait in memory.
  await backInAttract(page);
});
