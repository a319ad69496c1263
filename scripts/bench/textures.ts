// Texture memory per chapter (issue 20): for every chapter of Uprising, on the test build (it has
// window.__exhibit) at 1920×1080, the stage frozen and stepped, the narration moved cue by cue:
// GPU texture memory at the chapter menu before the chapter, its peak while the chapter's cues
// come and go (sampled as each cue's pictures have arrived while the cue before still fades out,
// and once it is in), and back at the chapter menu after it. Texture memory is every texture source the renderer holds, pixel width ×
// height × 4 bytes (× 4/3 with mipmaps): `__exhibit.textureBytes()` (src/kiosk/testHandle.ts).
// Leaving a chapter must give it all back: `afterBytes` within `TEXTURE_SLACK_BYTES` of
// `baselineBytes`. Once run.ts calls it, `BENCH_ONLY=textures npm run bench` runs this part alone.
import type { Browser, Page } from '@playwright/test';
import { openPage } from './browser.ts';
import { withQuality, type BenchQuality } from './quality.ts';

/**
 * What a chapter may leave behind: the chapter menu's own texts are drawn again each time (a
 * language's glyphs, a title re-rasterised at a new size), so its textures can differ by a few
 * small text textures; 1 MiB is a handful of them, and far below one picture (1920×1280×4 ≈ 9.4 MiB).
 */
export const TEXTURE_SLACK_BYTES = 2 ** 20;

/** One chapter's texture memory. */
export interface ChapterTextures {
  id: string;
  cues: number;
  baselineBytes: number;
  peakBytes: number;
  afterBytes: number;
  /** The cue (index:type) at the peak. */
  peakCue: string;
}

export interface Textures {
  chapters: ChapterTextures[];
  /** The largest peak of any chapter. */
  textureBytesPeak: number;
  /** The largest afterBytes − baselineBytes of any chapter (≤ TEXTURE_SLACK_BYTES to pass). */
  textureBytesLeftMax: number;
  adaptiveLevel: number;
}

async function bytes(page: Page): Promise<number> {
  return page.evaluate(() => window.__exhibit!.textureBytes().bytes);
}

/** Nothing being fetched, decoded or uploaded (uploads run in their own frames, frozen or not). */
async function quiet(page: Page, step: number): Promise<void> {
  await page.waitForFunction(
    (ms) => {
      const e = window.__exhibit!;
      if (ms) e.advance(ms);
      return e.stills() === 0 && e.pictures().pending === 0;
    },
    step,
    { timeout: 60_000, polling: 200 },
  );
}

/**
 * After the narration has moved: the most texture memory while the cue comes in (its picture up
 * while the cue before still fades out) and once it is in. A visitor's touch first: on a loaded
 * machine a chapter held cue by cue takes longer than the idle clock (it runs in real time),
 * which would end the visit.
 */
async function settle(page: Page): Promise<number> {
  await page.evaluate(() => {
    window.__exhibit!.send({ type: 'user.activity' });
    window.__exhibit!.advance(100);
  });
  // The crossfade held (the stage frozen), the new cue's pictures arrive beside the old cue's.
  await quiet(page, 0);
  const overlap = await bytes(page);
  await page.evaluate(() => window.__exhibit!.advance(1_200));
  await quiet(page, 100);
  await page.evaluate(() => {
    for (let i = 0; i < 8; i++) window.__exhibit!.advance(100);
  });
  return Math.max(overlap, await bytes(page));
}

/** Plays every chapter of Uprising cue by cue and samples texture memory. */
export async function textures(
  browser: Browser,
  testURL: string,
  quality: BenchQuality = 'adaptive',
): Promise<Textures> {
  const { context, page } = await openPage(browser, { baseURL: testURL });
  try {
    await page.goto(withQuality('/?exhibit=uprising', quality));
    await page.waitForFunction(() => !!window.__exhibit?.renderer(), undefined, {
      timeout: 60_000,
    });
    await page.locator('[data-key="start"]').waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      const e = window.__exhibit!;
      e.freeze();
      e.send({ type: 'ui.start' });
      e.send({ type: 'ui.continue' });
    });
    await settle(page);
    const outline = await page.evaluate(() => window.__exhibit!.outline());
    const chapters: ChapterTextures[] = [];
    for (const [index, chapter] of outline.chapters.entries()) {
      const baselineBytes = await bytes(page);
      await page.evaluate((i) => {
        const e = window.__exhibit!;
        e.send({ type: 'ui.chapterChosen', index: i });
        e.send({ type: 'ui.pause' });
      }, index);
      let peakBytes = await settle(page);
      let peakCue = `0:${chapter.cues[0]}`;
      const starts = await page.evaluate(() => window.__exhibit!.cueStarts());
      for (const [i, start] of starts.entries()) {
        await page.evaluate(
          (p) => window.__exhibit!.send({ type: 'narration.progress', position: p }),
          start + 0.05,
        );
        const now = await settle(page);
        if (now > peakBytes) {
          peakBytes = now;
          peakCue = `${i}:${chapter.cues[i]}`;
        }
      }
      // Out as a visitor goes, to the chapter menu: a minute past the chapter's end first, so a
      // memorial's stillness (it ignores "All chapters" for its holdSeconds) is over.
      await page.evaluate(() => {
        const e = window.__exhibit!;
        e.send({ type: 'narration.progress', position: e.state().duration + 60 });
      });
      await settle(page);
      await page.evaluate(() => window.__exhibit!.send({ type: 'ui.home' }));
      await settle(page);
      const where = await page.evaluate(() => JSON.stringify(window.__exhibit!.state().value));
      if (!where.includes('"home"'))
        throw new Error(
          `${chapter.id}: the chapter menu did not open after the chapter (${where})`,
        );
      await page.evaluate(() => window.__exhibit!.advance(3_000));
      const afterBytes = await bytes(page);
      chapters.push({
        id: chapter.id,
        cues: starts.length,
        baselineBytes,
        peakBytes,
        afterBytes,
        peakCue,
      });
    }
    const adaptiveLevel = await page.evaluate(() => window.__exhibit!.quality()?.level ?? 0);
    return {
      chapters,
      textureBytesPeak: Math.max(...chapters.map((c) => c.peakBytes)),
      textureBytesLeftMax: Math.max(...chapters.map((c) => c.afterBytes - c.baselineBytes)),
      adaptiveLevel,
    };
  } finally {
    await context.close();
  }
}
