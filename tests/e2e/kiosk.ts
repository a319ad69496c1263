// Page helpers for the kiosk: open it, read its state through window.__exhibit, watch the console.
import { expect, test as base, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parseVtt, type Caption } from '../../src/content/vtt.ts';
import type { ExhibitTestHandle } from '../../src/kiosk/testHandle.ts';

type State = ReturnType<ExhibitTestHandle['state']>;

/**
 * The drawing quality a test's kiosk pages are pinned at (src/scenes/quality.ts); "build" leaves
 * the address alone: the test build's own default (full) or what the address says.
 */
export type TestQuality = 'low' | 'full' | 'build';

/**
 * The kiosk's address with `?quality=` added, unless it names one already or is not the kiosk's
 * own page (another origin, another path).
 */
export function withTestQuality(url: string, quality: TestQuality, base: string): string {
  const u = new URL(url, base);
  const kioskPage = u.origin === new URL(base).origin && /^\/(index\.html)?$/.test(u.pathname);
  if (quality === 'build' || !kioskPage || u.searchParams.has('quality')) return url;
  u.searchParams.set('quality', quality);
  return url.startsWith('/') ? `${u.pathname}${u.search}${u.hash}` : u.href;
}

/**
 * A test whose page logs no console errors, throws no uncaught errors, and asks nothing of any
 * origin but the kiosk's own (offline: every asset is served locally).
 *
 * Its `page.goto` of the kiosk pins the drawing quality at `quality`: "low" (half resolution,
 * 30 fps, no particles, no grain) unless the spec says `test.use({ quality: 'full' })`. Software
 * rendering at full quality is most of the suite's CPU, and what these specs check (states,
 * words, audio, storage, layout in CSS pixels) is the same at every level. Specs that compare
 * pixels with a baseline, measure flashes, or count what the stage draws (particles, grain,
 * leaks) use full; an address that names `quality=` keeps it. PW_QUALITY=full runs them all at full.
 */
export const test = base.extend<{
  consoleErrors: string[];
  offOrigin: string[];
  quality: TestQuality;
}>({
  // PW_QUALITY=full runs every spec at full quality, as before.
  quality: [process.env.PW_QUALITY === 'full' ? 'full' : 'low', { option: true }],
  page: async ({ page, quality, baseURL }, use) => {
    const goto = page.goto.bind(page);
    page.goto = (url, options) => goto(withTestQuality(url, quality, baseURL!), options);
    await use(page);
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  offOrigin: [
    async ({ page, baseURL }, use) => {
      const own = new URL(baseURL!).origin;
      const requests: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== own) requests.push(r.url());
      });
      await use(requests);
      expect(requests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Opens the kiosk on the test exhibit and waits for the attract loop. */
export async function openKiosk(page: Page, query = ''): Promise<void> {
  await page.goto(`/?exhibit=test-exhibit${query}`);
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
}

/** The machine's state through the test handle. */
/** Sends the exhibit's machine an event, as the interface would. */
export async function send(page: Page, event: object): Promise<void> {
  await page.evaluate((e) => window.__exhibit!.send(e as never), event);
}

/** Steps a frozen stage `ms` milliseconds on. */
export async function advance(page: Page, ms: number): Promise<void> {
  await page.evaluate((m) => window.__exhibit!.advance(m), ms);
}

export function state(page: Page): Promise<State> {
  return page.evaluate(() => window.__exhibit!.state());
}

/** A compact name for the state: "attract", "home", "chapter.playing", … */
export async function where(page: Page): Promise<string> {
  const { value } = await state(page);
  if (typeof value === 'string') return value;
  const flow = (value as { visit: { flow: string | { chapter: string | object } } }).visit.flow;
  if (typeof flow === 'string') return flow;
  // The end has phases of its own (a memorial's hold): "chapter.ended" names them all.
  const sub = flow.chapter;
  return `chapter.${typeof sub === 'string' ? sub : Object.keys(sub)[0]}`;
}

/** Waits until the compact state name is `name`. */
export async function waitFor(page: Page, name: string, timeout = 15_000): Promise<void> {
  await expect.poll(() => where(page), { timeout }).toBe(name);
}

/** From the attract loop: touch to begin, pass the content advisory, arrive at the chapter menu. */
export async function startVisit(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Touch to begin/ }).tap();
  await waitFor(page, 'advisory');
  await page.getByRole('button', { name: 'Continue' }).tap();
  await waitFor(page, 'home');
}

/** Touches the button with this accessible name. */
export async function tap(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: typeof name === 'string' }).tap();
}

/** Captions of the test exhibit's chapter in a language, straight from the committed file. */
export function fixtureCaptions(chapter: string, lang: string) {
  return parseVtt(
    readFileSync(`tests/fixtures/media/test-exhibit/narration/${chapter}.${lang}.vtt`, 'utf8'),
  );
}

