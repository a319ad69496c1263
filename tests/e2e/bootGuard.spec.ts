// The boot guard in index.html: an app that does not start within data-boot-seconds gets its
// service worker and caches cleared and one fresh reload; if it still does not start, the calm
// card shows and a plain reload follows every minute. A healthy boot never sets it off.
// (Plain Playwright `test`: these pages log the failures the guard is there for.)
import { expect, test, type Page } from '@playwright/test';
import { DEPLOY_PORT, DeployedBuild } from './deployBuild.ts';

test.use({ serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${DEPLOY_PORT}` });

let build: DeployedBuild;
test.beforeEach(async () => {
  build = new DeployedBuild();
  await build.start();
});
test.afterEach(async () => {
  await build.dispose();
});

/** Counts the page's loads (the first and every reload). */
function countLoads(page: Page): () => number {
  let loads = 0;
  page.on('load', () => loads++);
  return () => loads;
}

const card = (page: Page) => page.getByRole('heading', { name: 'This exhibit is resting' });
const guardLog = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem('kiosk.bootLog') ?? '[]').length);

test('a healthy boot never sets the guard off', async ({ page }) => {
  await page.clock.install();
  const loads = countLoads(page);
  await page.goto('/?exhibit=test-exhibit');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-started'))).toBe(
    true,
  );
  await page.clock.fastForward(5 * 60_000); // far past the guard's 40 s
  expect(loads()).toBe(1);
  await expect(card(page)).toBeHidden();
  expect(await guardLog(page)).toBe(0);
});

test('main script missing: the guard clears and reloads once, then shows the card and retries', async ({
  page,
}) => {
  build.setBootSeconds(3);
  const main = build.mainScript();
  const { rmSync } = await import('node:fs');
  rmSync(build.path(main));
  await page.clock.install();
  const loads = countLoads(page);
  await page.goto('/?exhibit=test-exhibit');
  // A cache left by an earlier build: the guard deletes it.
  await page.evaluate(() => caches.open('app-old').then((c) => c.put('/x', new Response('x'))));
  await expect(card(page)).toBeVisible({ timeout: 30_000 });
  expect(loads()).toBe(2);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await guardLog(page)).toBe(2);
  // A plain reload every minute; the card again each time.
  await page.clock.fastForward(61_000);
  await expect.poll(loads, { timeout: 15_000 }).toBe(3);
  await expect(card(page)).toBeVisible({ timeout: 30_000 });
  expect(loads()).toBe(3);
});

test('a broken cached build (HTML cached as the main script) recovers from the server', async ({
  page,
}) => {
  build.setBootSeconds(5);
  const problems: string[] = [];
  page.on('console', (m) => m.text().includes('boot guard') && problems.push(m.text()));
  await page.goto('/?exhibit=test-exhibit');
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
    .toBe(true);
  // What the old worker did: the app's page cached as its main script.
  await page.evaluate(async (main) => {
    const name = (await caches.keys()).find((k) => k.startsWith('app-'))!;
    const cache = await caches.open(name);
    await cache.put(
      `/${main}`,
      new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } }),
    );
  }, build.mainScript());
  const loads = countLoads(page);
  const t0 = Date.now();
  await page.reload();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 45_000,
  });
  console.log(`recovered in ${((Date.now() - t0) / 1000).toFixed(1)} s (guard wait 5 s)`);
  expect(loads()).toBe(2);
  await expect(card(page)).toBeHidden();
  expect(problems.join('\n')).toContain('cleared the service worker and its caches');
});
