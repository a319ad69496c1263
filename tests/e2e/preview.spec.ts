// The studio's preview (src/app/preview.ts): the kiosk at `?preview=1` follows PreviewCommands
// posted by its parent window and answers PreviewEvents. Loaded on its own, its parent is itself,
// so the page posts the studio's commands to itself; the last test mounts it the studio's way
// (src/studio/preview/index.ts) in a small host page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ts from 'typescript';
import type { PreviewCommand, PreviewEvent } from '../../src/studio/api.ts';
import { expect, test } from './kiosk.ts';

const EXHIBIT = 'test-exhibit';
const ROOT = `exhibits/${EXHIBIT}`;
const chapterFile = (id: string) =>
  JSON.parse(readFileSync(`tests/fixtures/${ROOT}/chapters/${id}.json`, 'utf8')) as {
    title: Record<string, string>;
    script: { text: Record<string, string> }[];
    cues: { type: string }[];
  };

/** Opens the preview on its own and collects what it answers (window.__previewEvents). */
async function openPreview(page: Page, query = ''): Promise<void> {
  await page.addInitScript(() => {
    const w = window as Window & { __previewEvents?: unknown[] };
    w.__previewEvents = [];
    addEventListener('message', (e) => {
      const d = e.data as { type?: string } | null;
      // The page is its own parent: it hears its commands too; keep the answers.
      if (d && /^preview\.(ready|shown|error)$/.test(String(d.type))) w.__previewEvents!.push(d);
    });
  });
  await page.goto(`/?exhibit=${EXHIBIT}&preview=1${query}`);
  await expect.poll(() => events(page, 'preview.ready'), { timeout: 30_000 }).toHaveLength(1);
}

async function events(page: Page, type: PreviewEvent['type']): Promise<PreviewEvent[]> {
  const all = await page.evaluate(
    () => (window as Window & { __previewEvents?: PreviewEvent[] }).__previewEvents ?? [],
  );
  return all.filter((e) => e.type === type);
}

/** Posts a command as the studio's page would (here the page is its own parent). */
async function post(page: Page, command: PreviewCommand): Promise<void> {
  await page.evaluate((c) => window.postMessage(c, location.origin), command);
}

/** Shows a place and waits for the preview to say it is there. */
async function show(page: Page, chapter: string, sentence: number, lang: string) {
  const before = (await events(page, 'preview.shown')).length;
  await post(page, { type: 'preview.show', chapter, sentence, lang });
  await expect
    .poll(async () => (await events(page, 'preview.shown')).length)
    .toBeGreaterThan(before);
  return (await events(page, 'preview.shown')).at(-1);
}

const scene = (page: Page) => page.evaluate(() => window.__exhibit!.scene());
const state = (page: Page) => page.evaluate(() => window.__exhibit!.state());
const caption = (page: Page) => page.locator('.caption');

test('shows chapter 2 at its second sentence in Russian, paused, with that caption and cue', async ({
  page,
}) => {
  await openPreview(page);
  // With nothing asked yet it stands at the first sentence, the advisory and attract loop skipped.
  await expect.poll(async () => (await scene(page)).name).toBe('chapter');
  const shown = await show(page, 'second-step', 1, 'ru');
  expect(shown).toEqual({ type: 'preview.shown', chapter: 'second-step', sentence: 1, lang: 'ru' });
  await expect(caption(page)).toHaveText('Она завершает тестовую экспозицию.');
  // The figure cue is placed on sentence 2: it is the cue on the stage there.
  await expect.poll(async () => (await scene(page)).cue).toBe('1:ru');
  const s = await state(page);
  expect(s.chapterIndex).toBe(1);
  expect(JSON.stringify(s.value)).toContain('paused');
  // Paused: the place holds.
  const at = s.position;
  await page.waitForTimeout(500);
  expect((await state(page)).position).toBe(at);
});

