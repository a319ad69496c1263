// The browser the bench drives: the e2e suite's Chromium, with its launch flags, and pages with
// touch and the bench's probe installed before any script of the page runs.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { chromiumPath } from '../chromium.mjs';
import { installProbe, type BenchRecord } from './probe.ts';

/** The attract loop's "Touch to begin": its first frame ends a cold start or a reset. */
export const ATTRACT = '[data-key="start"]';

/** Launches Chromium as the e2e suite does (playwright.config.ts). */
export function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new Error("no Chromium: install Debian's package or set CHROMIUM_PATH");
  return chromium.launch({ executablePath, args: config.use?.launchOptions?.args ?? [] });
}

/** A fresh context (empty cache, no service worker yet) and a page with the probe. */
export async function openPage(
  browser: Browser,
  options: {
    baseURL: string;
    width?: number;
    height?: number;
    selector?: string;
    settings?: object;
  },
): Promise<{ context: BrowserContext; page: Page }> {
  const viewport = { width: options.width ?? 1920, height: options.height ?? 1080 };
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport,
    screen: viewport,
    hasTouch: true,
  });
  if (options.settings)
    await context.addInitScript(
      (s) => localStorage.setItem('museum-kiosk.settings', s),
      JSON.stringify(options.settings),
    );
  const page = await context.newPage();
  // tsx compiles with esbuild's keepNames, which calls a `__name` helper the page lacks.
  await page.addInitScript({
    content: `var __name = (f) => f; (${installProbe.toString()})(${JSON.stringify(options.selector ?? ATTRACT)});`,
  });
  return { context, page };
}

/** Reads the probe's record. */
export function record(page: Page): Promise<BenchRecord> {
  return page.evaluate(() => {
    const r = (window as unknown as { __bench: BenchRecord }).__bench;
    return { ...r, arm: undefined } as unknown as BenchRecord;
  });
}

/** Waits (polling gently, not every frame) until the probe has `n` first-frame marks. */
export async function waitForMarks(page: Page, n: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (n) => ((window as unknown as { __bench?: BenchRecord }).__bench?.marks.length ?? 0) >= n,
    n,
    { timeout, polling: 100 },
  );
}
