// Each visual cue type appears on the stage as the narration reaches it, in every language, and
// draws; the stage's atmosphere, grain and attract montage behave as the content asks.
import {
  expect,
  litPixels,
  openKiosk,
  screenshot,
  startVisit,
  tap,
  test,
  waitFor,
  where,
} from './kiosk.ts';
import type { Page } from '@playwright/test';

/** The cue on screen and how many cue views the chapter scene holds. */
const scene = (page: Page) => page.evaluate(() => window.__exhibit!.scene());

/**
 * Holds the paused chapter at the start of cue `index` and lets it draw for 1.6 s (the card has
 * risen, the figure has counted). Real-time polling of a 6 s chapter with four cues is at the
 * mercy of a loaded software renderer; this is not.
 */
async function holdAt(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const e = window.__exhibit!;
    e.send({ type: 'narration.progress', position: e.cueStarts()[i]! + 0.05 });
  }, index);
  await expect.poll(async () => (await scene(page)).cue?.split(':')[0]).toBe(String(index));
  await page.waitForTimeout(1_600);
}

for (const lang of ['en', 'ru']) {
  test(`cues follow the narration, in order, to the chapter's end (${lang})`, async ({ page }) => {
    await openKiosk(page);
    await startVisit(page);
    if (lang === 'ru') await tap(page, 'Русский');
    await page.locator('.chapter-card').nth(1).tap();
    await waitFor(page, 'chapter.playing');
    const seen: number[] = [];
    while ((await where(page)) === 'chapter.playing') {
      const index = Number((await scene(page)).cue?.split(':')[0]);
      if (!Number.isNaN(index) && seen.at(-1) !== index) seen.push(index);
    }
    // Every cue seen came after the one before, and the last one was reached.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(2);
    // The end of the last chapter has one way on: the chapter menu; no next, no disabled pause.
    await waitFor(page, 'chapter.ended', 20_000);
    const ended = {
      en: ['All chapters', 'Next chapter', 'Pause'],
      ru: ['Все главы', 'Следующая глава', 'Пауза'],
    }[lang]!;
    const controls = page.locator('.controls button:not([lang])');
    await expect(controls).toHaveText([ended[0]!]);
    await expect(page.getByRole('button', { name: ended[1] })).toHaveCount(0);
    await expect(page.getByRole('button', { name: ended[2] })).toHaveCount(0);
  });

  test(`every cue type draws (${lang})`, async ({ page }) => {
    await openKiosk(page);
    await startVisit(page);
    if (lang === 'ru') await tap(page, 'Русский');
    const types = [
      [0, ['map', 'map', 'document', 'quote']],
      [1, ['title', 'figure', 'timeline']],
    ] as const;
    for (const [chapter, names] of types) {
      await page.evaluate((i) => {
        window.__exhibit!.send({ type: 'ui.chapterChosen', index: i });
        window.__exhibit!.send({ type: 'ui.pause' });
      }, chapter);
      for (const [index, name] of names.entries()) {
        await holdAt(page, index);
        expect(await litPixels(page), `${name} drew nothing`).toBeGreaterThan(20);
        await screenshot(page, `cue-${chapter}-${index}-${name}-${lang}`);
      }
      await page.evaluate(() => window.__exhibit!.send({ type: 'ui.home' }));
    }
  });
}

