// The kiosk's metrics: the page's beacon (src/kiosk/beacon.ts) with fakes for the browser, and the
// server's side (scripts/server/beacon.mjs, metrics.mjs) on a real server on a free port: checked
// beacons counted once, /metrics in Prometheus' text format with the kiosk's labels.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Beacon, type BeaconBody, type BeaconEnv, FrameHistogram } from '../../src/kiosk/beacon.ts';
import type { KioskFile } from '../../src/kiosk/kioskFile.ts';
import { startServer, type RunningServer } from '../../scripts/server/index.mjs';
import { errorKind, escapeLabel, kioskMetrics, topState } from '../../scripts/server/metrics.mjs';

/** A beacon's body, as the page sends it. */
function body(over: Partial<BeaconBody> = {}): BeaconBody {
  return {
    v: 1,
    kiosk: 'hall-1-east',
    gallery: 'hall-1',
    location: null,
    release: '1.4.0',
    content: 'ab12cd34',
    exhibit: 'uprising',
    session: 'a1b2c3d4e5f60718',
    seq: 1,
    events: [],
    frameTimes: { counts: [0, 10, 2, 0, 0, 0, 0, 0, 1], sumMs: 1400 },
    frames: 100,
    state: 'attract',
    quality: 1,
    heap: 50_000_000,
    cache: 12_345_678,
    uptime: 30,
    ...over,
  };
}

const visitEvents = [
  { t: 1, type: 'session.start', mode: 'visitor', lang: 'en' },
  { t: 2, type: 'chapter.start', chapter: 'opening', lang: 'en' },
  { t: 3, type: 'language', lang: 'uk' },
  { t: 4, type: 'chapter.complete', chapter: 'opening' },
  { t: 5, type: 'idle.reset' },
  { t: 6, type: 'error', message: 'narration failed: opening.en.opus' },
  { t: 7, type: 'error', message: 'a scene failed while drawing' },
] as BeaconBody['events'];

