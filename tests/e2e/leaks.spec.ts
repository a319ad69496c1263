// Textures and display objects of a chapter are released when it ends: after a full visit of the
// test exhibit, the counts on the menu return to what they were on the menu before it.
import { expect, openKiosk, startVisit, tap, test, waitFor } from './kiosk.ts';

test('chapter textures and display objects return to their baseline', async ({ page }) => {
  await openKiosk(page);
  await startVisit(page);
  const counts = () => page.evaluate(() => window.__exhibit!.counts());
  await page.waitForTimeout(1_500); // the attract scene has faded out and been destroyed
  const baseline = await counts();
  for (const index of [0, 1]) {
    await page.locator('.chapter-card').nth(index).tap();
    await waitFor(page, 'chapter.playing');
    await expect
      .poll(() => page.evaluate(() => window.__exhibit!.scene().cue), { timeout: 20_000 })
      .toMatch(/^[12]:en$/);
    const during = await counts();
    expect(during.displayObjects).toBeGreaterThan(baseline.displayObjects);
    await tap(page, 'All chapters');
    await waitFor(page, 'home');
    await page.waitForTimeout(1_500); // the chapter scene has faded out and been destroyed
  }
  const after = await counts();
  test.info().annotations.push({
    type: 'counts',
    description: `before ${JSON.stringify(baseline)}, after ${JSON.stringify(after)}`,
  });
  expect(after.displayObjects).toBe(baseline.displayObjects);
  expect(after.textures).toBeLessThanOrEqual(baseline.textures);
});
