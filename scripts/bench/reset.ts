// Reset cost on the production build at 1920×1080: a visit ends (the machine leaves `visit` for
// `attract`) → the end of the first frame of the attract loop, against a full page reload (how
// other museum kiosks reset) → the same frame, alternating, in one page. The visit ends by "End
// visit" (ui.exit), which takes the idle expiry's transition (to #kiosk.attract: the visit's
// actors stop, the visitor's settings reset, the attract scene and music start); waiting out
// the real idle timeout (at least 10 + 20 s) for every sample would take minutes. The clock
// starts in a capture listener for the click, before the app handles it.
import type { Browser, Page } from '@playwright/test';
import { ATTRACT, openPage, record, waitForMarks } from './browser.ts';
import { qualityLevel } from './level.ts';
import { withQuality, type BenchQuality } from './quality.ts';
import { median, round } from './stats.ts';

/** Reset and reload samples (ms), their medians, and the ratio. */
export interface Reset {
  resetSamplesMs: number[];
  reloadSamplesMs: number[];
  resetMs: number;
  reloadMs: number;
  resetToReloadRatio: number;
  /** The quality level after the last reload's attract frame. */
  adaptiveLevel: number;
}

async function lastMark(page: Page, n: number): Promise<number> {
  await waitForMarks(page, n);
  const m = (await record(page)).marks[n - 1]!;
  return m.end - m.start;
}

/** `runs` resets and `runs` reloads. */
export async function reset(
  browser: Browser,
  baseURL: string,
  runs: number,
  quality: BenchQuality = 'adaptive',
): Promise<Reset> {
  const { context, page } = await openPage(browser, { baseURL });
  const resets: number[] = [];
  const reloads: number[] = [];
  try {
    await page.goto(withQuality('/', quality));
    await waitForMarks(page, 1);
    // Once, so that the service worker and the HTTP cache hold the app, as on a kiosk in use.
    await page.waitForTimeout(3_000);
    for (let i = 0; i < runs; i++) {
      // A visit: the menu, a chapter, back to the menu, then "End visit".
      await page.locator('[data-key="start"]').tap();
      await page.locator('[data-key="continue"]').tap();
      await page.locator(`[data-key="chapter-${i % 10}"]`).tap();
      await page.waitForTimeout(2_000);
      await page.locator('[data-key="home"]').tap();
      await page.waitForTimeout(1_500);
      const n = (await record(page)).marks.length;
      await page.evaluate(
        (s) =>
          (window as unknown as { __bench: { arm(s: string, c: boolean): void } }).__bench.arm(
            s,
            true,
          ),
        ATTRACT,
      );
      await page.locator('[data-key="exit"]').tap();
      resets.push(await lastMark(page, n + 1));
      await page.waitForTimeout(1_500);
      // A reload from the attract loop: the new page's clock starts where the old one asked.
      const navigated = page.waitForEvent('framenavigated');
      await page.evaluate(() =>
        setTimeout(() => {
          const now = performance.timeOrigin + performance.now();
          sessionStorage.setItem('bench.reloadAt', String(now));
          location.reload();
        }),
      );
      await navigated;
      reloads.push(await lastMark(page, 1));
      await page.waitForTimeout(1_500);
    }
    const adaptiveLevel = await qualityLevel(page);
    const resetMs = round(median(resets));
    const reloadMs = round(median(reloads));
    return {
      resetSamplesMs: resets.map((x) => round(x)),
      reloadSamplesMs: reloads.map((x) => round(x)),
      resetMs,
      reloadMs,
      resetToReloadRatio: round(resetMs / reloadMs, 3),
      adaptiveLevel,
    };
  } finally {
    await context.close();
  }
}
