// The first exhibit, "Uprising", as a visitor meets it: the default exhibit, in Ukrainian here.
import { readFileSync } from 'node:fs';
import { parseVtt } from '../../src/content/vtt.ts';
import { expect, screenshot, tap, test, waitFor } from './kiosk.ts';

const captions = (chapter: string, lang: string) =>
  parseVtt(readFileSync(`media/uprising/narration/${chapter}.${lang}.vtt`, 'utf8'));

test('Uprising is the default exhibit and can be heard and read in Ukrainian', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Touch to begin: Uprising/ })).toBeVisible({
    timeout: 60_000,
  });
  await page.waitForTimeout(1500);
  await screenshot(page, 'uprising-attract');
  await page.getByRole('button', { name: /Touch to begin/ }).tap();
  await waitFor(page, 'advisory');
  await tap(page, 'Українська');
  await expect(page.getByRole('heading', { name: 'Перш ніж почати' })).toBeVisible();
  await screenshot(page, 'uprising-advisory-uk');
  await tap(page, 'Продовжити');
  await waitFor(page, 'home');
  await expect(page.locator('.chapter-card')).toHaveCount(10);
  await screenshot(page, 'uprising-home-uk');

  await page.locator('.chapter-card').nth(5).tap();
  await waitFor(page, 'chapter.playing');
  const first = captions('kengir-1954', 'uk')[0]!.text.replace(/\n/g, ' ');
  await expect(page.locator('.caption')).toHaveText(first, { timeout: 15_000 });
  await page.waitForTimeout(1500);
  await screenshot(page, 'uprising-chapter-uk');
  await tap(page, 'Усі розділи');
  await tap(page, 'Джерела');
  await waitFor(page, 'sources');
  await expect(page.locator('.source-group')).toHaveCount(10);
  await screenshot(page, 'uprising-sources-uk');
});