/**
 * Samples the caption shown against the narration's own audio position (Howler's seek) until
 * `done(shown)` holds: away from a cue's edges (0.3 s), the caption shown must be the VTT's cue at
 * that time. Returns the captions seen, in order (each change once), and the positions read.
 */
export async function followCaptions(
  page: Page,
  captions: Caption[],
  done: (shown: string[]) => boolean,
  { timeout = 15_000, interval = 150 } = {},
): Promise<{ shown: string[]; positions: number[] }> {
  const shown: string[] = [];
  const positions: number[] = [];
  await expect
    .poll(
      async () => {
        const [audio, caption] = await Promise.all([
          page.evaluate(() => window.__exhibit!.audio()),
          page.locator('.caption').textContent(),
        ]);
        const t = audio.narrationSeconds;
        if (t !== undefined) positions.push(t);
        if (t !== undefined && caption) {
          const near = captions.some(
            (c) => Math.abs(c.start - t) < 0.3 || Math.abs(c.end - t) < 0.3,
          );
          const expected = captions.find((c) => t >= c.start && t < c.end)?.text;
          if (!near && expected) expect(caption, `the caption at ${t.toFixed(2)} s`).toBe(expected);
          if (shown.at(-1) !== caption) shown.push(caption);
        }
        return done(shown);
      },
      { timeout, intervals: [interval] },
    )
    .toBe(true);
  return { shown, positions };
}

/** Saves a screenshot as a test artifact, in test-results/screens/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const path = `test-results/screens/${name}.png`;
  await page.screenshot({ path });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/** Lit pixels in a downscaled copy of the canvas: only what Pixi drew, not the DOM overlay. */
export function litPixels(page: Page, { stepped = false } = {}): Promise<number> {
  return canvasPixels(page, { width: 240, height: 135, faint: false, stepped });
}

/** Pixels the stage drew anything on (however faint) in a 480×270 copy of the canvas. */
export function drawnPixels(page: Page): Promise<number> {
  return canvasPixels(page, { width: 480, height: 270, faint: true, stepped: false });
}

interface PixelCount {
  width: number;
  height: number;
  /** Count any drawn pixel (alpha > 3), not only lit ones (alpha > 40 and bright). */
  faint: boolean;
  stepped: boolean;
}

function canvasPixels(page: Page, opts: PixelCount): Promise<number> {
  return page.evaluate(async ({ width, height, faint, stepped }) => {
    const canvas = document.querySelector('canvas')!;
    // Read inside a frame the stage drew: the drawing buffer is not preserved, and under a frame
    // cap (30 fps at the low quality most specs run at) or a skipped frame (touch first) a frame
    // may go undrawn. The stage's render comes first in a frame (its callback was asked for
    // before ours), so a frame count that moved means this frame's picture is there to read. A
    // frozen stage draws only when stepped, so `stepped` steps it 100 ms and reads in that task.
    if (stepped) window.__exhibit!.advance(100);
    else {
      const before = window.__exhibit!.quiet().frames;
      for (let i = 0; i < 30 && window.__exhibit!.quiet().frames === before; i++)
        await new Promise(requestAnimationFrame);
    }
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [width, height];
    const g = copy.getContext('2d')!;
    g.drawImage(canvas, 0, 0, width, height);
    const d = g.getImageData(0, 0, width, height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) {
      if (faint ? d[i]! > 3 : d[i]! > 40 && d[i - 1]! + d[i - 2]! + d[i - 3]! > 150) n++;
    }
    return n;
  }, opts);
}

