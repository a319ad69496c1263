// The quality level the kiosk draws at now, in any build: the stage writes it on its canvas as
// `data-quality-level` (src/scenes/Stage.ts; 1 full … 4 lowest). `window.__exhibit.quality()`
// says the same, but only the test build has it. Each part reads it when its measurement ends.
import type { Page } from '@playwright/test';

/** The level number on the stage's canvas; NaN when there is no stage (yet). */
export async function qualityLevel(page: Page): Promise<number> {
  const level = await page
    .locator('canvas[data-quality-level]')
    .first()
    .getAttribute('data-quality-level', { timeout: 5_000 })
    .catch(() => null);
  return level === null ? NaN : Number(level);
}
