// The image and object cues in the gallery exhibit (drawings made for the tests): they draw in
// every language, look as they should in landscape and portrait, give their textures back, hold
// still under reduced motion, never hold up the stage while a picture decodes, and a cue whose
// licence has ended is not shown. The stage is frozen and stepped, as in visual.spec.ts.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseVtt } from '../../src/content/vtt.ts';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';
import { advance, expect, litPixels, screenshot, send, test } from './kiosk.ts';
import { SIZES, galleryChapter, openGallery } from './gallery.ts';

test.use({ bypassCSP: true }); // visual.css is applied as an inline <style> (see visual.spec.ts)
// Baselines are drawn at full quality (kiosk.ts: other specs run at low).
test.use({ quality: 'full' });

const CHAPTER = { image: galleryChapter('image'), object: galleryChapter('object') } as const;

/** Where the object chapter's second sentence begins (its callout comes with it), from its captions. */
const objectSecond = parseVtt(
  readFileSync('tests/fixtures/media/gallery/narration/object.en.vtt', 'utf8'),
)[1]!.start;

const pictures = (page: Page) => page.evaluate(() => window.__exhibit!.pictures());
const counts = (page: Page) => page.evaluate(() => window.__exhibit!.counts());

/**
 * Opens a chapter paused at narration `position` (s) in `lang`, waits for its picture to arrive
 * (decoded off the main thread, so in real time) and steps the stage `ms` on.
 */
async function showAt(page: Page, chapter: number, position: number, lang = 'en', ms = 3_000) {
  const before = (await pictures(page)).loads;
  await send(page, { type: 'ui.home' });
  // The language first: the chapter's views are made once, in it.
  await send(page, { type: 'ui.languageChosen', lang });
  await send(page, { type: 'ui.chapterChosen', index: chapter });
  await send(page, { type: 'ui.pause' });
  await send(page, { type: 'narration.progress', position });
  await advance(page, 100);
  await expect.poll(async () => (await pictures(page)).loads).toBeGreaterThan(before);
  await advance(page, ms);
}

const SHOTS = { maxDiffPixelRatio: 0.001, threshold: 0.2, stylePath: 'tests/e2e/visual.css' };

