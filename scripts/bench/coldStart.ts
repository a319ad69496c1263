// Cold start: navigation → the end of the first animation frame with the attract loop on the
// stage (its "Touch to begin" in the DOM and Pixi's frame drawn), in a fresh context each time
// (empty cache, no service worker), against the bare Pixi page, alternating, in the same run.
import type { Browser } from '@playwright/test';
import { ATTRACT, openPage, record, waitForMarks } from './browser.ts';
import { qualityLevel } from './level.ts';
import { withQuality, type BenchQuality } from './quality.ts';
import { median, round } from './stats.ts';

/** Cold-start samples (ms) of the kiosk and of the bare page, and the ratio of their medians. */
export interface ColdStart {
  kioskMs: number[];
  bareMs: number[];
  /** WebGL draw calls in each kiosk first frame (0 would mean nothing was drawn). */
  kioskDraws: number[];
  coldStartMs: number;
  bareMs50: number;
  coldStartRatio: number;
  renderer: string;
  /** The quality level at the last kiosk first frame (the level it starts at). */
  adaptiveLevel: number;
}

async function once(browser: Browser, baseURL: string, selector: string, path = '/') {
  const { context, page } = await openPage(browser, { baseURL, selector });
  try {
    await page.goto(path);
    await waitForMarks(page, 1);
    const mark = (await record(page)).marks[0]!;
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info ? String(gl!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL';
    });
    const level = await qualityLevel(page);
    return { ms: mark.end - mark.start, draws: mark.draws, renderer, level };
  } finally {
    await context.close();
  }
}

/** `runs` cold starts of each, alternating so that the machine's load falls on both alike. */
export async function coldStart(
  browser: Browser,
  kioskURL: string,
  bareURL: string,
  runs: number,
  quality: BenchQuality = 'adaptive',
): Promise<ColdStart> {
  const kiosk: number[] = [];
  const bare: number[] = [];
  const draws: number[] = [];
  let renderer = '';
  let adaptiveLevel = NaN;
  await once(browser, bareURL, 'body[data-ready]'); // warm the OS file cache and the browser
  for (let i = 0; i < runs; i++) {
    bare.push((await once(browser, bareURL, 'body[data-ready]')).ms);
    const k = await once(browser, kioskURL, ATTRACT, withQuality('/', quality));
    kiosk.push(k.ms);
    draws.push(k.draws);
    renderer = k.renderer;
    adaptiveLevel = k.level;
  }
  const coldStartMs = round(median(kiosk));
  const bareMs50 = round(median(bare));
  return {
    kioskMs: kiosk.map((x) => round(x)),
    bareMs: bare.map((x) => round(x)),
    kioskDraws: draws,
    coldStartMs,
    bareMs50,
    coldStartRatio: round(coldStartMs / bareMs50, 2),
    renderer,
    adaptiveLevel,
  };
}
