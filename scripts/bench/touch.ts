// Touch response on the production build at 1920×1080: real touches (Playwright's touchscreen,
// CDP Input.dispatchTouchEvent) on the attract loop, the advisory, the menu, a chapter and the
// idle warning. Per tap: the pointerdown's timestamp → the start of the first animation frame
// requested after the app's click handlers ran (the machine took the event, the overlay updated).
// For reference, Event Timing's pointer down → the next paint after the interaction.
import type { Browser, Page } from '@playwright/test';
import { openPage, record, waitForMarks } from './browser.ts';
import { qualityLevel } from './level.ts';
import { withQuality, type BenchQuality } from './quality.ts';
import { percentile, round } from './stats.ts';

/** Touch figures: input delay + handler cost, and (reference) pointer down → painted frame. */
export interface Touch {
  taps: number;
  byState: Record<string, number>;
  touchP50Ms: number;
  touchP95Ms: number;
  /** The part of it before the frame: pointerdown's timestamp → the click handled. */
  handledP50Ms: number;
  handledP95Ms: number;
  paintP50Ms: number;
  paintP95Ms: number;
  /** Interactions Event Timing reported (it leaves out those under 16 ms). */
  paintSamples: number;
  samplesMs: { state: string; ms: number }[];
  /** The quality level after the last tap. */
  adaptiveLevel: number;
}

/** Taps `selector`, waits for the probe's sample, then lets the screen settle. */
async function tap(page: Page, selector: string, settleMs = 600): Promise<void> {
  const before = await page.evaluate(
    () => (window as unknown as { __bench: { taps: unknown[] } }).__bench.taps.length,
  );
  await page.locator(selector).tap();
  await page.waitForFunction(
    (n) => (window as unknown as { __bench: { taps: unknown[] } }).__bench.taps.length > n,
    before,
    { polling: 100 },
  );
  await page.waitForTimeout(settleMs);
}

/** `rounds` walks through the kiosk, 13 taps each. */
export async function touch(
  browser: Browser,
  baseURL: string,
  rounds: number,
  quality: BenchQuality = 'adaptive',
): Promise<Touch> {
  // The shortest idle timeout the settings allow (10 s), so that "Still there?" comes soon.
  const { context, page } = await openPage(browser, {
    baseURL,
    settings: { idleTimeoutSeconds: 10 },
  });
  const states: string[] = [];
  const at = async (state: string, selector: string, settleMs?: number) => {
    await tap(page, selector, settleMs);
    states.push(state);
  };
  try {
    await page.goto(withQuality('/', quality));
    await waitForMarks(page, 1);
    await page.waitForTimeout(1_000);
    for (let r = 0; r < rounds; r++) {
      await at('attract', '[data-key="start"]');
      await at('advisory', '[data-key="continue"]', 1_200);
      await at('home', `[data-key="chapter-${(r * 3) % 9}"]`, 1_500);
      await at('chapter', '[data-key="toggle"]');
      await at('chapter', '[data-key="toggle"]');
      await at('chapter', '[data-key="lang-ru"]', 1_200);
      await at('chapter', '[data-key="lang-en"]', 1_200);
      await at('chapter', '[data-key="next"]', 1_500);
      await at('chapter', '[data-key="home"]', 1_500);
      await page.locator('[role="alertdialog"] [data-key="continue"]').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(500);
      await at('warning', '[role="alertdialog"] [data-key="continue"]');
      await at('home', '[data-key="lang-uk"]');
      await at('home', '[data-key="lang-en"]');
      await at('home', '[data-key="exit"]', 1_500);
    }
    const adaptiveLevel = await qualityLevel(page);
    const rec = await record(page);
    const samples = rec.taps.map((t, i) => ({
      state: states[i] ?? '?',
      ms: round(t.frame - t.down, 2),
    }));
    const ms = samples.map((s) => s.ms);
    const handled = rec.taps.map((t) => t.handled - t.down);
    const byState: Record<string, number> = {};
    for (const s of samples) byState[s.state] = (byState[s.state] ?? 0) + 1;
    return {
      taps: samples.length,
      byState,
      touchP50Ms: round(percentile(ms, 50)),
      touchP95Ms: round(percentile(ms, 95)),
      handledP50Ms: round(percentile(handled, 50)),
      handledP95Ms: round(percentile(handled, 95)),
      paintP50Ms: round(percentile(rec.paints, 50)),
      paintP95Ms: round(percentile(rec.paints, 95)),
      paintSamples: rec.paints.length,
      samplesMs: samples,
      adaptiveLevel,
    };
  } finally {
    await context.close();
  }
}
