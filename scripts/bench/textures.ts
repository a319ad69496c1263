// Texture memory per chapter (issue 20): for every chapter of Uprising, on the test build (it has
// window.__exhibit) at 1920×1080, the stage frozen and stepped, the narration moved cue by cue:
// GPU texture memory at the chapter menu before the chapter, its peak while the chapter's cues
// are on screen (each cue held until its pictures have arrived and been drawn), and back at the
// chapter menu after it. Texture memory is every texture source the renderer holds, pixel width ×
// height × 4 bytes (× 4/3 with mipmaps): `__exhibit.textureBytes()` (src/kiosk/testHandle.ts).
// Leaving a chapter must give it all back: `afterBytes` within `TEXTURE_SLACK_BYTES` of
// `baselineBytes`. `BENCH_ONLY=textures npm run bench` runs this part.
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

/** Steps the frozen stage until no picture is being fetched or decoded, then draws twice more. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__exhibit!.advance(1_200));
  await page.waitForFunction(
    () => {
      const e = window.__exhibit!;
      e.advance(100);
      return e.stills() === 0 && e.pictures().pending === 0;
    },
    undefined,
    { timeout: 60_000, polling: 200 },
  );
  // A picture that has arrived is uploaded over the next frames (one a frame): draw them all.
  await page.evaluate(() => {
    for (let i = 0; i < 8; i++) window.__exhibit!.advance(100);
  });
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
      await settle(page);
      const starts = await page.evaluate(() => window.__exhibit!.cueStarts());
      let peakBytes = await bytes(page);
      let peakCue = `0:${chapter.cues[0]}`;
      for (const [i, start] of starts.entries()) {
        await page.evaluate(
          (p) => window.__exhibit!.send({ type: 'narration.progress', position: p }),
          start + 0.05,
        );
        await settle(page);
        const now = await bytes(page);
        if (now > peakBytes) {
          peakBytes = now;
          peakCue = `${i}:${chapter.cues[i]}`;
        }
      }
      // Out as a visitor goes: at the chapter's end (a memorial holds the screen until its
      // stillness has passed, and ignores "All chapters" until then), then the chapter menu.
      await page.evaluate(() => {
        const e = window.__exhibit!;
        e.send({ type: 'narration.progress', position: Math.max(0, e.state().duration - 0.05) });
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
