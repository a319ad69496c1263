// Exhibit extensions load only for their exhibit: the test exhibit (none) gets the engine's neutral
// base map and never fetches Uprising's code or map; Uprising fetches its own, not the neutral one.
import type { Page } from '@playwright/test';
import { expect, openKiosk, test } from './kiosk.ts';

/** The script chunks the page fetched while `open` ran, by file name without the hash. */
async function chunksWhile(page: Page, open: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/assets/') && r.url().endsWith('.js')) urls.push(r.url());
  });
  await open();
  return urls.map((u) => u.split('/').pop()!);
}

const named = (chunks: string[], name: string) => chunks.filter((c) => c.startsWith(`${name}-`));

test("each exhibit loads its own extension and map, and never another's", async ({ browser }) => {
  const testPage = await browser.newPage();
  const neutral = await chunksWhile(testPage, () => openKiosk(testPage));
  const uprisingPage = await browser.newPage();
  const uprising = await chunksWhile(uprisingPage, async () => {
    await uprisingPage.goto('/');
    await expect(uprisingPage.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
      timeout: 30_000,
    });
  });
  test.info().annotations.push({ type: 'chunks', description: `${neutral} | ${uprising}` });
  // The test exhibit: one base map (the neutral one), no extension, no kites or searchlight.
  expect(named(neutral, 'basemap')).toHaveLength(1);
  for (const name of ['extension', 'Kites', 'Searchlight'])
    expect(named(neutral, name)).toEqual([]);
  // Uprising: its extension with its layers, and one base map that is not the neutral one.
  for (const name of ['extension', 'Kites', 'Searchlight'])
    expect(named(uprising, name), name).toHaveLength(1);
  expect(named(uprising, 'basemap')).toHaveLength(1);
  expect(named(uprising, 'basemap')).not.toEqual(named(neutral, 'basemap'));
  await Promise.all([testPage.close(), uprisingPage.close()]);
});
