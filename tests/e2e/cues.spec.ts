// Each visual cue type appears on the stage as the narration reaches it, in every language.
import {
  expect,
  litPixels,
  openKiosk,
  screenshot,
  startVisit,
  tap,
  test,
  waitFor,
} from './kiosk.ts';

for (const lang of ['en', 'ru']) {
  test(`title, figure and timeline cues follow the narration (${lang})`, async ({ page }) => {
    await openKiosk(page);
    await startVisit(page);
    if (lang === 'ru') await tap(page, 'Русский');
    await page.locator('.chapter-card').nth(1).tap();
    await waitFor(page, 'chapter.playing');
    for (const [index, name] of ['title', 'figure', 'timeline'].entries()) {
      await expect
        .poll(() => page.evaluate(() => window.__exhibit!.scene().cue), { timeout: 15_000 })
        .toBe(`${index}:${lang}`);
      await page.waitForTimeout(1_600); // the card has risen; the figure has counted
      expect(await litPixels(page), `${name} drew nothing`).toBeGreaterThan(20);
      await screenshot(page, `cue-${name}-${lang}`);
    }
  });
}
