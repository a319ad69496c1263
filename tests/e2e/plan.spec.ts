// The plan cue, on the gallery's "plan" chapter: a test camp whose wall breaks open, whose zones
// join and across which a route is drawn, each as the narration reaches its step. The stage is
// frozen and the paused narration stepped, so every picture and every count is exact.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseVtt, sentenceStart } from '../../src/content/vtt.ts';
import { expect, screenshot, send, test } from './kiosk.ts';
import { SIZES, galleryChapter, openGallery } from './gallery.ts';

// Playwright applies visual.css as an inline <style>, which the kiosk's CSP refuses; here the
// page is only photographed (as in visual.spec.ts).
test.use({ bypassCSP: true });
// Baselines are drawn at full quality (kiosk.ts: other specs run at low).
test.use({ quality: 'full' });

const CHAPTER = galleryChapter('plan');

interface PlanState {
  step: number;
  labels: { x: number; y: number; width: number; height: number }[];
  labelPx: number;
  moving: boolean;
}

/** When each step starts in `lang`: from the chapter file and the committed captions. */
function stepStarts(lang: string): number[] {
  const chapter = JSON.parse(
    readFileSync('tests/fixtures/exhibits/gallery/chapters/plan.json', 'utf8'),
  ) as { cues: { steps: { at?: number; sentence?: number }[] }[] };
  const captions = parseVtt(
    readFileSync(`tests/fixtures/media/gallery/narration/plan.${lang}.vtt`, 'utf8'),
  );
  return chapter.cues[0]!.steps.map((s) => s.at ?? sentenceStart(captions, s.sentence! - 1)!);
}

const plan = (page: Page) =>
  page.evaluate(() => window.__exhibit!.scene().state as PlanState | undefined);

/** Opens the plan chapter paused in `lang`, at the plan cue's start. */
async function openPlan(page: Page, lang: string): Promise<void> {
  await send(page, { type: 'ui.chapterChosen', index: CHAPTER });
  await send(page, { type: 'ui.pause' });
  if (lang !== 'en') await send(page, { type: 'ui.languageChosen', lang });
  await at(page, (await page.evaluate(() => window.__exhibit!.cueStarts()[0]!)) + 0.05);
  await expect
    .poll(async () => (await page.evaluate(() => window.__exhibit!.scene())).cue)
    .toBe(`0:${lang}`);
}

/** Moves the paused narration to `position` and lets the stage run `ms` stepped milliseconds. */
async function at(page: Page, position: number, ms = 3_000): Promise<void> {
  await page.evaluate(
    ([p, t]) => {
      window.__exhibit!.send({ type: 'narration.progress', position: p });
      window.__exhibit!.advance(t);
    },
    [position, ms] as const,
  );
}

/** A 160×90 grey copy of the canvas, to tell one step's picture from another's. */
function sample(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    window.__exhibit!.advance(0);
    const canvas = document.querySelector('canvas')!;
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [160, 90];
    const g = copy.getContext('2d', { willReadFrequently: true })!;
    g.drawImage(canvas, 0, 0, 160, 90);
    const d = g.getImageData(0, 0, 160, 90).data;
    const out: number[] = [];
    for (let i = 0; i < d.length; i += 4) out.push(d[i]! + d[i + 1]! + d[i + 2]!);
    return out;
  });
}

const changed = (a: number[], b: number[]) => a.filter((v, i) => Math.abs(v - b[i]!) > 30).length;

/** No label over another, all on screen and above the captions band, none under 32 px. */
function expectTidy(state: PlanState, size: { width: number; height: number }, where: string) {
  const band = size.height > size.width ? 0.45 : 0.3; // --band in src/ui/styles.css
  const bottom = size.height * (1 - band);
  for (const [i, a] of state.labels.entries()) {
    expect(a.x, `${where}: label ${i} inside the left edge`).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width, `${where}: label ${i} inside the right edge`).toBeLessThanOrEqual(
      size.width,
    );
    expect(a.y, `${where}: label ${i} below the top`).toBeGreaterThanOrEqual(0);
    expect(a.y + a.height, `${where}: label ${i} above the captions band`).toBeLessThanOrEqual(
      bottom,
    );
    for (const [j, b] of state.labels.entries()) {
      if (j <= i) continue;
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart, `${where}: labels ${i} and ${j} overlap`).toBe(true);
    }
  }
  expect(state.labelPx, `${where}: label size`).toBeGreaterThanOrEqual(32);
}