/**
 * Every visible control is at least 44 × 44 CSS px, and no two are closer than 8 px: the
 * problems found, as "name: why".
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Under a modal dialog only the dialog's controls can be touched.
    const modals = document.querySelectorAll('[aria-modal="true"]');
    const root = modals[modals.length - 1] ?? document;
    const controls = [...root.querySelectorAll<HTMLElement>('button, a, input, select')]
      .map((el) => ({ el, r: el.getBoundingClientRect(), v: visible(el) }))
      .filter(
        ({ el, r }) => r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden',
      );
    // The part of a control not clipped by a scrolling list: what a finger can reach now.
    function visible(el: HTMLElement): DOMRect {
      let r = el.getBoundingClientRect();
      for (let p = el.parentElement; p; p = p.parentElement) {
        if (getComputedStyle(p).overflowY === 'visible') continue;
        const c = p.getBoundingClientRect();
        const top = Math.max(r.top, c.top);
        const bottom = Math.max(top, Math.min(r.bottom, c.bottom));
        r = new DOMRect(r.left, top, r.width, bottom - top);
      }
      return r;
    }
    const name = (el: HTMLElement) =>
      (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 30);
    const problems: string[] = [];
    for (const { el, r } of controls)
      if (r.width < 44 || r.height < 44)
        problems.push(`${name(el)}: ${Math.round(r.width)} × ${Math.round(r.height)} px`);
    const reachable = controls.filter((c) => c.v.height > 0).map((c) => ({ el: c.el, r: c.v }));
    for (const [i, a] of reachable.entries())
      for (const b of reachable.slice(i + 1)) {
        const dx = Math.max(b.r.left - a.r.right, a.r.left - b.r.right, 0);
        const dy = Math.max(b.r.top - a.r.bottom, a.r.top - b.r.bottom, 0);
        if (Math.max(dx, dy) < 8 && !a.el.contains(b.el) && !b.el.contains(a.el))
          problems.push(
            `${name(a.el)} and ${name(b.el)}: ${Math.round(Math.max(dx, dy))} px apart`,
          );
      }
    return problems;
  });
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe (WCAG 2.0–2.2 A and AA) and the touch-target check; notes the result in `results`. */
export async function axe(page: Page, results: string[], name: string): Promise<void> {
  // Let the buttons' 300 ms transitions finish: axe measures contrast on what is painted.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition && a.playState === 'running')
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  results.push(`${name}: ${violations.length} violations, ${passes.length} rules passed`);
  expect(found, `axe in ${name}`).toEqual([]);
  expect(await smallTargets(page), `touch targets in ${name}`).toEqual([]);
}

/** The staff PIN of the test kiosks (kept in the tests only). */
export const TEST_PIN = '482913';
// Its PBKDF2 record, made once (Node's pbkdf2Sync, SHA-256, 32 bytes: what makePinRecord makes), so
// tests do not pay for making it. It has the fewest rounds a stored record may claim
// (MIN_ITERATIONS, 200,000): each check of it costs a third of a check of a PIN the kiosk chose
// itself (PIN_ITERATIONS, 600,000), which pin.spec.ts still makes and checks.
const TEST_PIN_RECORD = {
  v: 2,
  salt: 'D08BT00/sWj4/CBMjRCVYw==',
  iterations: 200000,
  hash: '3qrZsETF8x+liUbPxbfm7UiFff78YgwvGW6hjb+90yE=',
};

/**
 * Before every page load, gives the kiosk the test PIN if it has none (a PIN changed by a test is
 * kept across reloads). Call before goto.
 */
export async function seedPin(page: Page): Promise<void> {
  await page.addInitScript((record) => {
    const key = 'museum-kiosk.settings';
    let saved: Record<string, unknown> = {};
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? '{}') ?? {};
    } catch {
      /* a broken record: start afresh */
    }
    if (!saved.pin) localStorage.setItem(key, JSON.stringify({ ...saved, pin: record }));
  }, TEST_PIN_RECORD);
}

/**
 * Plays the kiosk launcher for the first page load after this call: its commands on `window`, and
 * a binding that collects the page's messages in `window.__launcherSent` (read with `launcherSent`).
 */
export async function fakeLauncher(page: Page, commands: object = {}): Promise<void> {
  await page.addInitScript((cmds) => {
    const w = window as unknown as Record<string, unknown>;
    const sent: unknown[] = [];
    w.__launcherSent = sent;
    w.__kioskLauncherSend = (json: string) => sent.push(JSON.parse(json));
    // The launcher's command files are removed once acknowledged: later loads get none.
    const first = !sessionStorage.getItem('fake-launcher');
    sessionStorage.setItem('fake-launcher', '1');
    w.__kioskLauncher = { version: 1, commands: first ? cmds : {} };
  }, commands);
}

/** The messages the page has sent to the (fake) launcher, of one type. */
export function launcherSent(page: Page, type: string): Promise<unknown[]> {
  return page.evaluate(
    (t) =>
      ((window as unknown as { __launcherSent?: { type: string }[] }).__launcherSent ?? []).filter(
        (m) => m.type === t,
      ),
    type,
  );
}

/**
 * Types digits on the open pad (any of the PIN dialogs), presses OK and waits until the check is
 * done (the keys rest while it runs). The keys never move, so the taps skip Playwright's wait for
 * a stable layout, which costs seconds a tap over software WebGL on a busy machine.
 */
export async function typePin(page: Page, pin: string): Promise<void> {
  const pad = page.getByRole('dialog');
  for (const d of pin)
    await pad.getByRole('button', { name: d, exact: true }).click({ force: true });
  await pad.getByRole('button', { name: 'Enter PIN' }).click();
  await expect
    .poll(() => page.evaluate(() => document.querySelector('.pin-key[disabled]') === null))
    .toBe(true);
}
