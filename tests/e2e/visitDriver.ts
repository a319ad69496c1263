// Simulated visits to the Uprising exhibit on Playwright's clock, shared by the 100-visit test
// (visits.spec.ts) and the 1,000-visit soak of `npm run bench` (scripts/bench/soak.ts).
// A visit: touch to begin, the advisory, sometimes a language, a chapter, a jump through part of
// its narration (sometimes switching language there), sometimes back to the menu, then nobody:
// the idle timeout, "Still there?" and its countdown return the kiosk to the attract loop.
// Events go through window.__exhibit (test builds); the stage is frozen and stepped, and time
// jumps, so a visit takes well under a second of wall time.
import type { CDPSession, Page } from '@playwright/test';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';
import type { ExhibitTestHandle } from '../../src/kiosk/testHandle.ts';
import { settler, type Settler } from './settle.ts';

/** Uprising's idle timings (exhibit.json): a minute untouched, then a 20 s countdown. */
const IDLE_MS = 60_000;
const WARNING_MS = 20_000;

/** What a visit may leave behind, measured in the attract loop after a forced GC. */
export interface VisitSample {
  visit: number;
  heapBytes: number;
  /** Elements in the document. */
  elements: number;
  /**
   * DOM nodes Blink holds (CDP), detached ones too. Not a budget: Howler fills a pool of 10
   * Audio elements over the first visits.
   */
  domNodes: number;
  listeners: number;
  displayObjects: number;
  textures: number;
  howls: number;
}

/**
 * Opens the kiosk (relative to the page's baseURL) on Playwright's clock, in the attract loop
 * with the stage frozen. 960×540 and `?effects=none` keep SwiftShader's share of a visit small
 * (`path`: the bench's soak adds its `quality=`).
 */
export async function openForVisits(page: Page, path = '/?effects=none'): Promise<void> {
  await page.clock.install({ time: new Date('2026-11-27T09:00:00') });
  await page.goto(path);
  await page.waitForFunction(() => window.__exhibit?.state().value === 'attract', null, {
    timeout: 60_000,
    polling: 200,
  });
  await page.evaluate(() => {
    window.__exhibit!.freeze();
    window.__exhibit!.advance(2_000);
  });
}

/** One visit, from the attract loop back to it. `n` varies the chapter, languages and path. */
export async function visit(page: Page, n: number): Promise<void> {
  const visitor = { n, langs: LANGUAGE_CODES };
  await page.evaluate(({ n, langs }) => {
    const e = window.__exhibit as ExhibitTestHandle;
    e.send({ type: 'ui.start' });
    e.advance(1_000);
    e.send({ type: 'ui.continue' });
    e.advance(1_000);
    if (n % 3 === 1) e.send({ type: 'ui.languageChosen', lang: langs[n % 3]! });
    e.send({ type: 'ui.chapterChosen', index: (n * 3) % 10 });
    // Paused: the narration's own clock (real audio) must not race the jumps.
    e.send({ type: 'ui.pause' });
    const starts = e.cueStarts().slice(0, 1 + (n % 3));
    for (const start of starts) {
      e.send({ type: 'narration.progress', position: start + 0.05 });
      e.advance(2_000);
    }
    if (n % 4 === 2) {
      e.send({ type: 'ui.languageChosen', lang: langs[(n + 1) % 3]! });
      e.advance(1_000);
    }
    // Half the visitors leave from the menu, half from a paused chapter.
    if (n % 2 === 0) {
      e.send({ type: 'ui.home' });
      e.advance(1_000);
    }
  }, visitor);
  // Nobody there: the idle timeout fires, then the countdown ticks each second to zero.
  await page.clock.fastForward(IDLE_MS + 500);
  await page.clock.runFor(WARNING_MS + 500);
  const where = await page.evaluate(() => {
    window.__exhibit!.advance(1_500); // the visit's scene fades out and is destroyed
    return JSON.stringify(window.__exhibit!.state().value);
  });
  if (where !== '"attract"') throw new Error(`visit ${n} did not end in attract but in ${where}`);
}

/** Once the page has settled (settle.ts), forces a GC and reads every count a leak would grow. */
export async function measureVisit(
  page: Page,
  cdp: CDPSession,
  settled: Settler,
  n: number,
): Promise<VisitSample> {
  const read = async (): Promise<VisitSample> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const stage = await page.evaluate(() => ({
      ...window.__exhibit!.counts(),
      howls: window.__exhibit!.howls(),
      elements: document.getElementsByTagName('*').length,
    }));
    return {
      visit: n,
      heapBytes: usedSize,
      domNodes: dom.nodes,
      listeners: dom.jsEventListeners,
      ...stage,
    };
  };
  // The heap moves a little with every reading; the counts stand still once nothing is in flight.
  return settled.sample(read, (s) => JSON.stringify({ ...s, heapBytes: 0 }));
}

/** Growth from the first samples to the last, by medians (a leak moves every sample). */
export function growth(first: VisitSample[], last: VisitSample[]) {
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const d = (k: Exclude<keyof VisitSample, 'visit'>) =>
    med(last.map((s) => s[k])) - med(first.map((s) => s[k]));
  return {
    heapBytes: d('heapBytes'),
    elements: d('elements'),
    domNodes: d('domNodes'),
    listeners: d('listeners'),
    displayObjects: d('displayObjects'),
    textures: d('textures'),
    howls: d('howls'),
  };
}

/**
 * Runs `count` visits, sampling after each of the first and last `edge`, and every `every`;
 * `after` runs once visit n is over and sampled (the bench's soak takes heap snapshots there).
 */
export async function runVisits(
  page: Page,
  count: number,
  options: {
    edge?: number;
    every?: number;
    onProgress?: (n: number) => void;
    after?: (n: number) => Promise<void>;
  } = {},
) {
  const edge = Math.min(options.edge ?? 10, Math.floor(count / 2));
  const every = options.every ?? 100;
  const cdp = await page.context().newCDPSession(page);
  const settled = await settler(page, cdp);
  const first: VisitSample[] = [];
  const last: VisitSample[] = [];
  const trend: VisitSample[] = [];
  for (let n = 1; n <= count; n++) {
    await visit(page, n);
    const atEdge = n <= edge || n > count - edge;
    if (atEdge || n % every === 0) {
      const s = await measureVisit(page, cdp, settled, n);
      if (n <= edge) first.push(s);
      if (n > count - edge) last.push(s);
      if (n % every === 0) trend.push(s);
    }
    await options.after?.(n);
    options.onProgress?.(n);
  }
  settled.close();
  await cdp.detach();
  return { first, last, trend, growth: growth(first, last) };
}