test('new content is shown without a reload; invalid content is refused and the last good stays', async ({
  page,
}) => {
  await openPreview(page);
  await show(page, 'second-step', 1, 'en');
  await page.evaluate(() => ((window as Window & { __same?: boolean }).__same = true));
  const second = chapterFile('second-step');
  second.title.en = 'A Retitled Step';
  second.script[1]!.text.en = 'An edited sentence, not yet voiced.';
  // An edit on its way is overtaken by the next one: the newest is what is shown.
  const earlier = chapterFile('second-step');
  earlier.title.en = 'An Earlier Title';
  const sentAt = Date.now();
  await post(page, {
    type: 'preview.content',
    exhibit: EXHIBIT,
    files: { [`${ROOT}/chapters/second-step.json`]: earlier },
  });
  await post(page, {
    type: 'preview.content',
    exhibit: EXHIBIT,
    files: { [`${ROOT}/chapters/second-step.json`]: second },
  });
  await expect(caption(page)).toHaveText('An edited sentence, not yet voiced.');
  // How long an edit takes to reach the screen (loaded, checked, booted, put back in place).
  test
    .info()
    .annotations.push({ type: 'content to screen', description: `${Date.now() - sentAt} ms` });
  await expect(page.getByText('A Retitled Step').first()).toBeVisible();
  // Same chapter, sentence and language; the same page (no reload).
  const s = await state(page);
  expect([s.chapterIndex, s.lang]).toEqual([1, 'en']);
  expect(JSON.stringify(s.value)).toContain('paused');
  expect(await page.evaluate(() => (window as Window & { __same?: boolean }).__same)).toBe(true);
  expect((await events(page, 'preview.shown')).at(-1)).toMatchObject({ sentence: 1 });

  // A cue with a field the schema refuses: the loader's errors, by file and field.
  const broken = chapterFile('second-step');
  (broken.cues[1] as { value?: unknown }).value = 'many';
  await post(page, {
    type: 'preview.content',
    exhibit: EXHIBIT,
    files: { [`${ROOT}/chapters/second-step.json`]: broken },
  });
  await expect.poll(() => events(page, 'preview.error')).toHaveLength(1);
  const [error] = (await events(page, 'preview.error')) as Extract<
    PreviewEvent,
    { type: 'preview.error' }
  >[];
  expect(error!.errors).toContainEqual(
    expect.objectContaining({
      file: `${ROOT}/chapters/second-step.json`,
      path: 'cues[1](type = figure).value',
    }),
  );
  // The last good content is still on screen.
  await expect(caption(page)).toHaveText('An edited sentence, not yet voiced.');
  await expect(page.getByText('A Retitled Step').first()).toBeVisible();
  await expect.poll(async () => (await scene(page)).name).toBe('chapter');
});

test('a chapter file broken on disk: the error at boot, then the content sent is shown', async ({
  page,
}) => {
  // As a malformed file on disk: the preview says why, and waits for content that loads.
  await page.route(`**/${ROOT}/chapters/first-light.json`, (r) =>
    r.fulfill({ contentType: 'application/json', body: '{ "id": "first-light", ' }),
  );
  await openPreview(page);
  await expect.poll(() => events(page, 'preview.error')).toHaveLength(1);
  const [error] = (await events(page, 'preview.error')) as Extract<
    PreviewEvent,
    { type: 'preview.error' }
  >[];
  expect(error!.errors[0]).toMatchObject({ file: `${ROOT}/chapters/first-light.json`, path: '' });
  expect(error!.errors[0]!.message).toContain('not valid JSON');
  await post(page, { type: 'preview.show', chapter: 'first-light', sentence: 1, lang: 'en' });
  const fixed = chapterFile('first-light');
  await post(page, {
    type: 'preview.content',
    exhibit: EXHIBIT,
    files: { [`${ROOT}/chapters/first-light.json`]: fixed },
  });
  await expect(caption(page)).toHaveText(fixed.script[1]!.text.en!);
  expect((await events(page, 'preview.shown')).at(-1)).toMatchObject({
    chapter: 'first-light',
    sentence: 1,
  });
});

test('plays on from the sentence shown: the narration advances, and pauses again', async ({
  page,
}) => {
  await openPreview(page);
  await show(page, 'first-light', 1, 'en');
  const from = (await state(page)).position;
  await post(page, { type: 'preview.play' });
  await expect.poll(async () => (await state(page)).position).toBeGreaterThan(from + 0.3);
  await expect
    .poll(async () => (await page.evaluate(() => window.__exhibit!.audio())).narrationSeconds ?? 0)
    .toBeGreaterThan(from);
  await post(page, { type: 'preview.pause' });
  await expect.poll(async () => JSON.stringify((await state(page)).value)).toContain('paused');
});

