// Recorded narration as a drop-in (docs/recording.md): the `recorded` fixture exhibit's English is
// read from a stand-in narrator's takes (media/recorded/recorded/en/), its Russian by the
// synthetic voice. The chapter plays through Howler as a visitor hears it, its captions are the
// script's sentences in order, timed from the recorded track, and the sources screen credits the
// voices of each language.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseVtt } from '../../src/content/vtt.ts';
import type { Manifest } from '../../scripts/media/narration.ts';
import { axe, expect, followCaptions, screenshot, send, tap, test, waitFor } from './kiosk.ts';

const MEDIA = 'tests/fixtures/media/recorded';
const chapter = JSON.parse(
  readFileSync('tests/fixtures/exhibits/recorded/chapters/takes.json', 'utf8'),
) as { script: { text: Record<string, string> }[] };
const manifest = JSON.parse(readFileSync(`${MEDIA}/manifest.json`, 'utf8')) as Manifest;
const captions = parseVtt(readFileSync(`${MEDIA}/narration/takes.en.vtt`, 'utf8'));

async function openRecorded(page: Page): Promise<void> {
  await page.goto('/?exhibit=recorded&effects=none');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
}

test('the manifest says the English track is recorded, by the narrator exhibit.json names', () => {
  const en = manifest.chapters.takes!.en!;
  expect(en.recorded).toBe(true);
  expect(en.voices).toEqual(['Test Narrator A (recorded)']);
  expect(en.sentences).toBe(chapter.script.length);
  // The Russian has no takes: the synthetic voice reads it.
  expect(manifest.chapters.takes!.ru!.recorded).toBeUndefined();
  // Each sentence's caption begins when its words do (the long one in two pieces, one caption each).
  const firsts = captions.filter((c, i) => i === 0 || c.sentence !== captions[i - 1]!.sentence);
  expect(firsts.map((c) => c.start)).toEqual(en.speech.map(([start]) => start));
  expect(captions).toHaveLength(chapter.script.length + 1);
});

test('the recorded chapter plays with Howler, its captions the script in order, timed from the track', async ({
  page,
  request,
}) => {
  // The takes are the narration's source: the build does not ship them.
  expect((await request.get('/media/recorded/recorded/en/takes-1.wav')).status()).toBe(404);

  await openRecorded(page);
  await tap(page, /Touch to begin/);
  await waitFor(page, 'advisory');
  await tap(page, 'Continue');
  await waitFor(page, 'home');
  await tap(page, /Recorded Takes/);
  await waitFor(page, 'chapter.playing');
  await expect.poll(() => page.evaluate(() => window.__exhibit!.audio().context)).toBe('running');

  // Sample the caption against the recorded track's own position (Howler's seek) until the last
  // caption has been seen: away from a cue's edges, the caption shown is the VTT's cue at that time.
  const { shown, positions } = await followCaptions(
    page,
    captions,
    (seen) => seen.at(-1) === captions.at(-1)!.text,
    { timeout: 40_000, interval: 100 },
  );
  // The Howl that played is the recorded English track, and its position moved on with the words.
  expect(positions.length).toBeGreaterThan(10);
  expect(Math.max(...positions)).toBeGreaterThan(captions.at(-1)!.start);

  // Every caption, in order, once: the VTT's cues, and the script's sentences when the long
  // sentence's two pieces are read together.
  expect(shown).toEqual(captions.map((c) => c.text));
  const sentences = chapter.script.map((_, i) =>
    captions
      .filter((c) => c.sentence === i)
      .map((c) => c.text.replace(/\n/g, ' '))
      .join(' '),
  );
  expect(sentences).toEqual(chapter.script.map((s) => s.text.en));
});

test('the sources screen credits the voices of each language', async ({ page }) => {
  for (const [width, height] of [
    [1920, 1080],
    [1080, 1920],
  ] as const) {
    await page.setViewportSize({ width, height });
    await openRecorded(page);
    await send(page, { type: 'ui.start' });
    await waitFor(page, 'advisory');
    await send(page, { type: 'ui.continue' });
    await waitFor(page, 'home');
    await send(page, { type: 'ui.sources' });
    await waitFor(page, 'sources');
    const credits = page.locator('.voice-credits');
    await expect(credits.getByRole('heading')).toHaveText('Voices');
    await expect(credits.locator('p')).toHaveText(
      'Narration: Test Narrator A (recorded). Audio description: Alan, RHVoice voice, LGPL-2.1.',
    );
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, `recorded-sources-${width}x${height}-en`);
    if (width > height) await axe(page, [], 'sources with voices');

    // In Russian the synthetic narrator and the describer are two voices: a sentence each.
    await send(page, { type: 'ui.languageChosen', lang: 'ru' });
    await expect(credits.getByRole('heading')).toHaveText('Голоса');
    await expect(credits.locator('p')).toHaveText(
      'Рассказ: Anna, RHVoice voice, LGPL-2.1. Аудиоописание: Irina, RHVoice voice, LGPL-2.1.',
    );
    await page.evaluate(() => document.fonts.ready);
    await screenshot(page, `recorded-sources-${width}x${height}-ru`);
  }
});
