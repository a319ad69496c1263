// The soak: 1,000 simulated visits (BENCH_VISITS) on the TEST build (it needs window.__exhibit's
// counts), at 960×540 with `?effects=none` on Playwright's clock: the visit driver shared with
// tests/e2e/visits.spec.ts. Heap after forced GC (CDP), the document's elements, DOM nodes and
// listeners (CDP), Pixi's
// display objects and textures, Howler's sounds: medians after each of the first ten visits
// against the last ten, and a sample every 100 visits. Heap snapshots (CDP) halfway and at the
// end (visits 500 and 1,000; 100 and 200 for BENCH_VISITS=200), summarised by constructor and
// diffed (heapSnapshot.ts): what is left reachable that grew, by count and self size.
import type { Browser } from '@playwright/test';
import { openForVisits, runVisits, type VisitSample } from '../../tests/e2e/visitDriver.ts';
import {
  diffSummaries,
  takeSummary,
  totalBytes,
  type HeapGrowth,
  type SnapshotSummary,
} from './heapSnapshot.ts';
import { qualityLevel } from './level.ts';
import { withQuality, type BenchQuality } from './quality.ts';

/** The groups that grew most between the two snapshots, and the snapshots' totals. */
export interface SnapshotDiff {
  /** The visits after which the snapshots were taken. */
  visits: [number, number];
  /** Self sizes of everything reachable, in bytes. */
  totalBefore: number;
  totalAfter: number;
  /** The largest growths by bytes, then by count (at most 15 of each, no repeats). */
  top: HeapGrowth[];
  /** The string shapes that grew most (heapSnapshot.ts shapeOf), by bytes then count. */
  strings?: HeapGrowth[];
}

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
  /** The quality level at the end (the stage is frozen and stepped: the controller is never fed). */
  adaptiveLevel: number;
  snapshots: SnapshotDiff;
  first: VisitSample[];
  last: VisitSample[];
  trend: VisitSample[];
}

/** The visits to snapshot after: halfway and the last. */
export function snapshotVisits(visits: number): [number, number] {
  return [Math.max(1, Math.floor(visits / 2)), visits];
}

/** The growths worth showing: the 15 largest by bytes and the 15 largest by count. */
export function topGrowth(diff: HeapGrowth[], n = 15): HeapGrowth[] {
  const byBytes = diff.slice(0, n);
  const byCount = [...diff]
    .sort((a, b) => b.countDelta - a.countDelta)
    .filter((g) => !byBytes.includes(g))
    .slice(0, n);
  return [...byBytes, ...byCount];
}

/** Runs the soak; `progress` is told every 50 visits. */
export async function soak(
  browser: Browser,
  baseURL: string,
  visits: number,
  progress: (line: string) => void,
  quality: BenchQuality = 'adaptive',
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
    await openForVisits(page, withQuality('/?effects=none', quality));
    const cdp = await context.newCDPSession(page);
    const at = snapshotVisits(visits);
    const summaries: SnapshotSummary[] = [];
    const r = await runVisits(page, visits, {
      every: 100,
      onProgress: (n) =>
        n % 50 === 0 &&
        progress(`  soak: ${n}/${visits} visits, ${Math.round((Date.now() - started) / 1000)} s`),
      after: async (n) => {
        if (!at.includes(n)) return;
        summaries.push(await takeSummary(cdp));
        progress(`  soak: heap snapshot after visit ${n}`);
      },
    });
    const adaptiveLevel = await qualityLevel(page);
    await cdp.detach();
    const [before, after] = summaries as [SnapshotSummary, SnapshotSummary];
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
      adaptiveLevel,
      snapshots: {
        visits: at,
        totalBefore: totalBytes(before.groups),
        totalAfter: totalBytes(after.groups),
        top: topGrowth(diffSummaries(before.groups, after.groups)),
        strings: topGrowth(diffSummaries(before.strings, after.strings), 10),
      },
      first: r.first,
      last: r.last,
      trend: r.trend,
    };
  } finally {
    await context.close();
  }
}
