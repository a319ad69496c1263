// The memorial that ends the gallery exhibit (src/cues/memorial/): the music falls silent, the
// tolls are the largest type on screen, nothing can be touched but language and accessibility
// until the hold has passed, then a quiet "Return to chapters". Also a toll figure's size, the
// chapter-end controls, and baselines of both cues in every language and orientation.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';
import { typeSizes } from '../../src/scenes/theme.ts';
import { expect, send, startVisit, test, waitFor, where } from './kiosk.ts';
import { SIZES, galleryChapter } from './gallery.ts';

// Baselines apply visual.css inline, which the kiosk's CSP refuses (see visual.spec.ts).
test.use({ bypassCSP: true });
// Baselines are drawn at full quality (kiosk.ts: other specs run at low).
test.use({ quality: 'full' });

const CHAPTER = JSON.parse(
  readFileSync('tests/fixtures/exhibits/gallery/chapters/memorial.json', 'utf8'),
) as { cues: { type: string; holdSeconds?: number }[] };
const HOLD = CHAPTER.cues.find((c) => c.type === 'memorial')!.holdSeconds!;
const MEMORIAL = galleryChapter('memorial');

/** The stage's texts, largest first, after drawing `ms` more of its (frozen) animation. */
const texts = (page: Page, ms = 0) =>
  page.evaluate((t) => {
    window.__exhibit!.advance(t);
    return window.__exhibit!.texts();
  }, ms);
const music = (page: Page) => page.evaluate(() => window.__exhibit!.audio().musicVolume ?? -1);
const phase = (page: Page) => page.evaluate(() => JSON.stringify(window.__exhibit!.state().value));

/** Opens the gallery exhibit on a clock the test can stop (it runs in real time until then). */
async function openGallery(page: Page, query = ''): Promise<void> {
  await page.clock.install();
  await page.goto(`/?exhibit=gallery${query}`);
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
}

/** Stops the page's clock where it is: from now on only fastForward moves its timers. */
async function stopClock(page: Page): Promise<void> {
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));
}

/**
 * Steps the stopped page clock in 100 ms until the narration has ended: the hold's timer then
 * starts within a step of the narration's end.
 */
async function endOnStoppedClock(page: Page): Promise<void> {
  // The audio plays on in real time; the narration's reports wait for each step of the clock.
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(100);
        return where(page);
      },
      { timeout: 20_000, intervals: [50] },
    )
    .toBe('chapter.ended');
}

/** The largest type the page's DOM sets (captions, headings, buttons), in CSS px. */
const largestDomType = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll('#overlay *, body *')]
        .filter((el) => el.textContent?.trim() && (el as HTMLElement).offsetParent)
        .map((el) => parseFloat(getComputedStyle(el).fontSize)),
    ),
  );

