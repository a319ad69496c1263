// Each visual cue type appears on the stage as the narration reaches it, in every language.
import type { Page } from '@playwright/test';
import { expect, openKiosk, screenshot, startVisit, tap, test, waitFor } from './kiosk.ts';

/** Lit pixels in a downscaled copy of the canvas: only what Pixi drew, not the DOM. */
function litPixels(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const canvas = document.querySelector('canvas')!;
    await new Promise(requestAnimationFrame); // read inside a frame: the drawing buffer is not preserved
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [240, 135];
    const g = copy.getContext('2d')!;
    g.drawImage(canvas, 0, 0, 240, 135);
    const d = g.getImageData(0, 0, 240, 135).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4)
      if (d[i]! > 40 && d[i - 1]! + d[i - 2]! + d[i - 3]! > 150) n++;
    return n;
  });
}

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
