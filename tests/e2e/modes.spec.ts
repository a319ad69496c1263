// Modes, in the browser: a guided tour driven from a presenter remote that never resets, an
// unattended display that tells the chapters itself, and a visitor mode that still resets.
import {
  expect,
  openKiosk,
  screenshot,
  startVisit,
  state,
  tap,
  test,
  waitFor,
  where,
} from './kiosk.ts';

test('docent: the remote drives the tour, two idle hours never reset it, and it ends on request', async ({
  page,
}) => {
  await page.clock.install();
  await openKiosk(page, '&mode=docent');
  await startVisit(page);
  const bar = page.getByRole('complementary', { name: 'Guided tour' });
  await expect(bar).toBeVisible();
  // The docent sets the volume from the bar; it is kept for the next tour.
  await expect(bar.getByRole('status')).toHaveText('Volume 100 %');
  await tap(page, 'Quieter');
  await tap(page, 'Quieter');
  await expect(bar.getByRole('status')).toHaveText('Volume 80 %');
  expect(await page.evaluate(() => localStorage.getItem('museum-kiosk.settings'))).toContain(
    '"volume":0.8',
  );
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  await page.keyboard.press('PageDown'); // a clicker's "next"
  await expect.poll(async () => (await state(page)).chapterIndex).toBe(1);
  await page.keyboard.press('.'); // a clicker's "blank screen" pauses
  await waitFor(page, 'chapter.paused');
  await page.keyboard.press('PageUp');
  await expect.poll(async () => (await state(page)).chapterIndex).toBe(0);
  await tap(page, 'Pause');
  await screenshot(page, 'docent-tour');
  await page.clock.fastForward(2 * 60 * 60 * 1000);
  expect(await where(page)).toBe('chapter.paused');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  // Ending the tour hands the kiosk back to visitors, and that survives a reload.
  await tap(page, 'End tour');
  await waitFor(page, 'attract');
  await page.goto('/?exhibit=test-exhibit');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible();
  await startVisit(page);
  await expect(page.getByRole('complementary', { name: 'Guided tour' })).toHaveCount(0);
});

test('display: the exhibit tells itself with captions, and a touch hands it to a visitor', async ({
  page,
}) => {
  await page.goto('/?exhibit=test-exhibit&mode=display');
  await page.waitForFunction(() => window.__exhibit);
  await expect.poll(async () => JSON.stringify((await state(page)).value)).toContain('display');
  await expect(page.locator('.display .caption')).toHaveText('This is the first test chapter.');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible();
  await screenshot(page, 'display-mode');
  // The first chapter ends, and after a breath the second begins on its own.
  await expect.poll(async () => (await state(page)).chapterIndex, { timeout: 25_000 }).toBe(1);
  await page.getByRole('button', { name: /Touch to begin/ }).tap();
  await waitFor(page, 'advisory');
  // A reload keeps the kiosk in display mode.
  await page.goto('/?exhibit=test-exhibit');
  await page.waitForFunction(() => window.__exhibit);
  await expect.poll(async () => JSON.stringify((await state(page)).value)).toContain('display');
});

test('visitor: the presenter keys do nothing, and the arrows are left to move focus', async ({
  page,
}) => {
  await openKiosk(page);
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await waitFor(page, 'chapter.playing');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('.');
  expect((await state(page)).chapterIndex).toBe(0);
  expect(await where(page)).toBe('chapter.playing');
});
