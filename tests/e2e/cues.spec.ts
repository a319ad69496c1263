// Each visual cue type appears on the stage as the narration reaches it, in every language.
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
  drawnPixels,
} from './kiosk.ts';

for (const lang of ['en', 'ru']) {
  test(`title, figure and timeline cues follow the narration (${lang})`, async ({ page }) => {
    await openKiosk(page);
    await startVisit(page);
    if (lang === 'ru') await tap(page, 'Русский');
    await page.locator('.chapter-card').nth(1).tap();
    await waitFor(page, 'chapter.playing');
    for (const [index, name] of ['title', 'figure', 'timeline'].entries()) {
      await expect
        .poll(() => page.evaluate(() => window.__exhibit!.scene().cue), { timeout: 15_000 })
        .toBe(`${index}:${lang}`);
      await page.waitForTimeout(1_600); // the card has risen; the figure has counted
      expect(await litPixels(page), `${name} drew nothing`).toBeGreaterThan(20);
      await screenshot(page, `cue-${name}-${lang}`);
    }
    // The end of the last chapter says so, quietly, with one way home rather than two.
    await waitFor(page, 'chapter.ended', 20_000);
    const ended = {
      en: ['This was the last chapter.', 'All chapters'],
      ru: ['Это была последняя глава.', 'Все главы'],
    }[lang]!;
    await expect(page.getByRole('status')).toHaveText(ended[0]!);
    await expect(page.getByRole('button', { name: ended[1] })).toHaveCount(1);
  });
}

/** The cue on screen and how many cue views the chapter scene holds. */
const scene = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__exhibit!.scene());

for (const lang of ['en', 'ru']) {
  test(`map, document and quote cues follow the narration; a second map moves the camera (${lang})`, async ({
    page,
  }) => {
    await openKiosk(page);
    await startVisit(page);
    if (lang === 'ru') await tap(page, 'Русский');
    await page.locator('.chapter-card').nth(0).tap();
    await waitFor(page, 'chapter.playing');
    await expect.poll(async () => (await scene(page)).cue, { timeout: 15_000 }).toBe(`1:${lang}`);
    // The same map view pans and zooms: no second view is crossfaded in.
    expect((await scene(page)).views).toBe(1);
    for (const [index, name] of ['document', 'quote'].entries()) {
      await expect
        .poll(async () => (await scene(page)).cue, { timeout: 15_000 })
        .toBe(`${index + 2}:${lang}`);
      await page.waitForTimeout(1_600);
      expect(await litPixels(page), `${name} drew nothing`).toBeGreaterThan(20);
      await screenshot(page, `cue-${name}-${lang}`);
    }
  });
}

test('the canvas is never blank during a whole chapter', async ({ page }) => {
  await openKiosk(page);
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  const samples: number[] = [];
  while ((await where(page)) === 'chapter.playing') samples.push(await drawnPixels(page));
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
  const moving = await atSecondMap('');
  const still = await atSecondMap('&reducedMotion=1');
  // The fixture chapter snows: 90 flakes with motion, none without.
  expect(moving.objects - still.objects).toBeGreaterThanOrEqual(90);
  expect(moving.views, 'with motion the camera moves over one map').toBe(1);
  expect(still.views, 'without motion the maps crossfade').toBe(2);
});

test('film grain is drawn by pixi-filters where asked, and by CSS on a software renderer', async ({
  page,
}) => {
  await openKiosk(page);
  expect((await scene(page)).grain).toBe('css'); // SwiftShader here
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await expect(page.locator('#stage.grain')).toHaveCount(1);
  await openKiosk(page, '&effects=filters');
  expect((await scene(page)).grain).toBe('filters');
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  await page.waitForTimeout(1_500);
  expect(await page.evaluate(() => window.__exhibit!.filters())).toBe(1);
  expect(await litPixels(page)).toBeGreaterThan(20);
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
  for (let i = 0; i < 12; i++) {
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
