// The sources screen as a visitor uses it: works grouped by chapter, a sign that the list scrolls
// (gone at its end), touch and keypad scrolling, and the take-home reading list's QR code, which
// the build makes from the exhibit's `readingList.url`.
import type { Page } from '@playwright/test';
import { qrSvg } from '../../scripts/readingList/qr.ts';
import { expect, openKiosk, screenshot, test, waitFor } from './kiosk.ts';

const send = (page: Page, event: object) =>
  page.evaluate((e) => window.__exhibit!.send(e as never), event);

const EXAMPLE = 'https://museum.example/uprising/reading-list';

/**
 * Uprising as a museum that has set a reading list would show it: its real works (long enough to
 * scroll), with an example address and its QR code made as the build makes it.
 */
async function uprisingWithReadingList(page: Page): Promise<void> {
  await page.route('**/exhibits/uprising/exhibit.json', async (route) => {
    const json = (await (await route.fetch()).json()) as Record<string, unknown>;
    await route.fulfill({ json: { ...json, readingList: { url: EXAMPLE } } });
  });
  const svg = await qrSvg(EXAMPLE);
  await page.route('**/media/uprising/reading-list/qr.svg', (route) =>
    route.fulfill({ body: svg, contentType: 'image/svg+xml' }),
  );
}

/** From the attract loop straight to the sources screen, in `lang`. */
async function openSources(page: Page, lang = 'en'): Promise<void> {
  await send(page, { type: 'ui.start' });
  await waitFor(page, 'advisory');
  await send(page, { type: 'ui.languageChosen', lang });
  await send(page, { type: 'ui.continue' });
  await waitFor(page, 'home');
  await send(page, { type: 'ui.sources' });
  await waitFor(page, 'sources');
  await expect(page.locator('.source-group').first()).toBeVisible();
}

async function openUprising(page: Page): Promise<void> {
  await uprisingWithReadingList(page);
  // File by file (a test build's ?bundle=0): the changed exhibit.json is read, not the bundle's.
  await page.goto('/?effects=none&bundle=0');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 60_000,
  });
}

const more = (page: Page) => page.locator('.sources button.more-below');

test('by touch: chapter groups, a scroll sign that goes at the end, the QR and its address', async ({
  page,
}) => {
  await openUprising(page);
  await openSources(page);
  await expect(page.locator('.source-group')).toHaveCount(10);
  // Each chapter's heading, then its works, title first.
  const first = page.locator('.source-group').first();
  await expect(first.locator('h2')).toHaveText('01The Special Camps');
  await expect(first.locator('.source').first().locator('> *').first()).toHaveClass('source-title');
  // Applebaum is listed in full once, then named with a pointer back in later chapters.
  await expect(page.locator('#source-applebaum-gulag')).toHaveCount(1);
  await expect(
    page.locator('.source-again', { hasText: 'Gulag: A History' }).first(),
  ).toContainText('Described under chapter 1');
  // No address is shown with its path.
  const imprints = await page.locator('.source-imprint').allTextContents();
  expect(imprints.filter((t) => t.includes('/'))).toEqual([]);
  expect(imprints.join(' ')).toContain('memorial.krsk.ru');

  const list = page.locator('.sources-list');
  await expect(more(page)).toBeVisible();
  await expect(list).toHaveClass(/fades/);
  const box = (await list.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  // A finger on the list, moved by `dy` pixels in small steps, then lifted.
  const swipe = async (dy: number) => {
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height / 2 - dy / 2);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y: Math.round(at) }],
      });
    await touch('touchStart', y);
    for (let i = 1; i <= 12; i++) await touch('touchMove', y + (dy * i) / 12);
    await touch('touchEnd', y + dy);
  };
  const top = () => list.evaluate((l) => l.scrollTop);
  // A finger swipes the list up: it scrolls, and the sign stays while there is more.
  await swipe(-300);
  await expect.poll(top).toBeGreaterThan(100);
  await expect(more(page)).toBeVisible();
  // At the end (the rest scrolled at once: a software renderer swipes slowly) the sign goes...
  await list.evaluate((l) => l.scrollTo({ top: l.scrollHeight }));
  await expect(list).not.toHaveClass(/fades/);
  await expect(more(page)).toBeHidden();
  // ...and comes back when a swipe down leaves the end again.
  await swipe(300);
  await expect(list).toHaveClass(/fades/);
  await expect(more(page)).toBeVisible();
  // Touching the sign scrolls on. The swipe's fling may still be carrying the list up: read
  // where it comes to rest, not where it passes (CI once read 14,217, then 14,123 after the tap).
  const before = await list.evaluate(async (l) => {
    let last = -1;
    for (let still = 0, i = 0; still < 6 && i < 600; i++) {
      await new Promise(requestAnimationFrame);
      still = l.scrollTop === last ? still + 1 : 0;
      last = l.scrollTop;
    }
    return last;
  });
  await more(page).tap();
  await expect.poll(top).toBeGreaterThan(before + 100);

  const qr = page.locator('.reading-list img.reading-qr');
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('.reading-address')).toHaveText('museum.example/uprising/reading-list');
});

test('by keypad: the arrows walk the chapters and scroll them into view', async ({ page }) => {
  await openUprising(page);
  await openSources(page);
  const list = page.locator('.sources-list');
  // From Back, the arrows reach each chapter group in turn.
  await page.getByRole('button', { name: 'Back', exact: true }).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('.source-group:focus')).toHaveCount(1);
  await expect(page.locator('.source-group').last()).toBeInViewport();
  expect(await list.evaluate((l) => l.scrollTop)).toBeGreaterThan(0);
});

test('the QR code the build made from the exhibit’s address; none without one', async ({
  page,
}) => {
  await openKiosk(page, '&effects=none');
  await openSources(page, 'ru');
  const url = 'https://museum.example/test-exhibit/reading-list';
  const qr = page.locator('.reading-list img.reading-qr');
  await expect(qr).toBeVisible();
  await expect(page.locator('.reading-address')).toHaveText(
    'museum.example/test-exhibit/reading-list',
  );
  const src = (await qr.getAttribute('src'))!;
  const served = await page.evaluate(async (s) => (await fetch(s)).text(), src);
  expect(served).toBe(await qrSvg(url));
  // A work listed in full, with what it is, and the same work named again under chapter 2.
  await expect(page.locator('#source-applebaum-2003 .source-about')).toContainText(
    'Описание тестовой записи',
  );
  await expect(page.locator('.source-again')).toContainText('Подробнее\u00a0— в главе 1');
  await screenshot(page, 'sources-test-exhibit-ru');
  // The take-home page the build wrote beside it, in Russian, with the full addresses as links.
  const home = await page.evaluate(async () =>
    (await fetch('/take-home/test-exhibit/ru.html')).text(),
  );
  expect(home).toContain('<html lang="ru">');
  expect(home).toContain('href="https://www.press.example/books/death-and-redemption"');

  await page.goto('/?exhibit=gallery&effects=none');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  await openSources(page);
  await expect(page.locator('.reading-list')).toHaveCount(0);
});

for (const [width, height] of [
  [1920, 1080],
  [1080, 1920],
  [1280, 1024],
] as const)
  for (const lang of ['en', 'ru'])
    test(`screenshot ${width}×${height} ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await openUprising(page);
      await openSources(page, lang);
      await expect(page.locator('.reading-qr')).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      await expect(more(page)).toBeVisible();
      await screenshot(page, `sources-${width}x${height}-${lang}`);
    });
