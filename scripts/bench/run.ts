// `npm run bench` (issue 7): builds the production bundle, the test build and a bare Pixi page,
// serves them on 4190–4192, drives headless Chromium, prints one table and writes
// bench/results.json. BENCH_VISITS (1,000), BENCH_RUNS (7 cold starts / resets / reloads),
// BENCH_TAP_ROUNDS (4 walks of 13 taps) and BENCH_ONLY (e.g. "size,cold") make quick runs;
// "BENCH_ONLY=images" (picture cues, images.ts) builds and serves only the test build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { coldStart, type ColdStart } from './coldStart.ts';
import { frames, type Frames } from './frames.ts';
import { images, type Images } from './images.ts';
import { launch } from './browser.ts';
import { machineInfo } from './machine.ts';
import { kb, mib, table, type Row } from './report.ts';
import { reset, type Reset } from './reset.ts';
import { buildOne, serve } from './servers.ts';
import { size } from './size.ts';
import { soak, type Soak } from './soak.ts';
import { touch, type Touch } from './touch.ts';

const VISITS = Number(process.env.BENCH_VISITS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TAP_ROUNDS = Number(process.env.BENCH_TAP_ROUNDS ?? 4);
const ONLY = process.env.BENCH_ONLY?.split(',');
const wants = (part: string) => !ONLY || ONLY.includes(part);
const MB = 2 ** 20;

const started = Date.now();
const log = (line: string) =>
  console.log(`[${Math.round((Date.now() - started) / 1000)} s] ${line}`);

// Only the picture scene (or the soak) needs no production or bare build.
const testOnly = !!ONLY?.every((p) => p === 'images' || p === 'soak');
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
async function part<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  if (!wants(name)) return undefined;
  log(`${name}…`);
  const t = Date.now();
  const r = await fn();
  timings[name] = Math.round((Date.now() - t) / 1000);
  log(`${name} done in ${timings[name]} s`);
  return r;
}
let cold: ColdStart | undefined;
let tap: Touch | undefined;
let frame: Frames | undefined;
let res: Reset | undefined;
let soaked: Soak | undefined;
let pictures: Images | undefined;
try {
  cold = await part('cold', () => coldStart(browser, prod!.url, bare!.url, RUNS));
  tap = await part('touch', () => touch(browser, prod!.url, TAP_ROUNDS));
  frame = await part('frames', () => frames(browser, prod!.url));
  res = await part('reset', () => reset(browser, prod!.url, RUNS));
  soaked = await part('soak', () => soak(browser, test!.url, VISITS, log));
  pictures = await part('images', () => images(browser, test!.url));
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s?.close()));
}
const sized = dist ? size(dist) : undefined;
const machine = machineInfo(browser, cold?.renderer ?? 'not measured');

const rows: Row[] = [];
if (cold)
  rows.push(
    { figure: 'cold start, median (prod)', value: `${cold.coldStartMs} ms`, goal: '' },
    { figure: 'bare Pixi page, median', value: `${cold.bareMs50} ms`, goal: '' },
    {
      figure: 'cold start / bare Pixi',
      value: `${cold.coldStartRatio}×`,
      goal: '≤ 1.5×',
      pass: cold.coldStartRatio <= 1.5,
    },
  );
if (tap)
  rows.push(
    {
      figure: `touch → frame p50 (${tap.taps} taps, prod)`,
      value: `${tap.touchP50Ms} ms`,
      goal: '',
    },
    {
      figure: 'touch → frame p95',
      value: `${tap.touchP95Ms} ms`,
      goal: '≤ 20 ms',
      pass: tap.touchP95Ms <= 20,
    },
    {
      figure: 'of which pointer down → click handled, p50/p95',
      value: `${tap.handledP50Ms} / ${tap.handledP95Ms} ms`,
      goal: 'reference',
    },
    {
      figure: `pointer down → paint p50/p95 (ref., ${tap.paintSamples} ≥16 ms)`,
      value: `${tap.paintP50Ms} / ${tap.paintP95Ms} ms`,
      goal: 'reference',
    },
  );
if (frame)
  rows.push(
    {
      figure: `frame JS p50 (${frame.heaviest.chapter} ${frame.heaviest.cue}, 1080p)`,
      value: `${frame.frameJsP50Ms} ms`,
      goal: '',
    },
    {
      figure: 'frame JS p95 (heaviest cue)',
      value: `${frame.frameJsP95Ms} ms`,
      goal: '≤ 4 ms',
      pass: frame.frameJsP95Ms <= 4,
    },
    { figure: 'frame rate there (SwiftShader)', value: `${frame.fps} fps`, goal: 'reference' },
  );
if (res)
  rows.push(
    { figure: 'idle reset → attract frame, median', value: `${res.resetMs} ms`, goal: '' },
    { figure: 'full reload → attract frame, median', value: `${res.reloadMs} ms`, goal: '' },
    {
      figure: 'reset / reload',
      value: `${res.resetToReloadRatio}×`,
      goal: '≤ 0.1×',
      pass: res.resetToReloadRatio <= 0.1,
    },
  );
