// Picture cues (issue 15): JavaScript time per frame while an image cue pans and while an object
// cue holds with its callout, on the test build (the gallery exhibit is a test fixture) at
// 1920×1080, 6 s each once the picture has arrived; and the GPU memory each picture's texture
// takes (the variant's width × height × 4 bytes, as src/scenes/images.ts counts it). The probe is
// the one frames.ts uses (every rAF, timeout and interval callback, summed per frame interval).
// `BENCH_ONLY=images npm run bench` runs only this part.
import type { Browser, Page } from '@playwright/test';
import { openPage, record, waitForMarks } from './browser.ts';
import { qualityLevel } from './level.ts';
import { withQuality, type BenchQuality } from './quality.ts';
import { median, percentile, round } from './stats.ts';

const RECORD_MS = 6_000;

/** One picture cue's figures. */
export interface PictureFrames {
  type: string;
  chapter: number;
  frames: number;
  jsP50Ms: number;
  jsP95Ms: number;
  fps: number;
  /** The uploaded variant's texture, in bytes. */
  textureBytes: number;
}

export interface Images {
  cues: PictureFrames[];
  /** The quality level when the last cue's measurement ended. */
  adaptiveLevel: number;
}

type Handle = {
  __exhibit: {
    send(e: object): void;
    pictures(): { live: number; bytes: number; loads: number };
    scene(): { cue: string | undefined };
  };
  __bench: { recording: boolean; frameJs: number[]; frameGaps: number[] };
};

async function measure(page: Page): Promise<{ js: number[]; gaps: number[] }> {
  await page.evaluate(() => {
    const r = (window as unknown as Handle).__bench;
    r.frameJs.length = 0;
    r.frameGaps.length = 0;
    r.recording = true;
  });
  await page.waitForTimeout(RECORD_MS);
  await page.evaluate(() => {
    (window as unknown as Handle).__bench.recording = false;
  });
  const rec = await record(page);
  return { js: rec.frameJs, gaps: rec.frameGaps.slice(0, rec.frameJs.length) };
}

/** Opens the gallery's image and object chapters and measures each picture cue. */
export async function images(
  browser: Browser,
  testURL: string,
  quality: BenchQuality = 'adaptive',
): Promise<Images> {
  const { context, page } = await openPage(browser, { baseURL: testURL });
  try {
    await page.goto(withQuality('/?exhibit=gallery', quality));
    await waitForMarks(page, 1);
    await page.locator('[data-key="start"]').tap();
    await page.locator('[data-key="continue"]').tap();
    await page.waitForTimeout(1_500);
    const cues: PictureFrames[] = [];
    for (const [type, chapter] of [
      ['image', 1],
      ['object', 2],
    ] as const) {
      const loads = await page.evaluate(
        () => (window as unknown as Handle).__exhibit.pictures().loads,
      );
      await page.evaluate(
        (i) => (window as unknown as Handle).__exhibit.send({ type: 'ui.chapterChosen', index: i }),
        chapter,
      );
      // Held at the cue (paused: the stage still moves, the narration does not switch cues).
      await page.evaluate(() => {
        const e = (window as unknown as Handle).__exhibit;
        e.send({ type: 'ui.pause' });
        e.send({ type: 'narration.progress', position: 2.5 });
      });
      await page.waitForFunction(
        (n) => (window as unknown as Handle).__exhibit.pictures().loads > n,
        loads,
        { timeout: 120_000, polling: 250 },
      );
      // Its upload and fade-in are a few frames: the measure starts after them, on the pan itself.
      // (A string: tsx's keepNames would wrap a named function in a helper the page lacks.)
      await page.evaluate(
        'new Promise((done) => { let n = 0; (function step() { if (++n >= 4) done(); else requestAnimationFrame(step); })(); })',
      );
      await page.waitForTimeout(800);
      const textureBytes = await page.evaluate(
        () => (window as unknown as Handle).__exhibit.pictures().bytes,
      );
      const { js, gaps } = await measure(page);
      cues.push({
        type,
        chapter,
        frames: js.length,
        jsP50Ms: round(percentile(js, 50), 2),
        jsP95Ms: round(percentile(js, 95), 2),
        fps: round(1000 / median(gaps)),
        textureBytes,
      });
      await page.evaluate(() => (window as unknown as Handle).__exhibit.send({ type: 'ui.home' }));
      await page.waitForTimeout(1_500);
    }
    return { cues, adaptiveLevel: await qualityLevel(page) };
  } finally {
    await context.close();
  }
}
