// The soak: 1,000 simulated visits (BENCH_VISITS) on the TEST build (it needs window.__exhibit's
// counts), at 960×540 with `?effects=none` on Playwright's clock: the visit driver shared with
// tests/e2e/visits.spec.ts. Heap after forced GC (CDP), the document's elements, DOM nodes and
// listeners (CDP), Pixi's
// display objects and textures, Howler's sounds: medians after each of the first ten visits
// against the last ten, and a sample every 100 visits.
import type { Browser } from '@playwright/test';
import { openForVisits, runVisits, type VisitSample } from '../../tests/e2e/visitDriver.ts';

/** Soak figures. */
export interface Soak {
  soakVisits: number;
  soakMinutes: number;
  soakHeapGrowthBytes: number;
  soakTextureGrowth: number;
  soakDisplayObjectGrowth: number;
  soakElementGrowth: number;
  soakDomNodeGrowth: number;
  soakListenerGrowth: number;
  soakHowlGrowth: number;
  first: VisitSample[];
  last: VisitSample[];
  trend: VisitSample[];
}

/** Runs the soak; `progress` is told every 50 visits. */
export async function soak(
  browser: Browser,
  baseURL: string,
  visits: number,
  progress: (line: string) => void,
): Promise<Soak> {
  const viewport = { width: 960, height: 540 };
  const context = await browser.newContext({
    baseURL,
    viewport,
    screen: viewport,
    hasTouch: true,
    serviceWorkers: 'block',
  });
  const started = Date.now();
  try {
    const page = await context.newPage();
    await openForVisits(page);
    const r = await runVisits(page, visits, {
      every: 100,
      onProgress: (n) =>
        n % 50 === 0 &&
        progress(`  soak: ${n}/${visits} visits, ${Math.round((Date.now() - started) / 1000)} s`),
    });
    return {
      soakVisits: visits,
      soakMinutes: Math.round((Date.now() - started) / 600) / 100,
      soakHeapGrowthBytes: r.growth.heapBytes,
      soakTextureGrowth: r.growth.textures,
      soakDisplayObjectGrowth: r.growth.displayObjects,
      soakElementGrowth: r.growth.elements,
      soakDomNodeGrowth: r.growth.domNodes,
      soakListenerGrowth: r.growth.listeners,
      soakHowlGrowth: r.growth.howls,
      first: r.first,
      last: r.last,
      trend: r.trend,
    };
  } finally {
    await context.close();
  }
}
