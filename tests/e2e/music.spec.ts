// The score follows the story: the attract loop's bed is heard quieter than a visit's
// (music.attractVolume, by default 0.7 × music.volume; the test exhibit sets volume 0.4).
// The memorial's fall to silence is checked in memorial.spec.ts.
import { expect, openKiosk, tap, test, waitFor } from './kiosk.ts';

const music = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__exhibit!.audio().musicVolume ?? -1);

test('the attract bed plays 3 dB under the visit bed', async ({ page }) => {
  await openKiosk(page);
  // The first touch unlocks audio and begins the visit: its bed comes up to the full volume.
  await page.getByRole('button', { name: /Touch to begin/ }).tap();
  await waitFor(page, 'advisory');
  await expect
    .poll(async () => Math.abs((await music(page)) - 0.4), { timeout: 10_000 })
    .toBeLessThan(0.01);
  // Back to the attract loop: its bed settles at 0.7 × 0.4.
  await tap(page, 'Back');
  await waitFor(page, 'attract');
  await expect
    .poll(async () => Math.abs((await music(page)) - 0.28), { timeout: 10_000 })
    .toBeLessThan(0.01);
});
