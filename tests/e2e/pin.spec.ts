// The staff PIN in the browser: chosen on the first start under the launcher (never by whoever
// holds the corner of a kiosk without one), changed from the panel, its lockout kept across a
// reload, the pad and panel closing by themselves after 30 s, and the launcher's reset-PIN and
// mode commands applied and acknowledged. No URL resets the PIN.
import type { Page } from '@playwright/test';
import {
  axe,
  expect,
  fakeLauncher,
  launcherSent,
  openKiosk,
  screenshot,
  seedPin,
  state,
  test,
  TEST_PIN,
  typePin,
  waitFor,
} from './kiosk.ts';

const NEW_PIN = '739251';
// Each tap on the pad waits for the page to settle, which under software WebGL on a shared
// 2-core machine takes up to a second: tests that type several PINs get more time.
const MANY_PINS_MS = 150_000;

const savedSettings = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('museum-kiosk.settings') ?? '{}'));

async function openPad(page: Page): Promise<void> {
  await page.keyboard.press('Control+Alt+S'); // the technician's key for the corner gesture
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toBeVisible();
}

test('first start under the launcher: staff choose a PIN (6+ digits, twice) before the exhibit', async ({
  page,
}) => {
  test.setTimeout(MANY_PINS_MS);
  await fakeLauncher(page);
  await page.goto('/?exhibit=test-exhibit');
  const choose = page.getByRole('dialog', { name: 'Choose the staff PIN' });
  await expect(choose).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#ui')).toHaveAttribute('inert', '');
  const results: string[] = [];
  await axe(page, results, 'first start');
  await screenshot(page, 'pin-first-start');
  const note = choose.getByRole('status');
  await typePin(page, '1953');
  await expect(note).toHaveText('Use at least 6 digits.');
  await typePin(page, '123456');
  await expect(note).toContainText('run of digits');
  await typePin(page, NEW_PIN);
  await expect(choose.getByRole('heading')).toHaveText('Enter the same PIN again');
  await typePin(page, '739252');
  await expect(note).toHaveText('The two PINs were not the same. Choose again.');
  await typePin(page, NEW_PIN);
  await typePin(page, NEW_PIN);
  await expect(choose).toHaveCount(0);
  // The exhibit is the visitors' again.
  await page.getByRole('button', { name: /Touch to begin/ }).tap();
  await waitFor(page, 'advisory');
  const { pin } = await savedSettings(page);
  expect(pin).toMatchObject({ v: 2, iterations: 600_000 });
  expect(JSON.stringify(pin)).not.toContain(NEW_PIN);
  // Chosen once: the next start goes straight to the exhibit, and the PIN opens the panel.
  await page.reload();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openPad(page);
  await typePin(page, NEW_PIN);
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toBeVisible();
  test.info().annotations.push({ type: 'axe', description: results.join('; ') });
});

