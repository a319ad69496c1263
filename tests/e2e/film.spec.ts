// The video and person cues in the gallery exhibit: the film keeps to the narration's clock (paused
// with it, sought with it, at the right frame on a frozen stage), shows its poster under reduced
// motion and when it cannot be played, leaves no film or texture behind; the person's card draws
// in every language, with an empty frame where no photograph exists. Visual baselines in
// landscape and portrait: look at them after `--update-snapshots`.
import type { Page } from '@playwright/test';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';
import { advance, expect, litPixels, send, test, waitFor } from './kiosk.ts';
import { SIZES, galleryChapter, openGallery } from './gallery.ts';

// Baselines are drawn at full quality (kiosk.ts: other specs run at low).
test.use({ quality: 'full' });

const VIDEO = galleryChapter('video');
const PERSON = galleryChapter('person');

const films = (page: Page) => page.evaluate(() => window.__exhibit!.films());
const counts = (page: Page) => page.evaluate(() => window.__exhibit!.counts());

/** Opens a chapter, pauses it and puts the narration `into` seconds after cue `cue` starts. */
async function holdAt(page: Page, chapter: number, cue: number, into = 0.05): Promise<void> {
  await send(page, { type: 'ui.home' }); // chapters are chosen from the menu
  await send(page, { type: 'ui.chapterChosen', index: chapter });
  await send(page, { type: 'ui.pause' });
  const start = await page.evaluate((i) => window.__exhibit!.cueStarts()[i]!, cue);
  await send(page, { type: 'narration.progress', position: start + into });
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.scene().cue))
    .toMatch(new RegExp(`^${cue}:`));
}

/** Waits until no poster or portrait is still loading. */
async function picturesLoaded(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => window.__exhibit!.stills())).toBe(0);
}

test('the film plays with the narration, pauses with it and follows its jumps', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openGallery(page, { frozen: false });
  await send(page, { type: 'ui.chapterChosen', index: VIDEO });
  await waitFor(page, 'chapter.playing');
  // Paused at once: the chapter is 9 s long, and a busy machine takes seconds to load the film.
  await send(page, { type: 'ui.pause' });
  await waitFor(page, 'chapter.paused');
  // WebM first: Debian's Chromium plays VP9 without proprietary codecs.
  await expect
    .poll(async () => (await films(page))[0], { timeout: 20_000 })
    .toMatchObject({ paused: true, src: expect.stringMatching(/snowfield\.webm$/) });
  await expect.poll(async () => (await films(page))[0]?.readyState ?? 0).toBeGreaterThan(1);
  // A jump while paused: the film is set to the narration's time, and held there.
  await send(page, { type: 'narration.progress', position: 3.2 });
  await expect
    .poll(async () => {
      const [f] = await films(page);
      return f && !f.seeking ? Math.abs(f.currentTime - 3.2) : 99;
    })
    .toBeLessThan(0.05);
  expect((await films(page))[0]?.paused).toBe(true);
  // On again: it plays, near the narration's time (which went back to where the voice was).
  await send(page, { type: 'ui.resume' });
  await waitFor(page, 'chapter.playing');
  // Playing, and at some moment within 0.3 s of the voice (sampled at once, on a busy machine).
  const samples: string[] = [];
  const gap = async () => {
    const [f, voice] = await page.evaluate(
      () => [window.__exhibit!.films()[0], window.__exhibit!.audio().narrationSeconds] as const,
    );
    samples.push(
      `${f?.currentTime.toFixed(2)}${f?.paused ? 'p' : ''}${f?.seeking ? 's' : ''}/${voice?.toFixed(2)}`,
    );
    return f && !f.paused && !f.seeking && voice !== undefined
      ? Math.abs(f.currentTime - voice)
      : 99;
  };
  await expect
    .poll(gap, { intervals: [100], message: 'the film plays with the voice' })
    .toBeLessThan(0.3)
    .finally(() =>
      test.info().annotations.push({ type: 'film/voice', description: samples.join(' ') }),
    );
  // Paused again: so is the film.
  await send(page, { type: 'ui.pause' });
  await expect.poll(async () => (await films(page))[0]?.paused).toBe(true);
});

