// Idle: no input for 60 s → "Still there?" with a 20 s countdown → back to attract, reset.
// Playwright's clock moves the page's time; one second at a time so the countdown ticks each step.
import type { Page } from '@playwright/test';
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

async function seconds(page: Page, n: number) {
  for (let i = 0; i < n; i++) await page.clock.fastForward(1_000);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await openKiosk(page);
  await startVisit(page);
});

test('idle on the menu: warning with a visible countdown, then reset to attract', async ({
  page,
}) => {
  await tap(page, 'Русский');
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.clock.fastForward(55_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward(6_000);
  const dialog = page.getByRole('alertdialog', { name: 'Вы ещё здесь?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.countdown')).toHaveText('20');
  await seconds(page, 5);
  await expect(dialog.locator('.countdown')).toHaveText('15');
  await screenshot(page, 'warning');
  await seconds(page, 15);
  await waitFor(page, 'attract');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect((await state(page)).lang).toBe('en');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

test('a touch during the warning continues where the visitor was', async ({ page }) => {
  await tap(page, /Second Step/);
  await waitFor(page, 'chapter.playing');
  await tap(page, 'Pause');
  await waitFor(page, 'chapter.paused');
  await page.waitForTimeout(300); // let the last progress report land
  const before = await state(page);
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.clock.fastForward(61_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await seconds(page, 10);
  await page.getByRole('button', { name: 'Continue' }).tap();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await where(page)).toBe('chapter.paused');
  const after = await state(page);
  expect(after.chapterIndex).toBe(before.chapterIndex);
  expect(after.position).toBe(before.position);
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('no reset while narration plays: the idle clock waits for the chapter to end', async ({
  page,
}) => {
  await tap(page, /First Light/);
  await waitFor(page, 'chapter.playing');
  // Ten minutes of page time without a touch while the narration is playing.
  await page.clock.fastForward(600_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect((await where(page)).startsWith('chapter')).toBe(true);
});
