// Audio description in the browser: turned on in "Accessibility" (or with the keypad's D), each cue
// is described aloud by a real clip through Howler while the narration waits, the caption says so,
// and the narration goes on when the clip ends.
import {
  axe,
  expect,
  openKiosk,
  screenshot,
  startVisit,
  state,
  tap,
  test,
  waitFor,
} from './kiosk.ts';

const clip = (page: import('@playwright/test').Page) =>
  page.evaluate(() => window.__exhibit!.audio().description);

test('each cue is described between sentences while the narration waits', async ({ page }) => {
  test.setTimeout(90_000);
  await openKiosk(page);
  await startVisit(page);
  await tap(page, 'Accessibility');
  await tap(page, 'Describe what is on screen');
  await expect(page.getByRole('button', { name: 'Describe what is on screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await screenshot(page, 'accessibility-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).tap();
  await page.locator('[data-key="chapter-0"]').tap();
  // The first cue is described before the first word of the narration.
  await waitFor(page, 'chapter.describing');
  await expect(page.locator('.caption')).toHaveText('Audio description');
  await screenshot(page, 'describing');
  await expect
    .poll(() => clip(page), { timeout: 10_000 })
    .toMatch(/descriptions\/en\/first-light-1\.opus$/);
  // Before axe, which takes seconds on a busy machine while the clip plays on.
  expect((await state(page)).position).toBeLessThan(0.2);
  const results: string[] = [];
  await axe(page, results, 'describing');
  // The clip ends, the narration goes on; the second cue is described before it starts.
  await waitFor(page, 'chapter.playing', 20_000);
  await waitFor(page, 'chapter.describing', 10_000);
  await expect.poll(() => clip(page), { timeout: 10_000 }).toMatch(/first-light-2\.opus$/);
  const { position } = await state(page);
  expect(position).toBeGreaterThan(0.9);
  expect(position).toBeLessThan(1.5); // the second cue starts at 1.5 s
  await page.waitForTimeout(1_000); // deliberately a span: nothing may move during it
  expect((await state(page)).position, 'the narration waits').toBe(position);
  // The third cue (a document, a long description): Pause cuts it short, Resume says it again.
  await expect.poll(() => clip(page), { timeout: 20_000 }).toMatch(/first-light-3\.opus$/);
  await tap(page, 'Pause');
  await waitFor(page, 'chapter.paused');
  await expect.poll(() => clip(page)).toBeUndefined();
  await tap(page, 'Resume');
  await waitFor(page, 'chapter.describing');
  await expect.poll(() => clip(page), { timeout: 10_000 }).toMatch(/first-light-3\.opus$/);
  test.info().annotations.push({ type: 'axe', description: results.join('; ') });
});

test('the keypad D turns audio description on and off, and says so', async ({ page }) => {
  await openKiosk(page);
  await startVisit(page);
  await page.keyboard.press('d');
  expect((await state(page)).audioDescription).toBe(true);
  expect(await page.evaluate(() => window.__exhibit!.prompt())).toMatch(/\/en\/descriptionOn$/);
  await page.keyboard.press('d');
  expect((await state(page)).audioDescription).toBe(false);
  expect(await page.evaluate(() => window.__exhibit!.prompt())).toMatch(/\/en\/descriptionOff$/);
  await page.keyboard.press('h');
  await expect(page.getByRole('dialog')).toContainText('Audio description on or off');
});
