// Offline: from the first session on, the service worker holds the app and the exhibit's content
// (precached at install), so the kiosk keeps telling its story with the network gone (chapters,
// narration audio and captions), and boots again from the cache if it is reloaded meanwhile.
// deploy.spec.ts stops the server itself.
import { expect, openKiosk, startVisit, test, waitFor } from './kiosk.ts';

test.use({ serviceWorkers: 'allow' });

test('with the server gone after the first load, the exhibit keeps running', async ({
  page,
  context,
}) => {
  // The very first session: no reload before going offline. The worker precached the app and
  // the exhibit's content at install, before it took control.
  await openKiosk(page);
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
    .toBe(true);
  // Audio description clips are precached with the rest of the exhibit.
  expect(
    await page.evaluate(async () => {
      const name = (await caches.keys()).find((k) => k.startsWith('content-'))!;
      const keys = await (await caches.open(name)).keys();
      return keys.filter((k) => k.url.includes('/descriptions/')).length;
    }),
  ).toBe(14);
  await context.setOffline(true);
  await startVisit(page);
  await page.locator('.chapter-card').nth(1).tap();
  await waitFor(page, 'chapter.playing');
  await expect(page.locator('.caption')).toHaveText('This is the second test chapter.');
  // The narration audio came from the worker's cache: the story clock follows real audio.
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.audio().narrationSeconds ?? 0))
    .toBeGreaterThan(0.5);
  expect(
    await page.evaluate(async () => {
      const r = await fetch('/media/test-exhibit/narration/second-step.en.opus');
      return r.status;
    }),
  ).toBe(200);
  // A reload with the server still gone (the watchdog's, or a technician's) boots from the cache.
  await page.reload();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  await expect(page.locator('.caption')).toHaveText('This is the first test chapter.');
  await context.setOffline(false);
});
