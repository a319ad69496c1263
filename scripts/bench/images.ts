// Picture cues (issues 15 and 20), on the test build (the gallery exhibit is a test fixture) at
// 1920×1080. For each of the gallery's image, object, video and plan cues:
// - the longest frame while the cue starts: the most JavaScript in one frame interval from the
//   moment the narration reaches the cue (or the chapter is chosen, for a chapter's first cue)
//   until its picture has arrived, been uploaded and drawn a second longer: a picture must never
//   block a frame for more than 16 ms (decoded off the main thread, uploaded in bands);
// - JavaScript time per frame over 6 s once it is up (the pan, the callout, the film, the plan);
// - the GPU memory its picture takes (the variant's width × height × 4 bytes, as
//   src/scenes/images.ts counts it; 0 for the video and plan, which use no loaded picture).
// The probe is the one frames.ts uses (every rAF, timeout, interval and message-port callback, summed per frame
// interval). `BENCH_ONLY=images npm run bench` runs only this part.
import type { Browser, Page } from '@playwright/test';
import { openPage, record, waitForMarks } from './browser.ts';
import { withQuality, type BenchQuality } from './quality.ts';
import { median, percentile, round } from './stats.ts';

const RECORD_MS = 6_000;
/** The goal for the longest frame while a picture cue starts (issue 20). */
export const PICTURE_START_MAX_MS = 16;

/** One picture cue's figures. */
export interface PictureFrames {
  type: string;
  /** The gallery chapter's id. */
  chapter: string;
  /** The cue measured (its index in the chapter). */
  cue: number;
  frames: number;
  jsP50Ms: number;
  jsP95Ms: number;
  fps: number;
  /** The most JS in one frame interval while the cue started (its picture arriving). */
  startMaxMs: number;
  /** Frames recorded while it started. */
  startFrames: number;
  /** The longest band upload in one frame while it started (ms; 0: nothing uploaded in bands). */
  uploadMaxMs: number;
  /** Frames that uploaded a band while it started. */
  uploadFrames: number;
  /** The uploaded variant's texture, in bytes. */
  textureBytes: number;
}

export interface Images {
  cues: PictureFrames[];
  /** The longest frame while any picture cue started (goal ≤ 16 ms). */
  pictureStartMaxMs: number;
  /** The longest band upload in one frame, over every cue (ms): the pictures' own share of it. */
  uploadMaxMs: number;
  adaptiveLevel: number;
}

type Handle = {
  __bench: { recording: boolean; frameJs: number[]; frameGaps: number[] };
};

async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.assign(window.__exhibit!.uploads(), { frames: 0, maxMs: 0 });
    const r = (window as unknown as Handle).__bench;
    r.frameJs.length = 0;
    r.frameGaps.length = 0;
    r.recording = true;
  });
}

async function stopRecording(page: Page): Promise<{ js: number[]; gaps: number[] }> {
  await page.evaluate(() => {
    (window as unknown as Handle).__bench.recording = false;
  });
  const rec = await record(page);
  return { js: rec.frameJs, gaps: rec.frameGaps.slice(0, rec.frameJs.length) };
}

/** `n` animation frames. (A string: tsx's keepNames would wrap a named function in a helper the page lacks.) */
function frames(page: Page, n: number): Promise<unknown> {
  return page.evaluate(
    `new Promise((done) => { let n = 0; (function step() { if (++n >= ${n}) done(); else requestAnimationFrame(step); })(); })`,
  );
}

/** The gallery's picture cues: the chapter, and the cue measured. */
const CUES = [
  { type: 'image', chapter: 'image', cue: 1 },
  { type: 'object', chapter: 'object', cue: 0 },
  { type: 'video', chapter: 'video', cue: 0 },
  { type: 'plan', chapter: 'plan', cue: 0 },
] as const;

/** Opens the gallery's picture chapters and measures each picture cue. */
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
    const chapters = await page.evaluate(() =>
      window.__exhibit!.outline().chapters.map((c) => c.id),
    );
    const cues: PictureFrames[] = [];
    for (const { type, chapter: id, cue } of CUES) {
      const chapter = chapters.indexOf(id);
      if (chapter < 0) continue;
      const before = await page.evaluate(() => {
        const e = window.__exhibit!;
        return { loads: e.pictures().loads, textures: e.textureBytes().textures };
      });

      if (cue === 0) await startRecording(page);
      // Held at the cue (paused: the stage still moves, the narration does not switch cues).
      await page.evaluate((i) => {
        const e = window.__exhibit!;
        e.send({ type: 'ui.chapterChosen', index: i });
        e.send({ type: 'ui.pause' });
      }, chapter);
      if (cue > 0) {
        // The cue before it, settled; then the clock starts as the narration reaches this one.
        await page.waitForFunction(
          () => window.__exhibit!.pictures().pending === 0 && window.__exhibit!.stills() === 0,
          undefined,
          { timeout: 120_000, polling: 250 },
        );
        await frames(page, 10);
        await page.waitForTimeout(1_500);
        await startRecording(page);
      }
      await page.evaluate((c) => {
        const e = window.__exhibit!;
        e.send({ type: 'narration.progress', position: (e.cueStarts()[c] ?? 0) + 0.05 });
      }, cue);
      // Until its picture (if it has one) has arrived and been drawn, and a second more.
      await page.waitForFunction(
        ({ loads, textures }) => {
          const e = window.__exhibit!;
          const arrived = e.pictures().loads > loads || e.textureBytes().textures > textures;
          return arrived && e.pictures().pending === 0 && e.stills() === 0;
        },
        before,
        { timeout: 120_000, polling: 250 },
      );
      await frames(page, 10);
      await page.waitForTimeout(1_000);
      const start = await stopRecording(page);
      const upload = await page.evaluate(() => ({ ...window.__exhibit!.uploads() }));
      const textureBytes = await page.evaluate(() => window.__exhibit!.pictures().bytes);
      await startRecording(page);
      await page.waitForTimeout(RECORD_MS);
      const { js, gaps } = await stopRecording(page);
      cues.push({
        type,
        chapter: id,
        cue,
        frames: js.length,
        jsP50Ms: round(percentile(js, 50), 2),
        jsP95Ms: round(percentile(js, 95), 2),
        fps: round(1000 / median(gaps)),
        startMaxMs: round(Math.max(0, ...start.js), 2),
        startFrames: start.js.length,
        uploadMaxMs: round(upload.maxMs, 2),
        uploadFrames: upload.frames,
        textureBytes,
      });
      await page.evaluate(() => window.__exhibit!.send({ type: 'ui.home' }));
      await page.waitForTimeout(1_500);
    }
    const adaptiveLevel = await page.evaluate(() => window.__exhibit!.quality()?.level ?? 0);
    return {
      cues,
      pictureStartMaxMs: Math.max(...cues.map((c) => c.startMaxMs)),
      uploadMaxMs: Math.max(...cues.map((c) => c.uploadMaxMs)),
      adaptiveLevel,
    };
  } finally {
    await context.close();
  }
}
