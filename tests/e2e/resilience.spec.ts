// Self-healing and lockdown: an error anywhere returns the kiosk to its attract loop without a
// trace on screen; a lost GPU context comes back and the story goes on; a visitor cannot zoom,
// select, call up menus, navigate away or reload.
import type { Page } from '@playwright/test';
import { expect, litPixels, openKiosk, startVisit, test, waitFor, where } from './kiosk.ts';

declare global {
  interface Window {
    /** When the first test error was raised (performance.now()), for the 5 s quiet spell. */
    __firstErrorAt?: number;
  }
}

async function intoChapter(page: Page): Promise<void> {
  await openKiosk(page);
  await startVisit(page);
  await page.locator('.chapter-card').nth(1).tap();
  await waitFor(page, 'chapter.playing');
}

test('an uncaught error returns the kiosk to the attract loop, with no trace for the visitor', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await intoChapter(page);
  await page.evaluate(() => {
    window.__firstErrorAt = performance.now();
    setTimeout(() => Promise.reject(new Error('test: a broken promise')));
  });
  await waitFor(page, 'attract');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Error');
  // The attract loop fades in (the stage's crossfade and the montage's own), so its first frames
  // may be dark: wait for it to be lit.
  await expect
    .poll(() => litPixels(page), { message: 'the attract loop draws again', timeout: 10_000 })
    .toBeGreaterThan(20);
  // A second error after the 5 s quiet spell: the visitor who began again is returned to
  // attract too, and the page still works. It is thrown once the visit has begun, so the test
  // does not race a timer against the steps above.
  await startVisit(page);
  await page.evaluate(async () => {
    const wait = window.__firstErrorAt! + 5_500 - performance.now();
    await new Promise((r) => setTimeout(r, Math.max(0, wait)));
    setTimeout(() => {
      throw new Error('test: something broke');
    });
  });
  await waitFor(page, 'attract', 10_000);
  await startVisit(page);
  expect(await where(page)).toBe('home');
  // Both were logged once for the technician, as warnings, not as uncaught page errors.
  expect(warnings.join('\n')).toContain('Error: test: something broke');
  expect(warnings.join('\n')).toContain('unhandled rejection: Error: test: a broken promise');
});

test('a lost WebGL context comes back and the chapter goes on', async ({ page }) => {
  await intoChapter(page);
  const before = (await page.evaluate(() => window.__exhibit!.state())).position;
  // Resolves once the loss has reached the canvas (and the kiosk's own listener, added first).
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas')!;
    const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
    const ext = canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    ext?.loseContext();
    (window as unknown as { __lose: unknown }).__lose = ext;
    return lost.then(() => undefined);
  });
  await page.evaluate(() =>
    (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext(),
  );
  await expect.poll(() => litPixels(page), { timeout: 10_000 }).toBeGreaterThan(20);
  expect(await where(page)).toMatch(/^chapter\./);
  expect((await page.evaluate(() => window.__exhibit!.state())).position).toBeGreaterThan(before);
  expect(await page.evaluate(() => window.__exhibit!.renderer())).toBe('webgl');
});

test('lockdown: no menus, selection, drag, zoom, navigation keys or links', async ({ page }) => {
  await openKiosk(page);
  const prevented = await page.evaluate(() => {
    const fire = (e: Event, target: EventTarget = document.body) => {
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const key = (init: KeyboardEventInit) =>
      fire(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
    const touch = (n: number) => {
      const touches = Array.from(
        { length: n },
        (_, i) =>
          new Touch({ identifier: i, target: document.body, clientX: 100 + i * 50, clientY: 100 }),
      );
      return fire(new TouchEvent('touchmove', { touches, bubbles: true, cancelable: true }));
    };
    const link = document.createElement('a');
    link.href = 'https://example.org/';
    link.textContent = 'away';
    document.body.append(link);
    const result = {
      contextmenu: fire(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
      selectstart: fire(new Event('selectstart', { bubbles: true, cancelable: true })),
      dragstart: fire(new DragEvent('dragstart', { bubbles: true, cancelable: true })),
      dblclick: fire(new MouseEvent('dblclick', { bubbles: true, cancelable: true })),
      ctrlWheel: fire(
        new WheelEvent('wheel', { ctrlKey: true, deltaY: -100, bubbles: true, cancelable: true }),
      ),
      pinch: touch(2),
      F5: key({ key: 'F5' }),
      ctrlR: key({ key: 'r', ctrlKey: true }),
      ctrlPlus: key({ key: '+', ctrlKey: true }),
      ctrlP: key({ key: 'p', ctrlKey: true }),
      altLeft: key({ key: 'ArrowLeft', altKey: true }),
      link: fire(new MouseEvent('click', { bubbles: true, cancelable: true }), link),
      // What visitors and docents need is left alone.
      oneFinger: touch(1),
      plainWheel: fire(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true })),
      tab: key({ key: 'Tab' }),
      // The keypad takes the arrows (they move the focus, so the page must not scroll).
      arrow: key({ key: 'ArrowRight' }),
    };
    link.remove();
    return result;
  });
  expect(prevented).toEqual({
    contextmenu: true,
    selectstart: true,
    dragstart: true,
    dblclick: true,
    ctrlWheel: true,
    pinch: true,
    F5: true,
    ctrlR: true,
    ctrlPlus: true,
    ctrlP: true,
    altLeft: true,
    link: true,
    oneFinger: false,
    plainWheel: false,
    tab: false,
    arrow: true,
  });
  expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');
  await openKiosk(page, '&cursor=1');
  expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).not.toBe('none');
});

test('the watchdog reloads the kiosk from its attract loop at the quiet hour, once', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-27T01:00:00') });
  await openKiosk(page);
  const mark = () => page.evaluate(() => ((window as { mark?: number }).mark = 1));
  const marked = () => page.evaluate(() => (window as { mark?: number }).mark === 1);
  await mark();
  await page.clock.fastForward('02:30:00'); // 3:30 am: not yet
  expect(await marked()).toBe(true);
  const reloaded = page.waitForEvent('load');
  await page.clock.fastForward('00:30:30'); // 4:00:30 am, in the attract loop
  await reloaded;
  expect(await marked()).toBe(false);
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  // The fresh page does not reload again within the hour.
  await mark();
  await page.clock.fastForward('00:30:00');
  expect(await marked()).toBe(true);
});