/** The value of one series in a /metrics text; undefined when absent. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('the metrics registry', () => {
  it('escapes label values and exposes HELP and TYPE for every family', () => {
    expect(escapeLabel('a "b"\\c\nd')).toBe('a \\"b\\"\\\\c\\nd');
    const m = kioskMetrics({
      kioskFile: { id: 'hall-1', location: 'Hall 1, "east" wall', settings: {} } as KioskFile,
    });
    const text = m.render();
    expect(text).toContain(
      'kiosk_info{kiosk="hall-1",gallery="",location="Hall 1, \\"east\\" wall"',
    );
    for (const name of ['kiosk_up', 'kiosk_visits_total', 'kiosk_frame_seconds']) {
      expect(text).toContain(`# HELP ${name} `);
      expect(text).toMatch(new RegExp(`# TYPE ${name} (gauge|counter|histogram)\\n`));
    }
    expect(text.endsWith('\n')).toBe(true);
  });

  it('counts a batch once however often it comes, and says when the page stops beating', () => {
    let now = 1_000_000;
    const m = kioskMetrics({
      kioskFile: () => ({ id: 'hall-1', gallery: 'hall-1', settings: {} }) as KioskFile,
      now: () => now,
    });
    expect(m.take(body({ events: visitEvents }))).toBe(true);
    expect(m.take(body({ events: visitEvents }))).toBe(false); // sent again: not counted
    const l = 'kiosk="hall-1",gallery="hall-1"';
    let text = m.render();
    expect(value(text, `kiosk_visits_total{${l}}`)).toBe(1);
    expect(value(text, `kiosk_chapters_started_total{${l},chapter="opening",lang="en"}`)).toBe(1);
    // Completed in the language being heard when it ended.
    expect(value(text, `kiosk_chapters_completed_total{${l},chapter="opening",lang="uk"}`)).toBe(1);
    expect(value(text, `kiosk_idle_resets_total{${l}}`)).toBe(1);
    expect(value(text, `kiosk_errors_total{${l},kind="audio"}`)).toBe(1);
    expect(value(text, `kiosk_errors_total{${l},kind="render"}`)).toBe(1);
    expect(value(text, `kiosk_frame_seconds_bucket{${l},le="0.008"}`)).toBe(0);
    expect(value(text, `kiosk_frame_seconds_bucket{${l},le="0.017"}`)).toBe(10);
    expect(value(text, `kiosk_frame_seconds_bucket{${l},le="1"}`)).toBe(12);
    expect(value(text, `kiosk_frame_seconds_bucket{${l},le="+Inf"}`)).toBe(13);
    expect(value(text, `kiosk_frame_seconds_count{${l}}`)).toBe(13);
    expect(value(text, `kiosk_frame_seconds_sum{${l}}`)).toBe(1.4);
    expect(value(text, `kiosk_state{${l},state="attract"}`)).toBe(1);
    expect(value(text, `kiosk_up{${l}}`)).toBe(1);
    expect(value(text, `kiosk_last_heartbeat_timestamp_seconds{${l}}`)).toBe(1000);
    expect(value(text, `kiosk_js_heap_bytes{${l}}`)).toBe(50_000_000);
    expect(text).toContain(
      `kiosk_info{${l},location="",release="1.4.0",content="ab12cd34",exhibit="uprising"} 1`,
    );
    // The next batch, and a new page load (frames start again from 0: the counter still rises).
    m.take(body({ seq: 2, events: [visitEvents[0]!], frames: 250, state: 'visit.flow.home' }));
    m.take(body({ session: 'ffff0000ffff0000', seq: 1, frames: 20 }));
    now += 16_000;
    text = m.render();
    expect(value(text, `kiosk_visits_total{${l}}`)).toBe(2);
    expect(value(text, `kiosk_frames_total{${l}}`)).toBe(270);
    expect(value(text, `kiosk_up{${l}}`)).toBe(0);
    expect(value(text, `kiosk_uptime_seconds{${l}}`)).toBe(46);
  });

  it('keeps labels few: error kinds, states and unknown ids fall into fixed names', () => {
    expect(errorKind('IndexedDB did not answer in 5 s')).toBe('storage');
    expect(errorKind('uncaught: x is not a function')).toBe('script');
    expect(topState('visit.flow.chapter.playing+idle.counting')).toBe('visit');
    const m = kioskMetrics();
    m.take(
      body({ events: [{ t: 1, type: 'chapter.start', chapter: 'Bad Id!', lang: 'english' }] }),
    );
    expect(m.render()).toContain('chapter="other",lang="other"');
    // Without kiosk.json on the server, the labels are the page's (read from the same file).
    expect(m.render()).toContain('kiosk_visits_total{kiosk="hall-1-east",gallery="hall-1"} 0');
  });
});

describe('the beacon on the server', () => {
  let root: string;
  let server: RunningServer;
  const heard: unknown[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'kiosk-metrics-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>k</title>');
    server = await startServer({
      root,
      port: 0,
      base: '/kiosk/',
      kioskFile: { id: 'hall-2', gallery: 'hall-2', settings: {} } as KioskFile,
      onBeacon: (b) => heard.push(b),
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const post = (path: string, data: string, method = 'POST') =>
    fetch(new URL(path, server.url), {
      method,
      body: method === 'GET' ? undefined : data,
      headers: { 'Content-Type': 'application/json' },
    });

  it('takes a beacon under the base with 204, hands it on, and counts it in /metrics', async () => {
    const res = await post('/kiosk/__kiosk/beacon', JSON.stringify(body({ events: visitEvents })));
    expect(res.status).toBe(204);
    expect(heard).toHaveLength(1);
    expect((heard[0] as BeaconBody).release).toBe('1.4.0');
    const metrics = await fetch(new URL('/metrics', server.url));
    expect(metrics.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await metrics.text();
    expect(value(text, 'kiosk_visits_total{kiosk="hall-2",gallery="hall-2"}')).toBe(1);
  });

  it('refuses what is not a beacon: 400, 413 over 64 KiB, 405 for other methods', async () => {
    expect((await post('/kiosk/__kiosk/beacon', '{"v":1}')).status).toBe(400);
    expect((await post('/kiosk/__kiosk/beacon', 'not json')).status).toBe(400);
    const big = JSON.stringify(body({ state: 'x'.repeat(70_000) }));
    expect((await post('/kiosk/__kiosk/beacon', big)).status).toBe(413);
    expect((await post('/kiosk/__kiosk/beacon', '', 'GET')).status).toBe(405);
    // Not under the base: nothing is served there.
    expect((await post('/__kiosk/beacon', JSON.stringify(body()))).status).toBe(404);
    expect(heard).toHaveLength(1);
    const text = await (await fetch(new URL('/metrics', server.url))).text();
    expect(
      value(text, 'kiosk_beacons_total{kiosk="hall-2",gallery="hall-2",result="refused"}'),
    ).toBe(3);
  });
});

describe('the beacon on the page', () => {
  /** A fake browser: answers with `status()`, runs timers by hand. */
  function fakeEnv(status: () => number | Error) {
    const sent: BeaconBody[] = [];
    const timers: (() => void)[] = [];
    const env: BeaconEnv & { t: number } = {
      t: 0,
      url: 'http://kiosk/__kiosk/beacon',
      session: '0123456789abcdef',
      now: () => env.t,
      fetch: (_url, init) => {
        sent.push(JSON.parse(init.body as string) as BeaconBody);
        const s = status();
        return s instanceof Error ? Promise.reject(s) : Promise.resolve({ status: s });
      },
      setTimeout: (f) => timers.push(f),
      online: () => true,
      heap: () => 1000,
      cache: () => Promise.resolve(2000),
    };
    return { env, sent, timers };
  }
  const source = {
    kiosk: 'hall-1',
    gallery: null,
    location: null,
    release: 'dev',
    content: () => 'ab12cd34',
    exhibit: () => 'test-exhibit',
    frames: () => 5,
    state: () => 'attract',
    quality: () => 1,
  };
  const ev = (t: number) => ({ t, type: 'idle.reset' }) as const;

  it('sends a batch again with the same number until it is taken, then the next', async () => {
    let answer: number | Error = new TypeError('Failed to fetch');
    const { env, sent, timers } = fakeEnv(() => answer);
    const beacon = new Beacon(source, env);
    beacon.record(ev(1));
    expect(timers).toHaveLength(1); // the events go within a second
    await beacon.beat();
    beacon.record(ev(2));
    env.t += 5_000;
    answer = 500;
    await beacon.beat();
    expect(sent.map((b) => [b.seq, b.events.length])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    env.t += 5_000; // backing off after two failures: 10 s
    await beacon.beat();
    expect(sent).toHaveLength(2);
    answer = 204;
    env.t += 5_000;
    await beacon.beat();
    await beacon.beat();
    expect(sent.map((b) => [b.seq, b.events.map((e) => e.t)])).toEqual([
      [1, [1]],
      [1, [1]],
      [1, [1]],
      [2, [2]],
    ]);
    expect(sent[3]).toMatchObject({ kiosk: 'hall-1', heap: 1000, cache: 2000, uptime: 15 });
  });

  it('takes a service worker’s "undelivered" as no answer, and tries nothing offline', async () => {
    const { env, sent } = fakeEnv(() => 202);
    const undelivered = { get: (h: string) => (h === 'Kiosk-Beacon' ? 'undelivered' : null) };
    const fetched = env.fetch;
    env.fetch = async (url, init) => ({ ...(await fetched(url, init)), headers: undelivered });
    let online = true;
    env.online = () => online;
    const beacon = new Beacon(source, env);
    beacon.record(ev(1));
    await beacon.beat();
    env.t += 5_000;
    online = false;
    await beacon.beat();
    online = true;
    env.fetch = fetched;
    await beacon.beat();
    expect(sent.map((b) => [b.seq, b.events.length])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });

  it('sends nothing while a new build takes over, then the waiting events together', async () => {
    const { env, sent } = fakeEnv(() => 204);
    let handingOver = true;
    env.handingOver = () => handingOver;
    const beacon = new Beacon(source, env);
    beacon.record(ev(1));
    await beacon.beat();
    env.t += 5_000;
    beacon.record(ev(2));
    await beacon.beat();
    expect(sent).toHaveLength(0);
    handingOver = false;
    env.t += 5_000;
    await beacon.beat();
    expect(sent.map((b) => b.events.map((e) => e.t))).toEqual([[1, 2]]);
  });

  it('stops quietly on a plain static host (404 or 405)', async () => {
    const { env, sent } = fakeEnv(() => 404);
    const beacon = new Beacon(source, env);
    await beacon.beat();
    expect(beacon.off).toBe(true);
    beacon.record(ev(1));
    env.t += 60_000;
    await beacon.beat();
    expect(sent).toHaveLength(1);
  });

  it('counts frame gaps into buckets, leaving out a hidden page', () => {
    const h = new FrameHistogram();
    for (const ms of [16.6, 16.7, 33, 400, 2000, 9000]) h.add(ms);
    expect(h.take()).toEqual({ counts: [0, 2, 0, 1, 0, 0, 0, 1, 1], sumMs: 2466.3 });
    expect(h.take().counts.every((n) => n === 0)).toBe(true);
  });
});