test('without the launcher and without a PIN, nobody can choose one; no URL resets a PIN', async ({
  page,
}) => {
  await openKiosk(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Control+Alt+S');
  const dialog = page.getByRole('dialog', { name: 'Staff PIN' });
  await expect(dialog.getByRole('heading')).toHaveText('No staff PIN is set');
  await expect(dialog.getByRole('button', { name: '1', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // A kiosk with a PIN keeps it, whatever the URL says.
  await seedPin(page);
  await openKiosk(page, '&resetPin=1');
  await openPad(page);
  await typePin(page, TEST_PIN);
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toBeVisible();
});

test('staff change the PIN in the panel; after a reload the new one works and the old does not', async ({
  page,
}) => {
  test.setTimeout(MANY_PINS_MS);
  await seedPin(page);
  await openKiosk(page);
  await openPad(page);
  await typePin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Staff panel' });
  await panel.getByRole('button', { name: 'Change the staff PIN' }).click();
  const choose = page.getByRole('dialog', { name: 'Choose a new staff PIN' });
  await expect(choose).toBeVisible();
  await screenshot(page, 'pin-change');
  await typePin(page, '111111');
  await expect(choose.getByRole('status')).toContainText('one digit repeated');
  await typePin(page, NEW_PIN);
  await typePin(page, NEW_PIN);
  await expect(choose).toHaveCount(0);
  await expect(panel.getByRole('status').last()).toHaveText('The new staff PIN is saved.');
  await page.reload();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible();
  await openPad(page);
  await typePin(page, TEST_PIN);
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('That PIN is not right.');
  await typePin(page, NEW_PIN);
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toBeVisible();
});

test('the lockout survives a reload: three wrong PINs, a reload, and the right one still waits', async ({
  page,
}) => {
  test.setTimeout(MANY_PINS_MS);
  await seedPin(page);
  await openKiosk(page);
  await openPad(page);
  const note = page.getByRole('dialog', { name: 'Staff PIN' }).getByRole('status');
  for (const wrong of ['000001', '000002']) {
    await typePin(page, wrong);
    await expect(note).toHaveText('That PIN is not right.');
  }
  await typePin(page, '000003');
  await expect(note).toHaveText('Too many tries. Try again in 30 s.');
  await page.reload();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible();
  await openPad(page);
  await typePin(page, TEST_PIN);
  await expect(note).toContainText('Too many tries. Try again in');
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toHaveCount(0);
});

test('the pad and the panel close after 30 s untouched, and the exhibit answers a touch again', async ({
  page,
}) => {
  test.setTimeout(MANY_PINS_MS);
  await page.clock.install();
  await seedPin(page);
  await openKiosk(page);
  await openPad(page);
  await expect(page.locator('#ui')).toHaveAttribute('inert', '');
  await page.clock.fastForward(25_000);
  await page.getByRole('button', { name: '5', exact: true }).click(); // a touch: 30 s afresh
  await page.clock.fastForward(25_000);
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toBeVisible();
  await page.clock.fastForward(6_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('#ui')).not.toHaveAttribute('inert', '');
  await page.getByRole('button', { name: /Touch to begin/ }).tap();
  await waitFor(page, 'advisory');
  // The panel too.
  await openPad(page);
  await page.getByRole('button', { name: 'Delete' }).click(); // clears the 5 typed before
  await typePin(page, TEST_PIN);
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toBeVisible();
  await page.clock.fastForward(31_000);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('#ui')).not.toHaveAttribute('inert', '');
  await page.getByRole('button', { name: 'Continue' }).tap();
  await waitFor(page, 'home');
});

test("the launcher's reset-PIN command forgets the PIN, so the first-start screen asks again", async ({
  page,
}) => {
  await seedPin(page);
  await fakeLauncher(page, { resetPin: true });
  await page.goto('/?exhibit=test-exhibit');
  await expect(page.getByRole('dialog', { name: 'Choose the staff PIN' })).toBeVisible({
    timeout: 30_000,
  });
  expect(await launcherSent(page, 'ack')).toEqual([{ type: 'ack', commands: ['resetPin'] }]);
  // This kiosk keeps no PIN of its own (and kiosk.json has none to fall back to).
  expect((await savedSettings(page)).pin ?? null).toBeNull();
});

test("the launcher's mode command switches the kiosk to display and keeps it", async ({ page }) => {
  await seedPin(page);
  await fakeLauncher(page, { mode: 'display' });
  await page.goto('/?exhibit=test-exhibit');
  await page.waitForFunction(() => window.__exhibit);
  await expect.poll(async () => JSON.stringify((await state(page)).value)).toContain('display');
  expect(await launcherSent(page, 'ack')).toEqual([{ type: 'ack', commands: ['mode'] }]);
  expect((await savedSettings(page)).mode).toBe('display');
  // The command is gone (acknowledged); the mode stays.
  await page.reload();
  await page.waitForFunction(() => window.__exhibit);
  await expect.poll(async () => JSON.stringify((await state(page)).value)).toContain('display');
  expect(await launcherSent(page, 'ack')).toEqual([]);
});

test('a custom PIN of the first version (SHA-256) is taken once and stored as PBKDF2', async ({
  page,
}) => {
  test.setTimeout(MANY_PINS_MS);
  // SHA-256 of "museum-kiosk:24681357", as the first version stored it.
  const old = '9a39941af6ecee68f9b8687e09a67d38002a064bd36a6b428c38977a42e0a298';
  await page.addInitScript((pinHash) => {
    if (!localStorage.getItem('museum-kiosk.settings'))
      localStorage.setItem('museum-kiosk.settings', JSON.stringify({ pinHash }));
  }, old);
  await openKiosk(page);
  await openPad(page);
  await typePin(page, '24681357');
  const panel = page.getByRole('dialog', { name: 'Staff panel' });
  await expect(
    panel.getByText('This PIN is from the first version: choose a new one.'),
  ).toBeVisible();
  const { pin, pinHash } = await savedSettings(page);
  expect(pin).toMatchObject({ v: 2, iterations: 600_000 });
  expect(pinHash).toBeUndefined();
  await page.reload();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible();
  await openPad(page);
  await typePin(page, '24681357');
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toBeVisible();
});
