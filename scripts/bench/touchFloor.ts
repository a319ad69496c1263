// What a tap costs on this machine before the kiosk does anything: the touch figure (touch.ts:
// pointerdown's timestamp → the start of the first frame after the click's handlers) on the bare
// page (bare/main.ts) with a DOM button over it, measured in the same run as the kiosk's:
//   - dom: the button alone, no canvas: Playwright's taps through Chromium's input path;
//   - pixi: over the bare Pixi stage, drawn by the page's main thread at full resolution, as
//     Pixi draws by default: each frame it waits for SwiftShader at the commit (the readback);
//   - worker: the same stage drawn from a worker into an OffscreenCanvas: the main thread free.
// The kiosk's figure is between the first two; the third is what rendering off the main thread
// would leave a page like it.
import type { Browser } from '@playwright/test';
import { openPage, record } from './browser.ts';
import { percentile, round } from './stats.ts';

/** One bare page's taps. */
export interface FloorFigures {
  taps: number;
  touchP50Ms: number;
  touchP95Ms: number;
  /** The pointerdown's wait for the main thread (Event Timing), p50. */
  inputDelayP50Ms: number;
}

export type TouchFloor = Record<'dom' | 'pixi' | 'worker', FloorFigures>;

const PAGES = { dom: '/?button&none', pixi: '/?button', worker: '/?button&worker' } as const;

/** `taps` taps on each bare page, 300 ms apart, once its stage is up. */
export async function touchFloor(
  browser: Browser,
  bareURL: string,
  taps = 24,
): Promise<TouchFloor> {
  const out: Partial<TouchFloor> = {};
  for (const [name, path] of Object.entries(PAGES) as [keyof TouchFloor, string][]) {
    const { context, page } = await openPage(browser, { baseURL: bareURL });
    try {
      await page.goto(path);
      await page.locator('body[data-ready]').waitFor();
      await page.waitForTimeout(1_000);
      for (let i = 0; i < taps; i++) {
        await page.locator('#tap').tap();
        await page.waitForTimeout(300);
      }
      const rec = await record(page);
      const ms = rec.taps.map((t) => t.frame - t.down);
      out[name] = {
        taps: ms.length,
        touchP50Ms: round(percentile(ms, 50)),
        touchP95Ms: round(percentile(ms, 95)),
        inputDelayP50Ms: round(
          percentile(
            rec.taps.map((t) => t.inputDelay ?? 0),
            50,
          ),
        ),
      };
    } finally {
      await context.close();
    }
  }
  return out as TouchFloor;
}
