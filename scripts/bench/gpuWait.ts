// How long the page's main thread waits for the GPU, per frame, in one chapter of a test build
// (a tool, not part of `npm run bench`). Chromium composites in software on a machine without a
// GPU, so it reads each WebGL frame back (GLES2::ReadPixels at the commit), and the main thread
// waits there for SwiftShader to finish drawing: on this 2-core machine that wait, not the app's
// JavaScript, was most of a tap's input delay (BENCHMARKS.md, 2026-12-04 23:05). It takes a Chrome
// trace over a few seconds of the chapter and prints the wait per drawn frame, frames per second,
// the longest waits and main-thread tasks, and the busiest trace events of each thread.
//
// Serve a test build first: `npx vite build --mode test --outDir /tmp/dist-prof` and
// `PORT=4271 node --import tsx scripts/serve.mjs --dir /tmp/dist-prof`; then
// `npx tsx scripts/bench/gpuWait.ts` with, optionally:
//   BASE=http://127.0.0.1:4271  EXHIBIT=gallery  CHAPTER=plan  QUERY='&quality=full'
//   FROM_START=1 (trace from the chapter's choice, not its steady state)  MS=4000  TOP=18
import type { CDPSession } from '@playwright/test';
import { launch, openPage, waitForMarks } from './browser.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

const env = process.env;
const ms = Number(env.MS ?? 4000);
const categories = ['devtools.timeline', 'v8', 'blink', 'cc', 'gpu', 'toplevel'];

async function trace(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

const browser = await launch();
try {
  const { context, page } = await openPage(browser, {
    baseURL: env.BASE ?? 'http://127.0.0.1:4271',
  });
  await page.goto(`/?exhibit=${env.EXHIBIT ?? 'gallery'}${env.QUERY ?? ''}`);
  await waitForMarks(page, 1);
  await page.locator('[data-key="start"]').tap();
  await page.locator('[data-key="continue"]').tap();
  await page.waitForTimeout(3000);
  const chapter = JSON.stringify(env.CHAPTER ?? 'plan');
  const choose = () =>
    page.evaluate(`(() => {
      const e = window.__exhibit;
      const i = e.outline().chapters.map((c) => c.id).indexOf(${chapter});
      e.send({ type: 'ui.chapterChosen', index: i });
      e.send({ type: 'ui.pause' });
    })()`);
  const frames = () => page.evaluate('window.__exhibit.quiet().frames') as Promise<number>;
  if (env.FROM_START !== '1') {
    await choose();
    await page.waitForTimeout(6000); // the level settles
  }
  const cdp = await context.newCDPSession(page);
  let drawn = 0;
  const events = await trace(cdp, async () => {
    if (env.FROM_START === '1') await choose();
    const before = await frames();
    await page.waitForTimeout(ms);
    drawn = (await frames()) - before;
  });
  const level = await page.evaluate('window.__exhibit.quality()?.level');

  const names = new Map<string, string>();
  for (const e of events)
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  // The page's renderer: the CrRendererMain that began the most frames.
  const begun = new Map<number, number>();
  for (const e of events)
    if (e.name === 'ProxyMain::BeginMainFrame' && e.ph === 'X')
      begun.set(e.pid, (begun.get(e.pid) ?? 0) + 1);
  const pagePid = [...begun.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = (e: TraceEvent) =>
    e.pid === pagePid && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const durations = (name: string) =>
    events
      .filter((e) => e.ph === 'X' && e.name === name && onMain(e))
      .map((e) => (e.dur ?? 0) / 1000)
      .sort((a, b) => b - a);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const waits = durations('GLES2::ReadPixels');
  const tasks = durations('ThreadControllerImpl::RunTask');
  const perSecond = (x: number) => ((x / ms) * 1000).toFixed(0);
  console.log(
    `chapter ${chapter} at level ${level}: ${((drawn / ms) * 1000).toFixed(1)} frames/s drawn; ` +
      `GPU wait ${(sum(waits) / Math.max(1, drawn)).toFixed(1)} ms a frame, ${perSecond(sum(waits))} ms/s; ` +
      `main thread busy ${perSecond(sum(tasks))} ms/s`,
  );
  const top = (xs: number[]) =>
    xs
      .slice(0, 6)
      .map((x) => x.toFixed(0))
      .join(' ');
  console.log(`longest GPU waits ${top(waits)} ms; longest main-thread tasks ${top(tasks)} ms`);
  // The busiest events of each thread (nested events are counted in their parents too).
  const byThread = new Map<string, Map<string, number>>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const thread = names.get(`${e.pid}:${e.tid}`) ?? '?';
    if (!/CrRendererMain|Compositor|CrGpuMain/.test(thread)) continue;
    if (thread === 'CrRendererMain' && e.pid !== pagePid) continue;
    const m = byThread.get(thread) ?? new Map<string, number>();
    byThread.set(thread, m);
    m.set(e.name, (m.get(e.name) ?? 0) + e.dur / 1000);
  }
  for (const [thread, m] of byThread) {
    console.log(`== ${thread} (ms in ${ms} ms)`);
    for (const [name, t] of [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(env.TOP ?? 12)))
      console.log(`${t.toFixed(1).padStart(9)} ${name}`);
  }
} finally {
  await browser.close();
}
