// A fleet of two kiosks watched by a real Prometheus (Debian's): two kiosk servers over the test
// build on free ports, each with its own kiosk.json (id, gallery); Prometheus scrapes both every
// second, found through a file_sd kiosks.yml as in ops/prometheus/; a visit made on each kiosk with
// Playwright shows up in a query through Prometheus' HTTP API, by kiosk, chapter and language.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../../scripts/server/index.mjs';
import type { KioskFile } from '../../src/kiosk/kioskFile.ts';

const PROMETHEUS = process.env.PROMETHEUS ?? '/usr/bin/prometheus';

const KIOSKS: KioskFile[] = [
  { id: 'hall-1-east', gallery: 'hall-1', location: 'Hall 1, east wall', settings: {} },
  { id: 'hall-2-north', gallery: 'hall-2', location: 'Hall 2, by the door', settings: {} },
];

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

let dir: string;
let servers: RunningServer[] = [];
let prometheus: ChildProcess | undefined;
let promUrl: string;
let promLog = '';

/** The result of a PromQL query, as {labels, value} rows. */
async function query(q: string): Promise<{ metric: Record<string, string>; value: number }[]> {
  const res = await fetch(`${promUrl}api/v1/query?query=${encodeURIComponent(q)}`);
  const json = (await res.json()) as {
    status: string;
    data: { result: { metric: Record<string, string>; value: [number, string] }[] };
  };
  expect(json.status).toBe('success');
  return json.data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
}

/** `query` as a sorted "label=value" list, for expect.poll. */
async function rows(q: string, label: string): Promise<string[]> {
  return (await query(q)).map((r) => `${r.metric[label]}=${r.value}`).sort();
}

