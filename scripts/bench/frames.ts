// Frame cost on the production build at 1920×1080 (effects as shipped: "auto"): JavaScript time
// per frame while chapter cues play, for the cues most likely to be the heaviest: the first map
// (or else first) cue of every chapter with an atmosphere beyond grain, and every chapter's first
// picture cue of each kind (object, image, video, plan: issue 20), 6 s each from the cue's start,
// which takes in its crossfade and its picture's decode and upload. The heaviest (by p95) is the
// figure. The probe times every rAF, timeout, interval and message-port callback (Pixi's ticker and render, the
// narration's progress and the machine's work it causes, Howler's timers, the pictures' uploads)
// and sums them per frame interval.
import type { Browser, Page } from '@playwright/test';
import { loadExhibit } from '../../src/content/load.ts';
import { fsReader } from '../fsReader.ts';
import { openPage, record, waitForMarks } from './browser.ts';
import { qualityLevel } from './level.ts';
import { withQuality, type BenchQuality } from './quality.ts';
import { median, percentile, round } from './stats.ts';

const RECORD_MS = 6_000;

/** One cue's frames. */
export interface CueFrames {
  chapter: string;
  cue: string;
  frames: number;
  jsP50Ms: number;
  jsP95Ms: number;
  fps: number;
}

/** The heaviest cue's figures and every candidate's. */
export interface Frames {
  heaviest: CueFrames;
  frameJsP50Ms: number;
  frameJsP95Ms: number;
  fps: number;
  cues: CueFrames[];
  /** The quality level when the last cue's measurement ended (the stage's canvas: level.ts). */
  adaptiveLevel: number;
}

/** The cue types that show a picture, a film or a plan. */
const PICTURE_CUES = ['object', 'image', 'video', 'plan'];

/**
 * Chapters with more than grain over them, and the first map (or else first) cue of each; and in
 * every chapter, the first cue of each picture type.
 */
async function candidates() {
  const exhibit = await loadExhibit(fsReader('.', 'uprising'));
  return exhibit.chapters.flatMap((c, index) => {
    const at = (i: number) => ({
      index,
      chapter: c.id,
      cue: `${i}:${c.cues[i]!.type}`,
      start: c.tracks.en?.cueStarts[i] ?? 0,
    });
    const picked = new Set<number>();
    if (c.atmosphere.some((a) => a !== 'grain'))
      picked.add(
        Math.max(
          0,
          c.cues.findIndex((q) => q.type === 'map'),
        ),
      );
    for (const type of PICTURE_CUES) {
      const i = c.cues.findIndex((q) => q.type === type);
      if (i >= 0) picked.add(i);
    }
    return [...picked].sort((a, b) => a - b).map(at);
  });
}

/** Moves the narration, once it plays, to `seconds` (Howler is a window global in any build). */
async function seek(page: Page, seconds: number): Promise<void> {
  await page.waitForFunction(
    (s) => {
      type H = { _src: unknown; playing(): boolean; seek(s: number): void };
      const howls = (window as unknown as { Howler: { _howls: H[] } }).Howler._howls;
      const narration = howls.find((h) => String(h._src).includes('/narration/') && h.playing());
      narration?.seek(s);
      return !!narration;
    },
    seconds,
    { timeout: 30_000, polling: 100 },
  );
}

async function measure(page: Page): Promise<{ js: number[]; gaps: number[] }> {
  await page.evaluate(() => {
    const r = (window as unknown as { __bench: { recording: boolean; frameJs: number[] } }).__bench;
    r.frameJs.length = 0;
    (r as unknown as { frameGaps: number[] }).frameGaps.length = 0;
    r.recording = true;
  });
  await page.waitForTimeout(RECORD_MS);
  await page.evaluate(() => {
    (window as unknown as { __bench: { recording: boolean } }).__bench.recording = false;
  });
  const rec = await record(page);
  const n = rec.frameJs.length;
  return { js: rec.frameJs, gaps: rec.frameGaps.slice(0, n) };
}

/** Plays each candidate cue and measures it. */
export async function frames(
  browser: Browser,
  baseURL: string,
  quality: BenchQuality = 'adaptive',
): Promise<Frames> {
  const { context, page } = await openPage(browser, { baseURL });
  try {
    await page.goto(withQuality('/', quality));
    await waitForMarks(page, 1);
    await page.locator('[data-key="start"]').tap();
    await page.locator('[data-key="continue"]').tap();
    await page.waitForTimeout(1_500);
    const cues: CueFrames[] = [];
    let adaptiveLevel = NaN;
    for (const c of await candidates()) {
      await page.locator(`[data-key="chapter-${c.index}"]`).tap();
      await seek(page, c.start + 0.05);
      const { js, gaps } = await measure(page);
      adaptiveLevel = await qualityLevel(page);
      cues.push({
        chapter: c.chapter,
        cue: c.cue,
        frames: js.length,
        jsP50Ms: round(percentile(js, 50), 2),
        jsP95Ms: round(percentile(js, 95), 2),
        fps: round(1000 / median(gaps)),
      });
      await page.locator('[data-key="home"]').tap();
      await page.waitForTimeout(1_500);
    }
    const heaviest = cues.reduce((a, b) => (b.jsP95Ms > a.jsP95Ms ? b : a));
    return {
      heaviest,
      frameJsP50Ms: heaviest.jsP50Ms,
      frameJsP95Ms: heaviest.jsP95Ms,
      fps: heaviest.fps,
      cues,
      adaptiveLevel,
    };
  } finally {
    await context.close();
  }
}
