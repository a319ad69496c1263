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
    // The end of the last chapter says so, quietly, with one way home rather than two.
    await waitFor(page, 'chapter.ended', 20_000);
    const ended = {
      en: ['This was the last chapter.', 'All chapters'],
      ru: ['Это была последняя глава.', 'Все главы'],
    }[lang]!;
    await expect(page.getByRole('status')).toHaveText(ended[0]!);
    await expect(page.getByRole('button', { name: ended[1] })).toHaveCount(1);
  });
}