test.beforeAll(async () => {
  const t0 = Date.now();
  try {
    execFileSync(PROMETHEUS, ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `Prometheus is missing (${PROMETHEUS}): sudo apt-get install -y prometheus ` +
        '(or set PROMETHEUS to its path)',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'kiosk-fleet-'));
  // Each kiosk from its own kiosk.json on disk, read, validated and watched by its server.
  servers = await Promise.all(
    KIOSKS.map((kiosk) => {
      const configFile = join(dir, `${kiosk.id}.json`);
      writeFileSync(configFile, JSON.stringify(kiosk, null, 2));
      return startServer({ root: 'dist-test', port: 0, configFile, log: () => {} });
    }),
  );
  // The shipped layout: prometheus.yml reading kiosks.yml (file_sd), with the shipped alert rules.
  const targets = servers.map((s, i) => ({
    targets: [new URL(s.url).host],
    labels: { kiosk: KIOSKS[i]!.id, gallery: KIOSKS[i]!.gallery },
  }));
  writeFileSync(join(dir, 'kiosks.yml'), JSON.stringify(targets));
  copyFileSync('ops/prometheus/alerts.yml', join(dir, 'alerts.yml'));
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      'rule_files: [alerts.yml]',
      'scrape_configs:',
      '  - job_name: kiosk',
      '    honor_labels: true',
      '    file_sd_configs: [{ files: [kiosks.yml] }]',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  promUrl = `http://127.0.0.1:${port}/`;
  prometheus = spawn(
    PROMETHEUS,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  prometheus.stderr!.on('data', (d: Buffer) => (promLog += d.toString()));
  await expect
    .poll(
      async () => {
        if (prometheus?.exitCode !== null) throw new Error(`prometheus exited:\n${promLog}`);
        return fetch(`${promUrl}-/ready`).then(
          (r) => r.status,
          () => 0,
        );
      },
      { timeout: 20_000 },
    )
    .toBe(200);
  console.log(`Prometheus ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});

test.afterAll(async () => {
  prometheus?.kill('SIGTERM');
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  if (prometheus && prometheus.exitCode === null)
    await new Promise((done) => prometheus!.once('exit', done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens kiosk `i` (its kiosk.json given to the page too) and waits for the attract loop. */
async function openOn(browser: Browser, i: number, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ baseURL: servers[i]!.url });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.route('**/kiosk.json', (r) => r.fulfill({ json: KIOSKS[i] }));
  await page.goto('/?exhibit=test-exhibit');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  return page;
}

/** Touch to begin, past the advisory, a chapter started (in `lang` when given). */
async function visit(page: Page, chapter: RegExp, language?: string): Promise<void> {
  const state = () =>
    expect.poll(() => page.evaluate(() => JSON.stringify(window.__exhibit!.state().value)));
  await page.getByRole('button', { name: /Touch to begin/ }).tap();
  await page.getByRole('button', { name: 'Continue' }).tap();
  await state().toContain('home');
  if (language) await page.getByRole('button', { name: language, exact: true }).tap();
  await page.getByRole('button', { name: chapter }).tap();
  await state().toContain('playing');
}

test('Prometheus scrapes two kiosks and sees the visits made on each, by chapter and language', async ({
  browser,
}) => {
  const errors: string[] = [];
  // Prometheus reaches both kiosks' servers (its own `up`, labelled from kiosks.yml); no page
  // has sent a heartbeat yet.
  await expect
    .poll(() => rows('up', 'kiosk'), { timeout: 20_000 })
    .toEqual(['hall-1-east=1', 'hall-2-north=1']);
  expect(await rows('kiosk_up', 'kiosk')).toEqual(['hall-1-east=0', 'hall-2-north=0']);

  const t0 = Date.now();
  const log = (what: string) => console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);
  const a = await openOn(browser, 0, errors);
  log('A open');
  await visit(a, /First Light/);
  // Two software-rendered pages share two cores: A's stage holds still while B is visited (its
  // heartbeat and beacon go on).
  await a.evaluate(() => window.__exhibit!.freeze());
  log('A visit');
  const b = await openOn(browser, 1, errors);
  log('B open');
  await visit(b, /Второй шаг/, 'Русский');
  log('B visit');

  await expect
    .poll(() => rows('sum by (kiosk) (kiosk_visits_total)', 'kiosk'), { timeout: 20_000 })
    .toEqual(['hall-1-east=1', 'hall-2-north=1']);
  log('visits in Prometheus');
  expect(await rows('kiosk_up', 'kiosk')).toEqual(['hall-1-east=1', 'hall-2-north=1']);
  // (The test exhibit's chapters are short: kiosk A may already have gone on to the next one.)
  await expect
    .poll(
      async () =>
        (await query('sum by (gallery, chapter, lang) (kiosk_chapters_started_total)'))
          .map((r) => `${r.metric.gallery} ${r.metric.chapter} ${r.metric.lang}=${r.value}`)
          .filter((r) => !r.startsWith('hall-1 second-step en')),
      { timeout: 10_000 },
    )
    .toEqual(['hall-1 first-light en=1', 'hall-2 second-step ru=1']);
  // What each kiosk runs, from the info metric; frames rise; heap and state are reported.
  const info = await query('kiosk_info');
  expect(info.map((r) => [r.metric.kiosk, r.metric.release, r.metric.exhibit]).sort()).toEqual([
    ['hall-1-east', 'dev', 'test-exhibit'],
    ['hall-2-north', 'dev', 'test-exhibit'],
  ]);
  expect(new Set(info.map((r) => r.metric.content)).size).toBe(1);
  expect(info[0]!.metric.content).toMatch(/^[0-9a-f]{8}$/);
  expect(await rows('kiosk_state', 'state')).toEqual(['visit=1', 'visit=1']);
  expect((await query('kiosk_frames_total > 0')).length).toBe(2);
  expect((await query('kiosk_js_heap_bytes > 0')).length).toBe(2);
  expect((await query('kiosk_frame_seconds_count > 0')).length).toBe(2);
  expect(errors).toEqual([]);
  await a.close();
  await b.close();
});
