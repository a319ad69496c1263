// Opening hours on Playwright's clock: kiosk.json (served by page.route) says Tuesday to Friday
// 10:00–17:00 in Berlin, Christmas Day closed. At closing the display loop goes dark and quiet, a
// visit in progress runs on until it ends, a touch shows the closed card, the kiosk wakes with a
// reload before opening, and a closed holiday stays closed all day.
import type { Page } from '@playwright/test';
import {
  expect,
  seedPin,
  startVisit,
  state,
  tap,
  test,
  TEST_PIN,
  typePin,
  waitFor,
} from './kiosk.ts';

test.use({ timezoneId: 'Europe/Berlin' });

const HOURS = {
  week: {
    tue: [['10:00', '17:00']],
    wed: [['10:00', '17:00']],
    thu: [['10:00', '17:00']],
    fri: [['10:00', '17:00']],
  },
  exceptions: [{ date: '2026-12-25', note: 'Christmas Day' }],
  wakeMinutesBefore: 15,
};

/** Opens the kiosk at `time` (an instant) with these hours in its kiosk.json. */
async function openAt(page: Page, time: string, query = '', hours: object = HOURS) {
  await page.route('**/kiosk.json', (r) => r.fulfill({ json: { id: 'test-kiosk', hours } }));
  await page.clock.install({ time: new Date(time) });
  await page.goto(`/?exhibit=test-exhibit${query}`);
  await expect.poll(() => page.evaluate(() => !!window.__exhibit?.outline().id)).toBe(true);
}