for (const [orientation, size] of Object.entries(SIZES)) {
  test(`each step shows as the narration reaches it (${orientation})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await openGallery(page);
    for (const lang of ['en', 'ru', 'uk']) {
      await openPlan(page, lang);
      const drawn = (await sample(page)).filter((v) => v > 150).length;
      expect(drawn, `the plan drew in ${lang}`).toBeGreaterThan(200);
      let state = (await plan(page))!;
      expect(state.step, `before the first step (${lang})`).toBe(0);
      expectTidy(state, size, `${orientation} ${lang} step 0`);
      // Only English is photographed in both orientations; every step of it.
      const shoot = lang === 'en' || (lang === 'uk' && orientation === 'portrait');
      if (shoot)
        await expect(page).toHaveScreenshot(`plan-${orientation}-${lang}-0.png`, {
          maxDiffPixelRatio: 0.001,
          threshold: 0.2,
          stylePath: 'tests/e2e/visual.css',
        });
      let before = await sample(page);
      const starts = stepStarts(lang);
      for (const [k, start] of starts.entries()) {
        // Just before the step: nothing new yet.
        await at(page, start - 0.1, 100);
        expect((await plan(page))!.step, `just before step ${k + 1} (${lang})`).toBe(k);
        await at(page, start + 0.05);
        state = (await plan(page))!;
        expect(state.step, `at step ${k + 1} (${lang})`).toBe(k + 1);
        expect(state.moving, 'its change has finished').toBe(false);
        expectTidy(state, size, `${orientation} ${lang} step ${k + 1}`);
        const after = await sample(page);
        expect(
          changed(before, after),
          `step ${k + 1} changed the picture (${lang})`,
        ).toBeGreaterThan(20);
        before = after;
        // Every step is kept as an artifact to look at (test-results/screens/).
        await screenshot(page, `plan-${orientation}-${lang}-step-${k + 1}`);
      }
      if (shoot)
        await expect(page).toHaveScreenshot(`plan-${orientation}-${lang}-${starts.length}.png`, {
          maxDiffPixelRatio: 0.001,
          threshold: 0.2,
          stylePath: 'tests/e2e/visual.css',
        });
      await send(page, { type: 'ui.home' });
      await page.evaluate(() => window.__exhibit!.advance(3_000));
    }
  });
}

test('display objects and textures are back at their baseline after the chapter', async ({
  page,
}) => {
  await openGallery(page);
  const counts = () => page.evaluate(() => window.__exhibit!.counts());
  const baseline = await counts();
  await openPlan(page, 'en');
  for (const start of stepStarts('en')) await at(page, start + 0.05);
  const during = await counts();
  expect(during.displayObjects).toBeGreaterThan(baseline.displayObjects);
  await send(page, { type: 'ui.home' });
  await page.evaluate(() => window.__exhibit!.advance(3_000));
  const after = await counts();
  test.info().annotations.push({
    type: 'counts',
    description: `before ${JSON.stringify(baseline)}, during ${JSON.stringify(during)}, after ${JSON.stringify(after)}`,
  });
  expect(after.displayObjects).toBe(baseline.displayObjects);
  expect(after.textures).toBeLessThanOrEqual(baseline.textures);
});

test('reduced motion: a step crossfades in place, its route whole from the start', async ({
  page,
}) => {
  await openGallery(page, { query: '&reducedMotion=1' });
  await openPlan(page, 'en');
  const starts = stepStarts('en');
  for (const start of starts.slice(0, -1)) await at(page, start + 0.05);
  // Halfway through the route's step: with motion it is half drawn; without, all of it is there,
  // faint. Compare the picture halfway with the finished one: the same pixels are lit.
  await at(page, starts.at(-1)! + 0.05, 550);
  expect((await plan(page))!.moving).toBe(true);
  const half = await sample(page);
  await page.evaluate(() => window.__exhibit!.advance(3_000));
  const done = await sample(page);
  const lit = (s: number[]) => s.map((v, i) => (v > 120 ? i : -1)).filter((i) => i >= 0);
  const both = lit(done).filter((i) => half[i]! > 60).length;
  test
    .info()
    .annotations.push({ type: 'route pixels', description: `${both} of ${lit(done).length}` });
  // Every pixel lit at the end is already drawn (fainter) halfway: nothing moves along the path.
  expect(both / lit(done).length).toBeGreaterThan(0.97);
});

test('frame cost: the plan at rest and while a step changes', async ({ page }) => {
  // Each stepped frame is timed in the page: `advance(16)` (the scene's update and a render) and
  // `advance(0)` (a render alone); the difference is the view's own JavaScript. The software
  // renderer of a test machine is slow, so this reports figures and only guards against a
  // runaway (a frame's update above 8 ms at the median).
  test.setTimeout(180_000);
  await page.setViewportSize(SIZES.landscape);
  await openGallery(page);
  await openPlan(page, 'en');
  const starts = stepStarts('en');
  const cost = (from: number) =>
    page.evaluate(
      ([position]) => {
        const e = window.__exhibit!;
        e.send({ type: 'narration.progress', position });
        const frame: number[] = [];
        const render: number[] = [];
        for (let f = 0; f < 12; f++) {
          let t = performance.now();
          e.advance(16);
          frame.push(performance.now() - t);
          t = performance.now();
          e.advance(0);
          render.push(performance.now() - t);
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
        const r = (x: number) => Math.round(x * 10) / 10;
        return {
          frame: r(median(frame)),
          render: r(median(render)),
          update: r(median(frame.map((x, i) => x - render[i]!))),
        };
      },
      [from] as const,
    );
  const rest = await cost(starts[0]! - 0.5);
  const breach = await cost(starts[0]! + 0.05); // the wall opens over these frames
  const route = await cost(starts.at(-1)! + 0.05); // the route draws over these
  const figures = `rest ${JSON.stringify(rest)}; breach ${JSON.stringify(breach)}; route ${JSON.stringify(route)}`;
  test.info().annotations.push({ type: 'frame ms (median of 12)', description: figures });
  console.log(`plan frame ms (median of 12): ${figures}`);
  expect(route.update).toBeLessThan(8);
});