test('the memorial: silence, the tolls as the largest type, then "Return to chapters" after the hold', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openGallery(page);
  await startVisit(page);
  await page.evaluate(() => window.__exhibit!.freeze());
  await page.locator('.chapter-card').nth(MEMORIAL).tap();
  await waitFor(page, 'chapter.playing');
  // The bed plays under the narration (ducked to 0.15)…
  await expect.poll(() => music(page), { timeout: 10_000 }).toBeGreaterThan(0.1);

  // …the toll figure comes first: larger than any figure, its source at 32 px or more.
  await expect.poll(async () => (await texts(page, 1_000))[0]?.text).toBe('1,234');
  const figure = await texts(page);
  // 220 px on the 1080p screen (a slow drift of up to 3 % may have begun).
  expect(figure[0]!.fontSize).toBeGreaterThanOrEqual(typeSizes.toll);
  expect(figure[0]!.fontSize).toBeLessThan(typeSizes.toll * 1.03);
  expect(figure[0]!.fontSize).toBeGreaterThan(typeSizes.figure);
  const source = figure.find((t) => t.text.startsWith('Test source A'));
  expect(source?.fontSize).toBeGreaterThanOrEqual(32);

  // The memorial begins with the second sentence: the music falls away to silence.
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.scene().cue), { timeout: 15_000 })
    .toBe('1:en');
  // From here the page's timers move only when the test says (the audio goes on in real time).
  await stopClock(page);
  await expect.poll(() => music(page), { timeout: 10_000 }).toBeLessThan(0.005);
  // Nothing to touch but the language and accessibility, and the atmosphere has stopped.
  await expect(page.locator('.controls button:not([lang])')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Accessibility' })).toBeVisible();
  // The tolls are the largest type on screen, larger than anything in the DOM too.
  const shown = await texts(page, 2_000);
  const tolls = shown.filter((t) => ['37–700', '≈ 500'].includes(t.text));
  expect(tolls).toHaveLength(2);
  const others = shown.filter((t) => !tolls.includes(t));
  expect(Math.min(...tolls.map((t) => t.height))).toBeGreaterThan(
    Math.max(...others.map((t) => t.height)),
  );
  expect(Math.min(...tolls.map((t) => t.fontSize))).toBeGreaterThan(await largestDomType(page));
  for (const s of shown.filter((t) => t.text.startsWith('Test source')))
    expect(s.fontSize).toBeGreaterThanOrEqual(32);
  test.info().annotations.push({
    type: 'type sizes on the memorial (px at 1920×1080)',
    description: shown.map((t) => `${t.text.slice(0, 24)}: ${Math.round(t.fontSize)}`).join('; '),
  });

  // The stopped clock is stepped until the narration has ended: the
  // hold then has what is left of its seconds, to within a step.
  await endOnStoppedClock(page);
  expect(await phase(page)).toContain('holding');
  const { position } = await page.evaluate(() => window.__exhibit!.state());
  const start = await page.evaluate(() => window.__exhibit!.cueStarts()[1]!);
  const left = (start + HOLD - position) * 1000;
  expect(left, 'the hold outlasts the narration').toBeGreaterThan(1_000);
  const back = page.getByRole('button', { name: 'Return to chapters' });
  await expect(back).toHaveCount(0);
  // A touch on the stage or a key does nothing now.
  await send(page, { type: 'ui.home' });
  await send(page, { type: 'ui.next' });
  await page.clock.fastForward(Math.round(left) - 300);
  expect(await phase(page)).toContain('holding');
  await expect(back).toHaveCount(0);
  expect(await where(page)).toBe('chapter.ended');
  await page.clock.fastForward(600);
  await expect(back).toBeVisible();
  expect(await phase(page)).toContain('open');
  // One way on, and the music stays silent until the visitor takes it.
  await expect(page.locator('.controls button:not([lang])')).toHaveText(['Return to chapters']);
  expect(await music(page)).toBeLessThan(0.005);
  await back.tap();
  await waitFor(page, 'home');
});

test('a chapter ends with one "Next chapter" and "All chapters", and no disabled Pause', async ({
  page,
}) => {
  await openGallery(page);
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  await send(page, { type: 'narration.ended' });
  await waitFor(page, 'chapter.ended');
  await expect(page.getByText('Up next')).toBeVisible();
  const controls = page.locator('.controls button:not([lang])');
  await expect(controls).toHaveText(['Next chapter', 'All chapters']);
  await expect(page.getByRole('button', { name: /^Next chapter/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await expect(page.locator('button:disabled')).toHaveCount(0);
});

const SHOT = { maxDiffPixelRatio: 0.001, threshold: 0.2, stylePath: 'tests/e2e/visual.css' };

for (const [orientation, size] of Object.entries(SIZES)) {
  for (const lang of LANGUAGE_CODES) {
    test(`the toll figure and the memorial look as they should (${orientation}, ${lang})`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(size);
      await openGallery(page, '&effects=none');
      await page.evaluate(() => window.__exhibit!.freeze());
      await send(page, { type: 'ui.start' });
      await send(page, { type: 'ui.continue' });
      await send(page, { type: 'ui.languageChosen', lang });
      await send(page, { type: 'ui.chapterChosen', index: MEMORIAL });
      await send(page, { type: 'ui.pause' });
      await waitFor(page, 'chapter.paused');
      const first = await page.evaluate(() => window.__exhibit!.cueStarts()[0]!);
      await send(page, { type: 'narration.progress', position: first + 0.05 });
      await page.evaluate(() => window.__exhibit!.advance(15_000));
      await expect.poll(() => page.evaluate(() => window.__exhibit!.scene().cue)).toBe(`0:${lang}`);
      await expect(page, `toll figure in ${lang}`).toHaveScreenshot(
        `toll-figure-${orientation}-${lang}.png`,
        SHOT,
      );
      // The memorial as the exhibit ends: played to the end, the hold passed on the page clock.
      await send(page, { type: 'ui.resume' });
      await stopClock(page);
      await endOnStoppedClock(page);
      await page.clock.fastForward(HOLD * 1000);
      await expect(page.locator('.quiet-return')).toBeVisible();
      await page.evaluate(() => window.__exhibit!.advance(15_000));
      await expect(page, `memorial in ${lang}`).toHaveScreenshot(
        `memorial-${orientation}-${lang}.png`,
        SHOT,
      );
    });
  }
}