/** The machine's state as the heartbeat names it: "attract", "display…", "closed.dark". */
async function named(page: Page): Promise<string> {
  const { value } = await state(page);
  if (typeof value === 'string') return value;
  return JSON.stringify(value).replace(/[{}"]/g, '').replace(/:/g, '.');
}

/** Everything closing turns off, as the page sees it. */
function quiet(page: Page) {
  return page.evaluate(() => ({
    ...window.__exhibit!.quiet(),
    wakeLock: window.__exhibit!.wakeLock(),
    stage: getComputedStyle(document.getElementById('stage')!).visibility,
    narration: window.__exhibit!.audio().narrationSeconds,
  }));
}

const CLOSED = { muted: true, ticking: false, wakeLock: 'released', stage: 'hidden' };
const OPEN = { muted: false, ticking: true, wakeLock: 'held', stage: 'visible' };

test('display mode at 16:58 closes at 17:00: dark, muted, no frames, the wake lock let go', async ({
  page,
}) => {
  await openAt(page, '2026-12-01T15:58:00Z', '&mode=display'); // Tuesday 16:58 in Berlin
  await expect.poll(() => named(page)).toMatch(/^display/);
  await expect.poll(() => quiet(page)).toMatchObject(OPEN);
  await page.clock.fastForward('01:00');
  expect(await named(page)).toMatch(/^display/);
  await page.clock.fastForward('01:05');
  await expect.poll(() => named(page)).toBe('closed.dark');
  await expect.poll(() => quiet(page)).toMatchObject({ ...CLOSED, narration: undefined });
  await expect(page.locator('.screen.closed')).toBeVisible();
  await expect(page.locator('.closed-card')).toHaveCSS('opacity', '0');
  // The stage draws nothing while closed.
  const { frames } = await quiet(page);
  await page.clock.fastForward('05:00');
  expect(await named(page)).toBe('closed.dark');
  expect((await quiet(page)).frames).toBe(frames);
});

test('a visit in progress at closing runs on until it ends; then the kiosk closes', async ({
  page,
}) => {
  await openAt(page, '2026-12-01T15:58:00Z');
  await startVisit(page);
  await tap(page, /Second Step/);
  await waitFor(page, 'chapter.playing');
  await page.clock.fastForward('02:30');
  // Closing time has come: the kiosk knows, but the visit goes on, with its sound and frames.
  await expect.poll(() => quiet(page)).toMatchObject({ ...OPEN, closing: true });
  expect((await state(page)).value).toHaveProperty('visit');
  await tap(page, 'All chapters');
  await waitFor(page, 'home');
  await tap(page, 'End visit');
  await expect.poll(() => named(page)).toBe('closed.dark');
  await expect.poll(() => quiet(page)).toMatchObject(CLOSED);
});

test('a touch on the dark screen shows the card a few seconds; staff still get in', async ({
  page,
}) => {
  await seedPin(page);
  await openAt(page, '2026-12-01T17:30:00Z'); // Tuesday 18:30
  await expect.poll(() => named(page)).toBe('closed.dark');
  await page.touchscreen.tap(960, 540);
  await expect.poll(() => named(page)).toBe('closed.peek');
  const card = page.locator('.closed-card');
  await expect(card).toHaveCSS('opacity', '1');
  await expect(card.locator('[lang="en"]')).toHaveText(
    'The gallery is closedIt opens tomorrow at 10:00',
  );
  await expect(card.locator('[lang="ru"]')).toHaveText('Зал закрытОткроется завтра в 10:00');
  await expect(card.locator('[lang]')).toHaveCount(2); // the test exhibit speaks en and ru
  await page.clock.fastForward(9_000);
  await expect.poll(() => named(page)).toBe('closed.dark');
  await expect(card).toHaveCSS('opacity', '0');
  // Still quiet: the touch woke nothing.
  expect(await quiet(page)).toMatchObject(CLOSED);
  // The staff corner: a press held over 3 s in the top-left corner asks for the PIN.
  await page.mouse.move(30, 30);
  await page.mouse.down();
  await page.waitForTimeout(3_300); // the gesture itself is a span of time
  await page.mouse.up();
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toBeVisible();
  await typePin(page, TEST_PIN);
  // Health: today's hours, closed now, and the next change.
  await expect(
    page.getByRole('dialog', { name: 'Staff panel' }).locator('.staff-health'),
  ).toContainText('Today 10:00–17:00 · closed now · wakes Wed 09:45, opens Wed 10:00');
});

test('the closed card, landscape and portrait', async ({ page }) => {
  await openAt(page, '2026-12-24T18:00:00Z', '', { ...HOURS, whenClosed: 'card' });
  await expect.poll(() => named(page)).toBe('closed.card');
  const card = page.locator('.closed-card');
  await expect(card).toHaveCSS('opacity', '1');
  await expect(card.locator('[lang="en"]')).toHaveText(
    'The gallery is closedIt opens on Tuesday at 10:00',
  );
  await page.screenshot({ path: 'test-results/screens/closed-card-landscape.png' });
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.screenshot({ path: 'test-results/screens/closed-card-portrait.png' });
});

test('at wake time it reloads, and is in its loop with sound before opening', async ({ page }) => {
  await openAt(page, '2026-12-01T22:00:00Z'); // Tuesday 23:00
  await expect.poll(() => named(page)).toBe('closed.dark');
  await page.evaluate(() => ((window as { before?: boolean }).before = true));
  const reloaded = page.waitForEvent('load');
  await page.clock.fastForward('10:45:00'); // Wednesday 09:45
  await reloaded;
  await expect.poll(() => page.evaluate(() => !!window.__exhibit?.outline().id)).toBe(true);
  expect(await page.evaluate(() => (window as { before?: boolean }).before)).toBeUndefined();
  await expect.poll(() => named(page)).toBe('attract');
  await expect.poll(() => quiet(page)).toMatchObject(OPEN);
  // Before opening: 10:00 Berlin is 09:00Z.
  expect(await page.evaluate(() => Date.now())).toBeLessThan(Date.parse('2026-12-02T09:00:00Z'));
});

test('a closed holiday stays closed all day, without waking', async ({ page }) => {
  await openAt(page, '2026-12-25T06:00:00Z'); // Christmas Day, a Friday, 07:00
  await expect.poll(() => named(page)).toBe('closed.dark');
  await page.evaluate(() => ((window as { before?: boolean }).before = true));
  for (const step of ['02:45:00', '00:15:00', '03:00:00', '05:00:00']) {
    await page.clock.fastForward(step); // 09:45, 10:00, 13:00, 18:00
    expect(await named(page)).toBe('closed.dark');
  }
  expect(await page.evaluate(() => (window as { before?: boolean }).before)).toBe(true);
  expect(await quiet(page)).toMatchObject(CLOSED);
});
