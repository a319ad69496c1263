// The gallery fixture exhibit (tests/fixtures/exhibits/gallery/): one short chapter per kind of
// cue. Specs find a chapter by its id, so adding a chapter to the gallery moves no test.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { advance, expect, send, waitFor } from './kiosk.ts';

const gallery = JSON.parse(
  readFileSync('tests/fixtures/exhibits/gallery/exhibit.json', 'utf8'),
) as { chapters: string[] };

/** The index of the gallery's chapter `id` (as `ui.chapterChosen` takes it). */
export function galleryChapter(id: string): number {
  const index = gallery.chapters.indexOf(id);
  if (index < 0)
    throw new Error(`the gallery has no chapter "${id}": ${gallery.chapters.join(', ')}`);
  return index;
}

/** The two orientations the gallery's cues are photographed in. */
export const SIZES = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

/**
 * Opens the gallery (`query` added to its address) at the chapter menu. `frozen` (the default)
 * stops the stage's clock first, so the test steps it with `advance`.
 */
export async function openGallery(
  page: Page,
  { frozen = true, query = '' }: { frozen?: boolean; query?: string } = {},
): Promise<void> {
  await page.goto(`/?exhibit=gallery&effects=none${query}`);
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  if (frozen) await page.evaluate(() => window.__exhibit!.freeze());
  await send(page, { type: 'ui.start' });
  await send(page, { type: 'ui.continue' });
  if (frozen) await advance(page, 3_000);
  else await waitFor(page, 'home');
}
