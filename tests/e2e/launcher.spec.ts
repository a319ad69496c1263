// What the page does for the kiosk launcher: the browser's shortcuts are blocked from the first
// moment of a page load, before the main bundle runs (the inline script in index.html), while the
// keypad's keys still reach the app; and the app sends its heartbeat (frames, state) to the
// launcher's binding.
import type { Page } from '@playwright/test';
import { expect, openKiosk, test } from './kiosk.ts';

/** Shortcuts that open the browser's own pages, dialogs or windows (issue 13's audit). */
const BLOCKED = [
  'Control+O',
  'Control+H',
  'Control+J',
  'Control+P',
  'Control+S',
  'Control+R',
  'Control+L',
  'Control+U',
  'Control+F',
  'Control+D',
  'Control+T',
  'Control+N',
  'Control+W',
  'Control+Equal',
  'Control+Minus',
  'Control+0',
  'Control+Tab',
  'Control+PageDown',
  'Control+1',
  'Meta+O',
  'Control+Shift+Delete',
  'Control+Shift+A',
  'Control+Shift+I',
  'Control+Shift+J',
  'Control+Shift+C',
  'Control+Shift+B',
  'Control+Shift+O',
  'Control+Shift+N',
  'Control+Shift+T',
  'Control+Shift+W',
  'Control+Shift+M',
  'Control+Shift+Q',
  'Alt+ArrowLeft',
  'Alt+ArrowRight',
  'Alt+Home',
  'Alt+F',
  ...['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12'],
];
/** The keypad's and the presenter's keys (keypad.ts, presenterKeys.ts): never blocked. */
const KEYPAD = [
  ...['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter', 'Space', 'Escape', 'Backspace'],
  ...['+', '-', 'h', 'H', '?', 'd', 'D', 'b', 'B', '.', 'PageUp', 'PageDown'],
];

type Seen = { key: string; prevented: boolean };

/** Records every keydown as the page's last listener sees it (window, bubbling). */
async function recordKeys(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __keys: Seen[] };
    w.__keys = [];
    window.addEventListener('keydown', (e) =>
      w.__keys.push({ key: e.key, prevented: e.defaultPrevented }),
    );
  });
}

async function pressAll(page: Page, keys: string[]): Promise<Record<string, boolean>> {
  await page.evaluate(() => ((window as unknown as { __keys: Seen[] }).__keys = []));
  const result: Record<string, boolean> = {};
  for (const key of keys) {
    await page.keyboard.press(key);
    const seen = await page.evaluate(() => (window as unknown as { __keys: Seen[] }).__keys.pop());
    result[key] = seen?.prevented ?? false;
  }
  return result;
}

test('the browser shortcuts are blocked before the main bundle runs; the keypad keys are not', async ({
  page,
}) => {
  await recordKeys(page);
  // Hold the main module back: the page is parsed, its inline scripts ran, the app has not.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let heldBack = false;
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    heldBack = true;
    await held;
    await route.continue();
  });
  await page.goto('/?exhibit=test-exhibit', { waitUntil: 'commit' });
  await expect.poll(() => heldBack).toBe(true);
  await page.waitForFunction(() => document.querySelector('.static-card') !== null);
  expect(await page.evaluate(() => window.__exhibit === undefined), 'the app has not started').toBe(
    true,
  );

  const blocked = await pressAll(page, BLOCKED);
  expect(Object.entries(blocked).filter(([, prevented]) => !prevented)).toEqual([]);
  const keypad = await pressAll(page, KEYPAD);
  expect(Object.entries(keypad).filter(([, prevented]) => prevented)).toEqual([]);

  // The app starts; the keypad's keys reach it (H and F1: the key help; Escape: closed again).
  release();
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  const help = page.getByRole('dialog', { name: 'The keys' });
  await page.keyboard.press('h');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // And the shortcuts stay blocked once it runs.
  const after = await pressAll(page, ['Control+O', 'Control+Shift+I', 'F5', 'F12']);
  expect(Object.values(after)).toEqual([true, true, true, true]);
});

test('under the launcher, the app sends heartbeats with the frames Pixi drew and its state', async ({
  page,
}) => {
  const beats: { type: string; frames: number; state: string }[] = [];
  // What the launcher does over the DevTools protocol: a binding, and its info before the page.
  await page.exposeBinding('__kioskLauncherSend', (_source, json: string) =>
    beats.push(JSON.parse(json)),
  );
  await page.addInitScript(() =>
    Object.defineProperty(window, '__kioskLauncher', {
      value: Object.freeze({ version: 1, commands: Object.freeze({}) }),
    }),
  );
  await openKiosk(page);
  // Every 5 s: wait for two, and the frames rising between them.
  await expect.poll(() => beats.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
  const [first, second] = beats.slice(-2);
  expect(first!.type).toBe('heartbeat');
  expect(second!.frames).toBeGreaterThan(first!.frames);
  expect(second!.state).toBe('attract');
});