for (const [orientation, size] of Object.entries(SIZES)) {
  test(`the image and object cues look as they should (${orientation})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await openGallery(page);
    // Both callouts are due at 2.5 s; the pan has run 3 s of its 24.
    await showAt(page, CHAPTER.image, 2.5);
    await expect.poll(() => page.evaluate(() => window.__exhibit!.scene().cue)).toBe('0:en');
    await expect(page).toHaveScreenshot(`image-${orientation}-en.png`, SHOTS);
    // The object's callout comes with the second sentence.
    await showAt(page, CHAPTER.object, objectSecond + 0.1);
    await expect(page).toHaveScreenshot(`object-${orientation}-en.png`, SHOTS);
  });
}

test('the image and object cues draw in every language', async ({ page }) => {
  test.setTimeout(90_000);
  await openGallery(page);
  for (const lang of LANGUAGE_CODES) {
    for (const [type, chapter] of Object.entries(CHAPTER)) {
      await showAt(page, chapter, 2.5, lang);
      await expect.poll(() => page.evaluate(() => window.__exhibit!.scene().cue)).toBe(`0:${lang}`);
      expect(
        await litPixels(page, { stepped: true }),
        `${type} in ${lang} drew nothing`,
      ).toBeGreaterThan(2_000);
      await screenshot(page, `gallery-${type}-${lang}`);
    }
  }
});

test('pictures give their textures back after the chapter', async ({ page }) => {
  test.setTimeout(60_000);
  await openGallery(page);
  const baseline = await counts(page);
  for (const chapter of [CHAPTER.image, CHAPTER.object]) {
    const starts = await (async () => {
      await showAt(page, chapter, 0.6);
      return page.evaluate(() => window.__exhibit!.cueStarts());
    })();
    for (const start of starts) {
      await send(page, { type: 'narration.progress', position: start + 0.05 });
      await advance(page, 4_000);
      await expect.poll(async () => (await pictures(page)).live).toBeGreaterThan(0);
    }
    const during = await counts(page);
    expect(during.textures).toBeGreaterThan(baseline.textures);
    await send(page, { type: 'ui.home' });
    await advance(page, 3_000);
    const after = await counts(page);
    test.info().annotations.push({
      type: 'counts',
      description: `chapter ${chapter}: before ${JSON.stringify(baseline)}, during ${JSON.stringify(during)}, after ${JSON.stringify(after)}`,
    });
    expect(after.displayObjects).toBe(baseline.displayObjects);
    expect(after.textures).toBeLessThanOrEqual(baseline.textures);
    expect((await pictures(page)).live, 'pictures still on the GPU').toBe(0);
  }
});

test('under reduced motion the picture holds still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGallery(page);
  await showAt(page, CHAPTER.image, 2.5);
  const first = await page.screenshot();
  await advance(page, 6_000);
  const later = await page.screenshot();
  expect(Buffer.compare(first, later), 'two frames 6 s apart differ').toBe(0);
});

test('the stage never waits for a picture: it decodes off the main thread', async ({ page }) => {
  // Every createImageBitmap is held until the test lets it go.
  await page.addInitScript(() => {
    const real = window.createImageBitmap.bind(window);
    const held: (() => void)[] = [];
    const w = window as unknown as { __bitmaps: number; __release: () => void };
    w.__bitmaps = 0;
    w.__release = () => held.splice(0).forEach((go) => go());
    window.createImageBitmap = ((...args: Parameters<typeof createImageBitmap>) => {
      w.__bitmaps++;
      return new Promise((resolve) => held.push(() => resolve(real(...args))));
    }) as typeof createImageBitmap;
  });
  await openGallery(page);
  await send(page, { type: 'ui.chapterChosen', index: CHAPTER.image });
  await send(page, { type: 'ui.pause' });
  await send(page, { type: 'narration.progress', position: 2.5 });
  await advance(page, 100);
  const bitmaps = () => page.evaluate(() => (window as unknown as { __bitmaps: number }).__bitmaps);
  await expect.poll(bitmaps).toBe(1);
  // The decode is pending, and the stage goes on: the cue is up, its label drawn.
  await advance(page, 2_000);
  expect(await page.evaluate(() => window.__exhibit!.scene().cue)).toBe('0:en');
  expect((await pictures(page)).live).toBe(0);
  expect(await litPixels(page, { stepped: true })).toBeGreaterThan(20);
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await expect.poll(async () => (await pictures(page)).live).toBe(1);
});

test('a picture that arrives after its cue has gone is freed at once', async ({ page }) => {
  await page.addInitScript(() => {
    const real = window.createImageBitmap.bind(window);
    const held: (() => void)[] = [];
    const w = window as unknown as { __release: () => void };
    w.__release = () => held.splice(0).forEach((go) => go());
    window.createImageBitmap = ((...args: Parameters<typeof createImageBitmap>) =>
      new Promise((resolve) =>
        held.push(() => resolve(real(...args))),
      )) as typeof createImageBitmap;
  });
  await openGallery(page);
  await send(page, { type: 'ui.chapterChosen', index: CHAPTER.image });
  await send(page, { type: 'ui.pause' });
  await send(page, { type: 'narration.progress', position: 0.6 });
  await advance(page, 500);
  await send(page, { type: 'narration.progress', position: 6 }); // the second cue
  await advance(page, 3_000);
  await send(page, { type: 'ui.home' });
  await advance(page, 3_000);
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await page.waitForTimeout(1_000);
  await advance(page, 1_000);
  expect(await pictures(page)).toMatchObject({ live: 0 });
});

test('a cue whose licence has ended is not shown, and the staff log says so once', async ({
  page,
}) => {
  const logged: string[] = [];
  page.on('console', (m) => m.text().includes('licence has ended') && logged.push(m.text()));
  // The gallery's second picture is licensed until 2099-12-31.
  await openGallery(page, { query: '&today=2100-01-01' });
  await showAt(page, CHAPTER.image, 2.5);
  await send(page, { type: 'narration.progress', position: 6 });
  await advance(page, 3_000);
  expect(await page.evaluate(() => window.__exhibit!.state().chapterIndex)).toBe(CHAPTER.image);
  // The narration is at the second cue; the stage still shows the first.
  expect(await page.evaluate(() => window.__exhibit!.scene().cue)).toBe('0:en');
  expect(logged).toHaveLength(1);
  expect(logged[0]).toContain('cues[1](type = image).rights');
  expect(logged[0]).toContain('2099-12-31');
});
