// The bench measures the kiosk twice where quality matters (issue 20): with adaptive quality on,
// as a museum runs it, and pinned to full quality, as the visual baselines are drawn. A part
// takes the quality last and opens its page through `withQuality`, so the two runs differ only
// in the URL (the production build reads `?quality=` before its staff setting: startup.ts).

/** How the kiosk under measurement draws. */
export type BenchQuality = 'adaptive' | 'full';

/** Both, in the order the bench runs them. */
export const BENCH_QUALITIES: readonly BenchQuality[] = ['adaptive', 'full'];

/** `path` (e.g. "/" or "/?exhibit=gallery") with `quality=<q>` added to its query. */
export function withQuality(path: string, quality: BenchQuality): string {
  return `${path}${path.includes('?') ? '&' : '?'}quality=${quality}`;
}