if (soaked)
  rows.push(
    {
      figure: `soak: heap growth, first 10 → last 10 of ${soaked.soakVisits} (test build)`,
      value: mib(soaked.soakHeapGrowthBytes),
      goal: '≤ 2 MB',
      pass: soaked.soakHeapGrowthBytes <= 2 * MB,
    },
    {
      figure: 'soak: textures / display objects growth',
      value: `${soaked.soakTextureGrowth} / ${soaked.soakDisplayObjectGrowth}`,
      goal: '0',
      pass: soaked.soakTextureGrowth <= 0 && soaked.soakDisplayObjectGrowth <= 0,
    },
    {
      figure: 'soak: elements / listeners / Howls growth',
      value: `${soaked.soakElementGrowth} / ${soaked.soakListenerGrowth} / ${soaked.soakHowlGrowth}`,
      goal: '0',
      pass:
        soaked.soakElementGrowth <= 0 &&
        soaked.soakListenerGrowth <= 0 &&
        soaked.soakHowlGrowth <= 0,
    },
    {
      figure: 'soak: DOM nodes incl. detached (CDP)',
      value: `${soaked.soakDomNodeGrowth}`,
      goal: 'reference',
    },
    { figure: 'soak: wall time', value: `${soaked.soakMinutes} min`, goal: 'reference' },
  );
for (const c of pictures?.cues ?? [])
  rows.push(
    {
      figure: `frame JS p50 / p95, ${c.type} cue (gallery, 1080p, test build)`,
      value: `${c.jsP50Ms} / ${c.jsP95Ms} ms`,
      goal: '≤ 4 ms',
      pass: c.jsP95Ms <= 4,
    },
    {
      figure: `${c.type} cue: texture (variant w × h × 4), frame rate`,
      value: `${mib(c.textureBytes)}, ${c.fps} fps`,
      goal: 'reference',
    },
  );
if (sized)
  rows.push(
    {
      figure: `JS, gzip (${sized.jsFiles} files, all chunks)`,
      value: kb(sized.jsGzipBytes),
      goal: '≤ 350 KB',
      pass: sized.jsGzipBytes <= 350_000,
    },
    { figure: 'CSS, gzip', value: kb(sized.cssGzipBytes), goal: '' },
    {
      figure: 'fonts (woff2 / with woff fallbacks)',
      value: `${kb(sized.fontWoff2Bytes)} / ${kb(sized.fontAllBytes)}`,
      goal: '',
    },
    {
      figure: `narration per minute (Opus; ${sized.narrationMinutes} min)`,
      value: kb(sized.narrationBytesPerMinute),
      goal: '',
    },
    {
      figure: 'narration per minute (MP3 fallback)',
      value: kb(sized.narrationMp3BytesPerMinute),
      goal: '',
    },
    {
      figure: 'media in the build (uprising)',
      value: `${(sized.mediaBytes / 1e6).toFixed(1)} MB`,
      goal: '',
    },
  );

const results = {
  command: 'npm run bench',
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  partSeconds: timings,
  settings: { visits: VISITS, runs: RUNS, tapRounds: TAP_ROUNDS, only: ONLY ?? 'all' },
  machine,
  coldStartMs: cold?.coldStartMs ?? null,
  coldStartRatio: cold?.coldStartRatio ?? null,
  touchP50Ms: tap?.touchP50Ms ?? null,
  touchP95Ms: tap?.touchP95Ms ?? null,
  frameJsP50Ms: frame?.frameJsP50Ms ?? null,
  frameJsP95Ms: frame?.frameJsP95Ms ?? null,
  resetMs: res?.resetMs ?? null,
  resetToReloadRatio: res?.resetToReloadRatio ?? null,
  soakVisits: soaked?.soakVisits ?? null,
  soakHeapGrowthBytes: soaked?.soakHeapGrowthBytes ?? null,
  soakTextureGrowth: soaked?.soakTextureGrowth ?? null,
  jsGzipBytes: sized?.jsGzipBytes ?? null,
  narrationBytesPerMinute: sized?.narrationBytesPerMinute ?? null,
  details: {
    coldStart: cold,
    touch: tap,
    frames: frame,
    reset: res,
    soak: soaked,
    size: sized,
    images: pictures,
  },
};
mkdirSync('bench', { recursive: true });
// A partial run (BENCH_ONLY) writes beside the full results, not over them.
const out = ONLY ? `bench/results.${ONLY.join('-')}.json` : 'bench/results.json';
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`\n${table(rows)}\n`);
console.log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.browser}, ${machine.renderer}; load ${machine.loadAverage}`,
);
console.log(`${out} written; ${results.durationSeconds} s in all`);