test.describe('pictures', () => {
  // Playwright applies visual.css as an inline <style>, which the kiosk's CSP refuses: these tests
  // only photograph; the others run under the real policy (media-src 'self').
  test.use({ bypassCSP: true });

  for (const [orientation, size] of Object.entries(SIZES)) {
    test(`a film and two people look as they should (${orientation})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(size);
      await openGallery(page);
      // The film at 3 s into its cue: a frozen stage, a jump, and the film at that frame.
      await holdAt(page, VIDEO, 0, 3);
      // The stage is frozen: each poll steps it one frame, so the film's seek is retried as
      // the element becomes ready, as it would be frame by frame on a running stage.
      await expect
        .poll(
          async () => {
            await advance(page, 16);
            const [f] = await films(page);
            return f && !f.seeking && f.readyState >= 2 ? Math.abs(f.currentTime - 3) : 99;
          },
          { timeout: 20_000 },
        )
        .toBeLessThan(0.05);
      await picturesLoaded(page);
      await advance(page, 3_000);
      const shot = { maxDiffPixelRatio: 0.002, threshold: 0.2, stylePath: 'tests/e2e/visual.css' };
      await expect(page).toHaveScreenshot(`video-${orientation}.png`, shot);
      await holdAt(page, PERSON, 0);
      await picturesLoaded(page);
      await advance(page, 3_000);
      await expect(page).toHaveScreenshot(`person-${orientation}.png`, shot);
      await holdAt(page, PERSON, 1);
      await picturesLoaded(page);
      await advance(page, 3_000);
      await expect(page).toHaveScreenshot(`person-drawing-${orientation}.png`, shot);
    });
  }

  test('under reduced motion the film is its poster, still', async ({ page }) => {
    await openGallery(page, { query: '&reducedMotion=1' });
    await holdAt(page, VIDEO, 0, 3);
    await picturesLoaded(page);
    await advance(page, 3_000);
    expect(await films(page), 'no film is loaded').toEqual([]);
    await expect(page).toHaveScreenshot('video-reduced-motion.png', {
      maxDiffPixelRatio: 0.002,
      threshold: 0.2,
      stylePath: 'tests/e2e/visual.css',
    });
  });
});

test('a film that cannot be played shows its poster and is logged once', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const broken = { status: 200, contentType: 'video/webm', body: 'not a film' };
  await page.route('**/video/snowfield.webm', (r) => r.fulfill(broken));
  await page.route('**/video/snowfield.mp4', (r) =>
    r.fulfill({ ...broken, contentType: 'video/mp4' }),
  );
  await openGallery(page, { frozen: false });
  await holdAt(page, VIDEO, 0, 2);
  // Both encodings are tried, then released; the poster stays.
  await expect
    .poll(() => warnings.filter((w) => w.includes('could not be played')).length, {
      timeout: 20_000,
    })
    .toBe(1);
  expect(await films(page)).toEqual([]);
  await picturesLoaded(page);
  await expect.poll(() => litPixels(page)).toBeGreaterThan(200);
});

test('a WebM that cannot be played gives way to the MP4', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.route('**/video/snowfield.webm', (r) =>
    r.fulfill({ status: 200, contentType: 'video/webm', body: 'not a film' }),
  );
  await openGallery(page, { frozen: false });
  await holdAt(page, VIDEO, 0, 2);
  // Debian's Chromium plays H.264 too (canPlayType "probably" for avc1.42E01E).
  await expect
    .poll(async () => (await films(page))[0], { timeout: 20_000 })
    .toMatchObject({ src: expect.stringMatching(/snowfield\.mp4$/) });
  await expect
    .poll(async () => {
      const [f] = await films(page);
      return f && !f.seeking ? Math.abs(f.currentTime - 2) : 99;
    })
    .toBeLessThan(0.05);
  expect(warnings.filter((w) => w.includes('could not be played'))).toEqual([]);
});

test('film and person draw in every language', async ({ page }) => {
  test.setTimeout(240_000);
  await openGallery(page, { frozen: false });
  for (const lang of LANGUAGE_CODES) {
    await send(page, { type: 'ui.languageChosen', lang });
    for (const [chapter, cue] of [
      [VIDEO, 0],
      [PERSON, 0],
      [PERSON, 1],
    ] as const) {
      await holdAt(page, chapter, cue, 2);
      await expect
        .poll(() => page.evaluate(() => window.__exhibit!.scene().cue))
        .toBe(`${cue}:${lang}`);
      await picturesLoaded(page);
      await expect
        .poll(() => litPixels(page), { message: `chapter ${chapter} cue ${cue} in ${lang}` })
        .toBeGreaterThan(200);
    }
  }
});

test('each is described aloud, the film held while its description is said', async ({ page }) => {
  test.setTimeout(120_000);
  await openGallery(page, { frozen: false });
  await send(page, { type: 'ui.access', change: { audioDescription: true } });
  await send(page, { type: 'ui.chapterChosen', index: VIDEO });
  await waitFor(page, 'chapter.describing');
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.audio().description), { timeout: 10_000 })
    .toMatch(/descriptions\/en\/video-1\.opus$/);
  await expect.poll(async () => (await films(page))[0]?.readyState ?? 0).toBeGreaterThan(1);
  expect((await films(page))[0]?.paused, 'the film waits with the narration').toBe(true);
  await send(page, { type: 'ui.home' });
  await send(page, { type: 'ui.chapterChosen', index: PERSON });
  await waitFor(page, 'chapter.describing');
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.audio().description), { timeout: 30_000 })
    .toMatch(/descriptions\/en\/person-1\.opus$/);
});

test('no film, texture or display object outlives the chapters', async ({ page }) => {
  test.setTimeout(180_000);
  await openGallery(page, { frozen: false });
  // The menu's counts once the attract scene has gone (three reads 0.5 s apart alike).
  let [last, steady] = ['', 0];
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await counts(page));
        steady = now === last ? steady + 1 : 0;
        last = now;
        return steady;
      },
      { intervals: [500], timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(3);
  const menu = JSON.parse(last) as { displayObjects: number; textures: number };
  // Twice: the film, then the portrait, then back to the menu and its counts (a slow machine
  // takes seconds to fade a scene out: waited for, not slept).
  for (const round of [1, 2]) {
    await send(page, { type: 'ui.chapterChosen', index: VIDEO });
    await expect
      .poll(async () => (await films(page))[0]?.readyState ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(1);
    expect((await counts(page)).textures).toBeGreaterThan(menu.textures);
    await holdAt(page, PERSON, 1);
    await picturesLoaded(page);
    await expect
      .poll(() => films(page), { message: 'the film is released with its cue' })
      .toEqual([]);
    await send(page, { type: 'ui.home' });
    await waitFor(page, 'home');
    await expect
      .poll(() => counts(page), { timeout: 30_000, message: `the menu's counts, round ${round}` })
      .toEqual(menu);
  }
  expect(await films(page)).toEqual([]);
  expect(await page.locator('video').count()).toBe(0);
  test.info().annotations.push({ type: 'counts', description: JSON.stringify(menu) });
});
