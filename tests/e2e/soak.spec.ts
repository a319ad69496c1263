// A short soak in the browser: the display loop tells 60 chapters (Playwright's clock moves the
// machine's timers, the stage's clock is stepped), and the heap, the DOM, Pixi's display objects
// and textures, and Howler's sounds stay where they were after the first few. The long soak is
// `npm run bench` (issue 7).
import { expect, test } from './kiosk.ts';

test('display mode: 60 chapters in, nothing has grown', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await page.goto('/?exhibit=test-exhibit&mode=display&effects=none');
  await page.waitForFunction(() => window.__exhibit);
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(window.__exhibit!.state().value)))
    .toContain('display');
  await page.evaluate(() => window.__exhibit!.freeze());
  // The JS heap after a forced garbage collection, through the DevTools protocol.
  const cdp = await page.context().newCDPSession(page);
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Math.round((usedSize / 2 ** 20) * 100) / 100;
  };
  const measure = async () => ({
    heapMB: await heapMB(),
    ...(await page.evaluate(() => {
      const e = window.__exhibit!;
      return {
        ...e.counts(),
        dom: document.getElementsByTagName('*').length,
        howls: e.howls(),
        chapter: e.state().chapterIndex,
      };
    })),
  });
  const chapter = async () => {
    await page.evaluate(() => window.__exhibit!.send({ type: 'narration.ended' }));
    await page.clock.fastForward(8_100); // the breath between chapters
    await page.evaluate(() => window.__exhibit!.advance(3_000));
  };
  for (let i = 0; i < 10; i++) await chapter();
  const first = await measure();
  for (let i = 0; i < 50; i++) await chapter();
  const last = await measure();
  test.info().annotations.push({
    type: 'soak',
    description: `after 10 chapters ${JSON.stringify(first)}; after 60 ${JSON.stringify(last)}`,
  });
  console.log(test.info().annotations.at(-1)!.description);
  expect(last.chapter).toBe(first.chapter); // 50 more chapters: the two of them, 25 times each
  expect(last.displayObjects).toBe(first.displayObjects);
  expect(last.textures).toBeLessThanOrEqual(first.textures);
  expect(last.dom).toBe(first.dom);
  expect(last.howls).toBeLessThanOrEqual(first.howls);
  expect(last.heapMB - first.heapMB, 'heap growth, MB').toBeLessThan(2);
});
