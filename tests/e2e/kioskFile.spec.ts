// Two kiosks on localhost, each from its own kiosk.json (issue 18): each page follows its file
// (mode, volume, language, exhibit, PIN); a change made by staff on one kiosk wins over its file
// and the staff panel says so; and a new kiosk.json renamed over the old on disk reaches the page
// from its attract loop without touching the staff's change. Each kiosk's own server
// (scripts/server, watching its file) serves the test build on a free port.
import { expect, type Page, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '../../scripts/server/index.mjs';
import { makePinRecord, type PinRecord } from '../../src/kiosk/pin.ts';
import { TEST_PIN, typePin } from './kiosk.ts';

let dir: string;
const servers: RunningServer[] = [];
let pin: PinRecord;

/** Writes a kiosk.json as a config tool does: a new file renamed over the old. */
function push(kiosk: string, value: object): string {
  mkdirSync(join(dir, kiosk), { recursive: true });
  const file = join(dir, kiosk, 'kiosk.json');
  writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2));
  renameSync(`${file}.tmp`, file);
  return file;
}

async function kiosk(name: string, settings: object): Promise<RunningServer> {
  const file = push(name, { id: name, exhibit: 'test-exhibit', settings, pin });
  const server = await startServer({ root: 'dist-test', port: 0, configFile: file, log: () => {} });
  servers.push(server);
  return server;
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-file-e2e-'));
  pin = await makePinRecord(TEST_PIN, 200_000);
});
test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

const stateValue = (page: Page) =>
  page.evaluate(() => JSON.stringify(window.__exhibit?.state().value ?? null));

async function openPanel(page: Page) {
  await page.keyboard.press('Control+Alt+S'); // the technician's key for the corner gesture
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toBeVisible();
  await typePin(page, TEST_PIN);
  const panel = page.getByRole('dialog', { name: 'Staff panel' });
  await expect(panel).toBeVisible();
  return panel;
}

const setting = (page: Page, key: string) => page.locator(`.staff-field[data-setting="${key}"]`);

// Four page loads and four PIN entries on SwiftShader: about a minute on two cores.
test.setTimeout(90_000);
test('two kiosks follow their own kiosk.json; staff changes win; a new file arrives from the loop', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  const display = await kiosk('gallery-2-east', { mode: 'display', displayVolume: 0.2 });
  const visitor = await kiosk('gallery-3-north', { mode: 'visitor', defaultLanguage: 'ru' });

  // The display kiosk: its file's mode and loop volume, no URL switch needed.
  await page.goto(display.url);
  await expect.poll(() => stateValue(page), { timeout: 30_000 }).toContain('display');
  let panel = await openPanel(page);
  await expect(setting(page, 'displayVolume').locator('input')).toHaveValue('20');
  await expect(setting(page, 'displayVolume')).toContainText('from kiosk.json');
  await expect(setting(page, 'volume')).toContainText('from default');
  await expect(panel.locator('.staff-health')).toContainText('gallery-2-east');
  await expect(panel.locator('.staff-health')).toContainText('loaded');
  await expect(panel.getByText('The PIN comes from kiosk.json.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();

  // The visitor kiosk: its file's language (Russian) from the first screen.
  await page.goto(visitor.url);
  await expect(page.getByRole('button', { name: /Коснитесь экрана/ })).toBeVisible({
    timeout: 30_000,
  });
  // Staff choose English on this kiosk: that wins over the file, and the panel says so.
  panel = await openPanel(page);
  await expect(setting(page, 'defaultLanguage')).toContainText('from kiosk.json');
  await panel.getByLabel('Default language').selectOption('en');
  await panel.getByRole('button', { name: 'Save and restart' }).click();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  panel = await openPanel(page);
  await expect(setting(page, 'defaultLanguage')).toContainText('from this kiosk');
  await expect(
    setting(page, 'defaultLanguage').getByRole('button', { name: 'Use kiosk.json’s (ru)' }),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/staff-panel-kiosk-file.png' });
  await panel.getByRole('button', { name: 'Close' }).click();

  // The museum pushes a new file: the server reads it again, the page reloads from its attract
  // loop with the new idle timeout, and staff's English stays.
  push('gallery-3-north', {
    id: 'gallery-3-north',
    exhibit: 'test-exhibit',
    settings: { mode: 'visitor', defaultLanguage: 'ru', idleTimeoutSeconds: 45 },
    pin,
  });
  await expect
    .poll(async () => await (await fetch(new URL('kiosk.json', visitor.url))).text())
    .toContain('"idleTimeoutSeconds": 45');
  const reloaded = page.waitForEvent('load');
  await page
    .evaluate(() =>
      (window as unknown as { __kioskFile: { check(): Promise<boolean> } }).__kioskFile.check(),
    )
    .catch(() => {});
  await reloaded;
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  await openPanel(page);
  await expect(setting(page, 'idleTimeoutSeconds').locator('input')).toHaveValue('45');
  await expect(setting(page, 'idleTimeoutSeconds')).toContainText('from kiosk.json');
  await expect(setting(page, 'defaultLanguage')).toContainText('from this kiosk');
  expect(errors).toEqual([]);
});