test('the canvas is never blank during a whole chapter', async ({ page }) => {
  // The stage is frozen and the paused narration is stepped every half second from the first cue
  // to two seconds past the last; each frame is drawn and read in the same task (the drawing
  // buffer is not preserved), so the samples are the same on a quiet or a loaded machine.
  await openKiosk(page);
  await startVisit(page);
  const samples = await page.evaluate(() => {
    const e = window.__exhibit!;
    e.freeze();
    e.send({ type: 'ui.chapterChosen', index: 0 });
    e.send({ type: 'ui.pause' });
    const canvas = document.querySelector('canvas')!;
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [480, 270];
    const g = copy.getContext('2d', { willReadFrequently: true })!;
    const drawn = () => {
      g.clearRect(0, 0, 480, 270);
      g.drawImage(canvas, 0, 0, 480, 270);
      const d = g.getImageData(0, 0, 480, 270).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i]! > 3) n++;
      return n;
    };
    const end = e.cueStarts().at(-1)! + 2;
    const out: number[] = [];
    for (let t = 0; t <= end; t += 0.5) {
      e.send({ type: 'narration.progress', position: t });
      e.advance(500);
      out.push(drawn());
    }
    return out;
  });
  test.info().annotations.push({ type: 'lit pixels', description: samples.join(' ') });
  expect(samples.length, 'samples over the chapter').toBeGreaterThan(5);
  // A blank canvas has none; the sparest cue here (a short quotation) covers about 900.
  expect(Math.min(...samples), 'the emptiest moment of the chapter').toBeGreaterThan(300);
});

test('reduced motion: no particles, and one map cuts to the next by crossfade', async ({
  page,
}) => {
  // The stage's clock is frozen and stepped: the moment after the second map cue is exact.
  const atSecondMap = async (query: string) => {
    await openKiosk(page, query);
    const objects = await page.evaluate(() => {
      const e = window.__exhibit!;
      e.freeze();
      e.send({ type: 'ui.start' });
      e.send({ type: 'ui.continue' });
      e.send({ type: 'ui.chapterChosen', index: 0 });
      e.send({ type: 'ui.pause' });
      e.advance(3_000);
      const onFirstMap = e.counts().displayObjects;
      e.send({ type: 'narration.progress', position: e.cueStarts()[1]! + 0.05 });
      e.advance(300);
      return onFirstMap;
    });
    return { views: (await scene(page)).views, objects };
  };
  // At full quality: the lowest level draws no particles either (kiosk.ts).
  const moving = await atSecondMap('&quality=full');
  const still = await atSecondMap('&reducedMotion=1&quality=full');
  // The fixture chapter snows: 90 flakes with motion, none without.
  expect(moving.objects - still.objects).toBeGreaterThanOrEqual(90);
  expect(moving.views, 'with motion the camera moves over one map').toBe(1);
  expect(still.views, 'without motion the maps crossfade').toBe(2);
});

test('film grain is drawn by pixi-filters where asked, and by CSS on a software renderer', async ({
  page,
}) => {
  // At full quality: the lowest level draws no grain at all (kiosk.ts).
  await openKiosk(page, '&quality=full');
  expect((await scene(page)).grain).toBe('css'); // SwiftShader here
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await expect(page.locator('#stage.grain')).toHaveCount(1);
  await openKiosk(page, '&effects=filters&quality=full');
  expect((await scene(page)).grain).toBe('filters');
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  await expect.poll(() => page.evaluate(() => window.__exhibit!.filters())).toBe(1);
  await expect.poll(() => litPixels(page)).toBeGreaterThan(20);
  await expect(page.locator('#stage.grain')).toHaveCount(0);
});

test('the attract loop is a ghost visit through the exhibit, never its graphic cues', async ({
  page,
}) => {
  await page.goto('/?effects=none');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.evaluate(() => window.__exhibit!.freeze());
  const seen: string[] = [];
  // Two dozen entries: the loop's titles, and the first maps, figures and timelines of each chapter.
  for (let i = 0; i < 24; i++) {
    seen.push((await scene(page)).cue!);
    await page.evaluate(() => window.__exhibit!.advance(9_000));
  }
  test.info().annotations.push({ type: 'montage', description: seen.join(', ') });
  expect(seen[0]).toBe('title:en');
  for (const kind of ['cue:map', 'cue:figure', 'title:ru', 'title:uk'])
    expect(
      seen.some((s) => s.startsWith(kind)),
      kind,
    ).toBe(true);
  const montage = await page.evaluate(() => window.__exhibit!.montage());
  expect(montage.length).toBeGreaterThan(10);
  expect(montage.filter((m) => m.attract === false)).toEqual([]);
});
