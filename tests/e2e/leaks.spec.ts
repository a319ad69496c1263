// Textures and display objects of a chapter are released when it ends: after a full visit of the
// test exhibit, the counts on the menu return to what they were on the menu before it.
import { readFileSync } from 'node:fs';
import { expect, openKiosk, startVisit, tap, test, waitFor } from './kiosk.ts';

// At full quality, so that particles and grain are among what must go back to the baseline.
test.use({ quality: 'full' });

test('chapter textures and display objects return to their baseline', async ({ page }) => {
  await openKiosk(page);
  await startVisit(page);
  const counts = () => page.evaluate(() => window.__exhibit!.counts());
  await page.waitForTimeout(1_500); // the attract scene has faded out and been destroyed
  const baseline = await counts();
  for (const index of [0, 1]) {
    await page.locator('.chapter-card').nth(index).tap();
    await waitFor(page, 'chapter.playing');
    await expect
      .poll(() => page.evaluate(() => window.__exhibit!.scene().cue), { timeout: 20_000 })
      .toMatch(/^[12]:en$/);
    const during = await counts();
    expect(during.displayObjects).toBeGreaterThan(baseline.displayObjects);
    await tap(page, 'All chapters');
    await waitFor(page, 'home');
    await page.waitForTimeout(1_500); // the chapter scene has faded out and been destroyed
  }
  const after = await counts();
  test.info().annotations.push({
    type: 'counts',
    description: `before ${JSON.stringify(baseline)}, after ${JSON.stringify(after)}`,
  });
  expect(after.displayObjects).toBe(baseline.displayObjects);
  expect(after.textures).toBeLessThanOrEqual(baseline.textures);
});

// The real exhibit, every chapter and every cue, with the stage's clock frozen and stepped so the
// whole visit takes seconds: after each chapter the menu's counts are back where they started.
test('a full visit of the Uprising exhibit leaves no textures or display objects behind', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?effects=none');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  const run = (fn: string) => page.evaluate(fn);
  await run('window.__exhibit.freeze()');
  await run(
    "window.__exhibit.send({ type: 'ui.start' }); window.__exhibit.send({ type: 'ui.continue' })",
  );
  await run('window.__exhibit.advance(3_000)');
  const counts = () => page.evaluate(() => window.__exhibit!.counts());
  const baseline = await counts();
  const rows: string[] = [];
  let peak = 0;
  for (let chapter = 0; chapter < 10; chapter++) {
    await page.evaluate((i) => {
      const e = window.__exhibit!;
      e.send({ type: 'ui.chapterChosen', index: i });
      e.send({ type: 'ui.pause' });
    }, chapter);
    const starts = await page.evaluate(() => window.__exhibit!.cueStarts());
    for (const start of starts) {
      await page.evaluate((s) => {
        window.__exhibit!.send({ type: 'narration.progress', position: s + 0.05 });
        window.__exhibit!.advance(6_000);
      }, start);
      peak = Math.max(peak, (await counts()).textures);
    }
    const during = await counts();
    // A memorial holds the screen still for its holdSeconds (touches are ignored): let them pass.
    const memorial = memorialHold(chapter);
    if (memorial)
      await page.evaluate(
        (p) => window.__exhibit!.send({ type: 'narration.progress', position: p }),
        starts[memorial.cue]! + memorial.hold + 0.1,
      );
    await page.evaluate(() => {
      window.__exhibit!.send({ type: 'ui.home' });
      window.__exhibit!.advance(3_000);
    });
    const after = await counts();
    rows.push(
      `${chapter}: ${starts.length} cues, during ${during.textures} textures / ${during.displayObjects} objects, after ${after.textures} / ${after.displayObjects}`,
    );
    expect(after.displayObjects, `display objects after chapter ${chapter}`).toBe(
      baseline.displayObjects,
    );
    expect(after.textures, `textures after chapter ${chapter}`).toBeLessThanOrEqual(
      baseline.textures,
    );
  }
  test.info().annotations.push({
    type: 'counts',
    description: `menu before: ${baseline.textures} textures / ${baseline.displayObjects} objects; peak ${peak} textures\n${rows.join('\n')}`,
  });
  console.log(test.info().annotations.at(-1)!.description);
});

/** Uprising's memorial in chapter `index`, if it has one: its cue index and hold (s). */
function memorialHold(index: number): { cue: number; hold: number } | undefined {
  const { chapters } = JSON.parse(readFileSync('exhibits/uprising/exhibit.json', 'utf8')) as {
    chapters: string[];
  };
  const { cues } = JSON.parse(
    readFileSync(`exhibits/uprising/chapters/${chapters[index]}.json`, 'utf8'),
  ) as { cues: { type: string; holdSeconds?: number }[] };
  const cue = cues.findIndex((c) => c.type === 'memorial');
  return cue < 0 ? undefined : { cue, hold: cues[cue]!.holdSeconds ?? 20 };
}
