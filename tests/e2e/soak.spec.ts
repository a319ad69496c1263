// Eight hours of the display loop in the browser, on Playwright's clock: the Uprising exhibit tells
// its chapters in turn, muted (its narration told on the story clock, which the fake clock moves),
// the DOM, Pixi's display objects and textures, and Howler's sounds are the same after the last loop
// as after the first, and the heap levels off. Time jumps from one event to the next (a chapter's end, the end
// of the breath after it), firing the machine's timers as they fall due; the stage's own clock is
// stepped 3 s after each jump and draws a frame. The 1,000-visit soak is `npm run bench` (issue 7).
import { expect, test } from './kiosk.ts';

const HOUR = 60 * 60 * 1000;
const BREATH_MS = 8_200; // the display loop's pause between chapters, and a little
const LAST = 9; // Uprising's tenth chapter: the measurements are taken in the breath after it

// A quarter of the pixels: SwiftShader's cost per frame is the soak's clock; the code is the same.
test.use({ viewport: { width: 960, height: 540 } });
// At full quality, so that particles and grain are among what must not grow.
test.use({ quality: 'full' });

test('display mode: 8 simulated hours never stick and nothing grows', async ({ page }) => {
  test.setTimeout(420_000);
  // A museum day from 9 am: the watchdog's 4 am reload belongs to another test.
  await page.clock.install({ time: new Date('2026-11-27T09:00:00') });
  await page.addInitScript(() =>
    localStorage.setItem(
      'museum-kiosk.settings',
      JSON.stringify({ mode: 'display', displayVolume: 0 }),
    ),
  );
  await page.goto('/?effects=none');
  await page.waitForFunction(() => window.__exhibit);
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(window.__exhibit!.state().value)), {
      timeout: 30_000,
    })
    .toContain('display');
  await page.evaluate(() => {
    (window as { soakMarker?: number }).soakMarker = 1; // gone if the page reloads
    window.__exhibit!.freeze();
  });
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return {
      heapMB: Math.round((usedSize / 2 ** 20) * 100) / 100,
      ...(await page.evaluate(() => ({
        ...window.__exhibit!.counts(),
        dom: document.getElementsByTagName('*').length,
        howls: window.__exhibit!.howls(),
      }))),
    };
  };
  const snapshots: Awaited<ReturnType<typeof measure>>[] = [];
  const told: number[] = [];
  let previous = -1;
  let measuredThisLoop = false;
  let elapsed = 0;
  while (elapsed < Number(process.env.SOAK_HOURS ?? 8) * HOUR) {
    const s = await page.evaluate(() => window.__exhibit!.state());
    const value = JSON.stringify(s.value);
    expect(value, 'always in the display loop').toContain('display');
    if (s.chapterIndex !== previous) told.push(s.chapterIndex);
    previous = s.chapterIndex;
    if (s.chapterIndex !== LAST) measuredThisLoop = false;
    else if (value.includes('between') && !measuredThisLoop) {
      snapshots.push(await measure());
      measuredThisLoop = true;
    }
    // Time jumps to where something happens: the end of the chapter, then the end of the breath
    // after it. The stage draws a frame at each (the chapter's first cue and its last).
    const step = value.includes('telling')
      ? Math.ceil((s.duration - s.position) * 1000) + 200
      : BREATH_MS;
    await page.clock.fastForward(step);
    // Three seconds of animation in 100 ms steps, then a frame: fades and camera moves finish.
    await page.evaluate(() => window.__exhibit!.advance(3_000));
    elapsed += step;
  }
  const first = snapshots[0]!;
  const last = snapshots.at(-1)!;
  const summary = `${told.length} chapters told in 8 h over ${snapshots.length} loops; after the first loop ${JSON.stringify(first)}; after the last ${JSON.stringify(last)}`;
  test.info().annotations.push({ type: 'soak', description: summary });
  console.log(summary);
  test.info().annotations.push({
    type: 'heap per loop, MB',
    description: snapshots.map((x) => x.heapMB).join(' '),
  });
  expect(await page.evaluate(() => (window as { soakMarker?: number }).soakMarker)).toBe(1);
  // Every chapter, in order, loop after loop: about 12 minutes a loop.
  expect(snapshots.length).toBeGreaterThanOrEqual(Number(process.env.SOAK_HOURS ?? 8) * 4 - 1);
  told.forEach((c, i) => i > 0 && expect(c).toBe((told[i - 1]! + 1) % 10));
  expect(last.displayObjects).toBe(first.displayObjects);
  expect(last.textures).toBeLessThanOrEqual(first.textures);
  expect(last.dom).toBe(first.dom);
  expect(last.howls).toBeLessThanOrEqual(first.howls);
  // The heap warms up over the first hours (V8's optimised code, Pixi's pools), then holds: a heap
  // snapshot diff of hour 4 against hour 8 showed only compiled code growing, no objects. A leak of
  // a chapter's scene would add megabytes here.
  const mid = snapshots[Math.floor(snapshots.length / 2)]!;
  expect(last.heapMB - mid.heapMB, 'heap growth over the second half, MB').toBeLessThan(1);
  // Warm-up grows with the content: after issue 16 (58 cues, plans, drawings, person cards) the day
  // went 9.1 -> 11.8 MB, 0.6 MB of it in the second half; before, under 2.5 MB in all.
  expect(last.heapMB - first.heapMB, 'heap growth over the day, MB').toBeLessThan(3.5);
});