test('a chapter not voiced yet is told silently, its captions timed from the script', async ({
  page,
}) => {
  await openPreview(page);
  const first = chapterFile('first-light');
  first.script.push({ text: { en: 'A third sentence.', ru: 'Третье предложение.' } } as never);
  (first.script[2] as unknown as { sources: string[] }).sources = (
    first.script[0] as unknown as { sources: string[] }
  ).sources;
  await post(page, {
    type: 'preview.content',
    exhibit: EXHIBIT,
    files: { [`${ROOT}/chapters/first-light.json`]: first },
  });
  await show(page, 'first-light', 2, 'ru');
  await expect(caption(page)).toHaveText('Третье предложение.');
  await post(page, { type: 'preview.play' });
  const from = (await state(page)).position;
  await expect.poll(async () => (await state(page)).position).toBeGreaterThan(from + 0.3);
  expect((await page.evaluate(() => window.__exhibit!.audio())).narrationSeconds).toBeUndefined();
});

/** The studio's module as the browser runs it (it imports types only). */
function previewModule(): string {
  const source = readFileSync('src/studio/preview/index.ts', 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview host</title>
<style>body{margin:0;background:#222}#box{width:960px;height:600px;margin:20px}</style></head>
<body><div id="box"></div><script type="module">
import { mountPreview } from '/__host/preview.js';
window.__events = [];
window.__handle = mountPreview(document.getElementById('box'), { exhibit: '${EXHIBIT}' });
window.__handle.onEvent((e) => window.__events.push(e));
</script></body></html>`;

for (const orientation of ['landscape', 'portrait'] as const) {
  test(`mountPreview: the kiosk in an iframe, scaled to its box (${orientation})`, async ({
    page,
  }) => {
    // The studio's own server serves the kiosk without the kiosk server's frame-ancestors 'none';
    // here the test stands in for it, and for the host page.
    await page.route('**/__host/index.html', (r) =>
      r.fulfill({ contentType: 'text/html', body: HOST }),
    );
    await page.route('**/__host/preview.js', (r) =>
      r.fulfill({ contentType: 'text/javascript', body: previewModule() }),
    );
    await page.route(/\/\?exhibit=.*preview=1/, async (r) => {
      const res = await r.fetch();
      const headers = { ...res.headers() };
      headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replace(
        "frame-ancestors 'none'",
        "frame-ancestors 'self'",
      );
      await r.fulfill({ response: res, headers });
    });
    await page.goto('/__host/index.html');
    await expect
      .poll(() => page.evaluate(() => (window as never as { __events: PreviewEvent[] }).__events))
      .toContainEqual({ type: 'preview.ready' });
    await page.evaluate((o) => {
      const h = (window as never as { __handle: { setOrientation(o: string): void } }).__handle;
      h.setOrientation(o);
    }, orientation);
    await page.evaluate(() =>
      (
        window as never as { __handle: { show(c: string, s: number, l: string): void } }
      ).__handle.show('second-step', 1, 'ru'),
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('.caption')).toHaveText('Она завершает тестовую экспозицию.');
    const size = await page.locator('iframe').evaluate((f: HTMLIFrameElement) => ({
      width: f.contentWindow!.innerWidth,
      height: f.contentWindow!.innerHeight,
      box: f.getBoundingClientRect().toJSON() as DOMRect,
    }));
    expect([size.width, size.height]).toEqual(
      orientation === 'landscape' ? [1920, 1080] : [1080, 1920],
    );
    // Scaled down to fit the 960×600 box whole.
    expect(size.box.width).toBeLessThanOrEqual(960.5);
    expect(size.box.height).toBeLessThanOrEqual(600.5);
    expect(Math.max(size.box.width / 960, size.box.height / 600)).toBeGreaterThan(0.99);
    // Look at it: the stage at that sentence, still.
    const inner = page.frames().find((f) => f.url().includes('preview=1'))!;
    await expect.poll(() => inner.evaluate(() => window.__exhibit!.scene().cue)).toBe('1:ru');
    await inner.evaluate(() => {
      window.__exhibit!.freeze();
      window.__exhibit!.advance(2_000);
    });
    await page.locator('#box').screenshot({ path: `test-results/preview-${orientation}.png` });
  });
}
