// The staff panel: a long press in the top-left corner, then the PIN (wrong ones rate-limited),
// then settings that survive a restart, and health figures. Visitors never see any of it.
import type { Page } from '@playwright/test';
import {
  expect,
  openKiosk,
  screenshot,
  seedPin,
  startVisit,
  state,
  tap,
  test,
  TEST_PIN,
  typePin,
  waitFor,
} from './kiosk.ts';

// Every test here starts on a kiosk whose staff PIN is the test PIN.
test.beforeEach(({ page }) => seedPin(page));

async function longPressCorner(page: Page): Promise<void> {
  await page.mouse.move(30, 30);
  await page.mouse.down();
  await page.waitForTimeout(3_300); // the gesture itself: a press held over 3 s
  await page.mouse.up();
}

test('a short touch in the corner does nothing; a long press asks for the PIN', async ({
  page,
}) => {
  await openKiosk(page);
  await page.mouse.click(30, 30);
  await page.waitForTimeout(3_300); // deliberately a span: no PIN pad may open during it
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toHaveCount(0);
  await longPressCorner(page);
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('wrong PINs are refused, then the pad rests; the right one opens the panel', async ({
  page,
}) => {
  test.setTimeout(120_000); // four PINs typed on a pad over software WebGL
  await openKiosk(page);
  await longPressCorner(page);
  const note = page.getByRole('dialog', { name: 'Staff PIN' }).getByRole('status');
  await typePin(page, '0000');
  await expect(note).toHaveText('That PIN is not right.');
  await typePin(page, '1111');
  await typePin(page, '2222');
  await expect(note).toContainText('Too many tries. Try again in 30 s.');
  await typePin(page, TEST_PIN); // even the right PIN waits out the rest
  await expect(note).toContainText('Too many tries');
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toHaveCount(0);
  // The PIN is kept as a hash, never in clear text.
  const saved = await page.evaluate(() => localStorage.getItem('museum-kiosk.settings') ?? '');
  expect(saved).not.toContain(TEST_PIN);
});

test('staff settings are saved and applied after the restart; health is reported', async ({
  page,
}) => {
  await openKiosk(page);
  await longPressCorner(page);
  await typePin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Staff panel' });
  await expect(panel).toBeVisible();
  await expect(panel.locator('.staff-health')).toContainText('fps');
  await expect(panel.locator('.staff-health')).toContainText('test-exhibit: 2 chapters, en, ru');
  await screenshot(page, 'staff-panel');
  await panel.getByLabel('Default language').selectOption('ru');
  await panel.getByLabel('Idle timeout (s)').fill('45');
  await panel.getByLabel('Mode').selectOption('docent');
  await panel.getByRole('button', { name: 'Save and restart' }).click();
  // The exhibit restarts in Russian, as set: its attract loop says so.
  await expect(page.getByRole('button', { name: /Коснитесь экрана/ })).toBeVisible({
    timeout: 30_000,
  });
  expect((await state(page)).lang).toBe('ru');
  expect(
    await page.evaluate(() => JSON.parse(localStorage.getItem('museum-kiosk.settings')!)),
  ).toMatchObject({
    mode: 'docent',
    idleTimeoutSeconds: 45,
    defaultLanguage: 'ru',
  });
});

test('analytics record the visit, survive a reload, plot and export as CSV and JSON', async ({
  page,
}) => {
  await openKiosk(page);
  await startVisit(page);
  await page.locator('.chapter-card').nth(1).tap();
  await waitFor(page, 'chapter.playing');
  await tap(page, 'Русский');
  await tap(page, 'Все главы');
  const types = async () =>
    (await page.evaluate(() => window.__exhibit!.analytics())).map((e) => e.type);
  expect(await types()).toEqual(
    expect.arrayContaining(['session.start', 'chapter.start', 'language', 'chapter.abandon']),
  );
  await page.reload();
  await page.waitForFunction(() => window.__exhibit);
  expect(await types()).toContain('chapter.abandon'); // kept in IndexedDB across the reload
  await longPressCorner(page);
  await typePin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Staff panel' });
  await expect(panel.getByRole('img', { name: /Chapters: completed \/ started/ })).toBeVisible();
  await expect(panel.getByRole('img', { name: /Languages/ })).toHaveAccessibleName(/ru 1/);
  const csv = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await csv).path();
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  expect(text.split('\r\n')[0]).toBe(
    't,iso,type,mode,chapter,lang,reason,seconds,at,message,kiosk,release,content',
  );
  // Each row says which build and content it was recorded on (no kiosk.json here: no kiosk id).
  expect(text.split('\r\n')[1]).toMatch(/,,dev,[0-9a-f]{8}$/);
  expect(text).toContain('chapter.abandon,,second-step');
  const json = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export JSON' }).click();
  const events = JSON.parse(
    (await import('node:fs')).readFileSync(await (await json).path(), 'utf8'),
  );
  expect(events.length).toBeGreaterThanOrEqual(4);
  await screenshot(page, 'staff-analytics');
});

test('the screen is kept awake', async ({ page }) => {
  await openKiosk(page);
  await expect.poll(() => page.evaluate(() => window.__exhibit!.wakeLock())).toBe('held');
});
