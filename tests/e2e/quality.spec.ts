// Adaptive quality (src/scenes/quality.ts) in the browser: with the stage's frame times forced high
// through the test handle, as on a PC that cannot keep up, the level steps down to the lowest
// (half resolution, 30 fps, no grain) and the staff panel's health says so; pinned "full" (the test
// build's default, which keeps every screenshot at full quality) never steps.
import type { Page } from '@playwright/test';
import { expect, openKiosk, seedPin, test, TEST_PIN, typePin } from './kiosk.ts';

// Its addresses as written: pinned full is the test build's default, which this spec checks.
test.use({ quality: 'build' });

test.beforeEach(({ page }) => seedPin(page));

/** Frames a PC far too slow for 60 fps would draw: 12 fps, 30 ms of JavaScript each. */
const SLOW = { js: 30, interval: 80 };

function quality(page: Page) {
  return page.evaluate(() => window.__exhibit!.quality()!);
}

async function healthQuality(page: Page): Promise<string> {
  await page.mouse.move(30, 30);
  await page.mouse.down();
  await page.waitForTimeout(3_300); // the staff gesture itself: a press held over 3 s
  await page.mouse.up();
  await typePin(page, TEST_PIN);
  const health = page.getByRole('dialog', { name: 'Staff panel' }).locator('.staff-health');
  await expect(health).toContainText('Quality');
  const row = health.locator('dt', { hasText: /^Quality$/ });
  return row.locator('xpath=following-sibling::dd[1]').innerText();
}

test('adaptive: frames that miss their budget step the stage down to half resolution at 30 fps', async ({
  page,
}) => {
  await openKiosk(page, '&quality=adaptive');
  const dpr = await page.evaluate(() => Math.min(window.devicePixelRatio || 1, 2));
  const start = await quality(page);
  expect(start.mode).toBe('adaptive');
  // Software rendering (this machine's SwiftShader) starts at level 2 and never tries full.
  expect(start.level).toBeLessThanOrEqual(2);
  expect(start.fps).toBe(60);
  await page.evaluate((f) => window.__exhibit!.forceFrames(f), SLOW);
  await expect.poll(async () => (await quality(page)).level, { timeout: 45_000 }).toBe(4);
  const low = await quality(page);
  expect(low).toMatchObject({ resolution: dpr * 0.5, fps: 30, density: 0, grain: 'none' });
  // The canvas keeps its place and size on the page; only its pixels are fewer.
  const canvas = await page.evaluate(() => {
    const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
    return { width: c.width, cssWidth: c.getBoundingClientRect().width, window: innerWidth };
  });
  expect(canvas.cssWidth).toBe(canvas.window);
  expect(canvas.width).toBe(Math.round(canvas.window * dpr * 0.5));
  expect(await healthQuality(page)).toBe(
    'level 4 of 4 (half resolution, 30 fps, no particles, no grain): adaptive',
  );
});

test('pinned full (the test build): the same slow frames never step it down', async ({ page }) => {
  await openKiosk(page);
  const dpr = await page.evaluate(() => Math.min(window.devicePixelRatio || 1, 2));
  expect(await quality(page)).toMatchObject({ level: 1, mode: 'full', resolution: dpr, fps: 60 });
  // This machine renders in software (SwiftShader): Pixi's batches sample at most 4 textures,
  // since SwiftShader ran every branch of the 16-texture shader for every pixel (software.ts).
  expect((await quality(page)).batchTextures).toBe(4);
  await page.evaluate((f) => window.__exhibit!.forceFrames(f), SLOW);
  // More slow frames than adaptive quality needs to step down twice (settling and a window each).
  const frames = await page.evaluate(() => window.__exhibit!.quiet().frames);
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.quiet().frames), { timeout: 45_000 })
    .toBeGreaterThan(frames + 120);
  expect(await quality(page)).toMatchObject({ level: 1, resolution: dpr, fps: 60, windows: 0 });
  expect(await healthQuality(page)).toBe('level 1 of 4 (full resolution, 60 fps): pinned');
});
