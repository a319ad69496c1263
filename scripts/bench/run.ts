// `npm run bench` (issues 7 and 20): builds the production bundle, the test build and a bare Pixi
// page, serves them on 4190–4192 (BENCH_PORT: servers.ts), drives headless Chromium, prints one
// table and writes bench/results.json. Every part whose figure depends on the quality the kiosk
// draws at runs twice, adaptive (as a museum runs it; today's top-level keys) and pinned full
// (`full` in results.json), one after the other so that the machine's load falls on both alike.
// BENCH_VISITS (1,000), BENCH_RUNS (7 cold starts / resets / reloads), BENCH_TAP_ROUNDS (4 walks
// of 13 taps), BENCH_ONLY (e.g. "size,cold") and BENCH_QUALITIES (e.g. "adaptive") make quick
// runs; "BENCH_ONLY=images" (or soak, textures) builds and serves only the test build. A full
// run also writes its table at the top of BENCHMARKS.md (report.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { coldStart } from './coldStart.ts';
import { frames } from './frames.ts';
import { images } from './images.ts';
import { launch } from './browser.ts';
import { machineInfo } from './machine.ts';
import { BENCH_QUALITIES, type BenchQuality } from './quality.ts';
import {
  figuresOf,
  markdownTable,
  rowsOf,
  withTable,
  type BenchResults,
  type PartResults,
} from './report.ts';
import { reset } from './reset.ts';
import { buildOne, serve } from './servers.ts';
import { size } from './size.ts';
import { soak, type Soak } from './soak.ts';
import { textures } from './textures.ts';
import { touch } from './touch.ts';
import { touchFloor } from './touchFloor.ts';

const VISITS = Number(process.env.BENCH_VISITS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TAP_ROUNDS = Number(process.env.BENCH_TAP_ROUNDS ?? 4);
const ONLY = process.env.BENCH_ONLY?.split(',');
const QUALITIES = (process.env.BENCH_QUALITIES?.split(',') ?? BENCH_QUALITIES).filter(
  (q): q is BenchQuality => (BENCH_QUALITIES as readonly string[]).includes(q),
);
const wants = (part: string) => !ONLY || ONLY.includes(part);

const started = Date.now();
const loadAtStart = Math.round(loadavg()[0]! * 100) / 100;
const log = (line: string) =>
  console.log(`[${Math.round((Date.now() - started) / 1000)} s] ${line}`);

// Only the picture scenes, the textures and the soak need no production or bare build.
const testOnly = !!ONLY?.every((p) => p === 'images' || p === 'soak' || p === 'textures');
log(
  testOnly
    ? 'building: test (dist-test/)'
    : 'building: production (dist/), test (dist-test/), bare Pixi page (dist-bare/)',
);
const dist = testOnly ? undefined : await buildOne('production');
await buildOne('test');
if (!testOnly) await buildOne('bare');
const servers = testOnly
  ? [undefined, undefined, await serve('test')]
  : await Promise.all([serve('production'), serve('bare'), serve('test')]);
const [prod, bare, test] = servers;
const browser = await launch();
const timings: Record<string, number> = {};
const parts: Record<BenchQuality, PartResults> = { adaptive: {}, full: {} };
const errors: Record<string, string> = {};

/** Runs part `name` at each quality in turn, keeping each result under `key`. */
async function part<K extends keyof PartResults>(
  name: string,
  key: K,
  fn: (q: BenchQuality) => Promise<NonNullable<PartResults[K]>>,
): Promise<void> {
  if (!wants(name)) return;
  for (const q of QUALITIES) {
    log(`${name} (${q})…`);
    const t = Date.now();
    try {
      parts[q][key] = await fn(q);
    } catch (e) {
      // One part failing (a timeout on a loaded machine) costs its figures, not the whole run's.
      errors[`${name}.${q}`] = String(e instanceof Error ? e.message : e).split('\n')[0]!;
      log(`${name} (${q}) FAILED: ${errors[`${name}.${q}`]}`);
    }
    timings[`${name}.${q}`] = Math.round((Date.now() - t) / 1000);
    log(`${name} (${q}) done in ${timings[`${name}.${q}`]} s`);
  }
}

let soaked: Soak | undefined;
try {
  await part('cold', 'coldStart', (q) => coldStart(browser, prod!.url, bare!.url, RUNS, q));
  // The bare pages' taps (touchFloor.ts) once, after the adaptive kiosk's page has closed: they
  // have no quality of their own, and nothing else may draw while they are measured.
  await part('touch', 'touch', async (q) => {
    const taps = await touch(browser, prod!.url, TAP_ROUNDS, q);
    return q === 'adaptive' ? { ...taps, floor: await touchFloor(browser, bare!.url) } : taps;
  });
  await part('frames', 'frames', (q) => frames(browser, prod!.url, q));
  await part('reset', 'reset', (q) => reset(browser, prod!.url, RUNS, q));
  await part('images', 'images', (q) => images(browser, test!.url, q));
  await part('textures', 'textures', (q) => textures(browser, test!.url, q));
  // Once, adaptive: its stage is frozen and stepped (the quality controller is never fed frames),
  // so the quality changes nothing it measures, and 1,000 visits take ~20 minutes.
  if (wants('soak')) {
    log('soak (adaptive)…');
    const t = Date.now();
    try {
      soaked = await soak(browser, test!.url, VISITS, log, 'adaptive');
    } catch (e) {
      errors['soak.adaptive'] = String(e instanceof Error ? e.message : e).split('\n')[0]!;
      log(`soak FAILED: ${errors['soak.adaptive']}`);
    }
    timings.soak = Math.round((Date.now() - t) / 1000);
    log(`soak done in ${timings.soak} s`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s?.close()));
}
const sized = dist ? size(dist) : undefined;
const machine = machineInfo(
  browser,
  parts.adaptive.coldStart?.renderer ?? parts.full.coldStart?.renderer ?? 'not measured',
);
const adaptive = figuresOf(parts.adaptive);

const results: BenchResults = {
  command: 'npm run bench',
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  partSeconds: timings,
  settings: {
    visits: VISITS,
    runs: RUNS,
    tapRounds: TAP_ROUNDS,
    only: ONLY ?? 'all',
    qualities: QUALITIES,
  },
  machine,
  loadAtStart,
  errors,
  ...adaptive,
  soakVisits: soaked?.soakVisits ?? null,
  soakHeapGrowthBytes: soaked?.soakHeapGrowthBytes ?? null,
  soakTextureGrowth: soaked?.soakTextureGrowth ?? null,
  soakSnapshotGrowth: soaked?.snapshots.top.slice(0, 10) ?? null,
  jsGzipBytes: sized?.jsGzipBytes ?? null,
  narrationBytesPerMinute: sized?.narrationBytesPerMinute ?? null,
  full: figuresOf(parts.full),
  details: { ...parts.adaptive, soak: soaked, size: sized, full: parts.full },
};
mkdirSync('bench', { recursive: true });
// A partial run (BENCH_ONLY) writes beside the full results, not over them.
const out = ONLY ? `bench/results.${ONLY.join('-')}.json` : 'bench/results.json';
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`\n${markdownTable(rowsOf(results))}\n`);
console.log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.browser}, ${machine.renderer}; load ${loadAtStart} at the start, ${machine.loadAverage} at the end`,
);
if (!ONLY) {
  writeFileSync('BENCHMARKS.md', withTable(readFileSync('BENCHMARKS.md', 'utf8'), results));
  console.log('BENCHMARKS.md: its table rewritten from this run');
}
console.log(`${out} written; ${results.durationSeconds} s in all`);
