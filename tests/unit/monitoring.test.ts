// What the museum's monitoring is given (ops/): the Prometheus scrape configuration and alert rules
// pass Prometheus' own checker and unit tests (promtool, Debian's `prometheus` package), and the
// Grafana dashboard is sound JSON whose every query, like every alert, names only metrics a real
// kiosk server exposes (read from its /metrics after a beacon).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/server/index.mjs';

const PROMTOOL = process.env.PROMTOOL ?? 'promtool';
const OPS = 'ops/prometheus';

/** Runs promtool in ops/prometheus/; its output, or an error naming the package to install. */
function promtool(args: string[], input?: string): string {
  try {
    execFileSync(PROMTOOL, ['--version'], { stdio: 'ignore' });
  } catch (e) {
    throw new Error('promtool is missing: sudo apt-get install -y prometheus (it ships promtool)', {
      cause: e,
    });
  }
  try {
    return execFileSync(PROMTOOL, args, { cwd: OPS, encoding: 'utf8', stdio: 'pipe', input });
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(`promtool ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, {
      cause: e,
    });
  }
}

/** Metric names in a PromQL expression (the kiosk's, and Prometheus' own `up`). */
function metricNames(expr: string): string[] {
  const names = new Set(expr.match(/\bkiosk_[a-z0-9_]+/g) ?? []);
  if (/\bup\s*[{[]/.test(expr)) names.add('up');
  return [...names];
}

/** Every metric name /metrics exposes, histograms as their _bucket, _sum and _count series. */
function exposedNames(text: string): Set<string> {
  const names = new Set<string>(['up']); // Prometheus' own, per target
  for (const m of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    const [, name, type] = m as unknown as [string, string, string];
    if (type === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(name + s);
    else names.add(name);
  }
  return names;
}

interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: { expr: string; refId: string }[];
}
interface Dashboard {
  uid: string;
  title: string;
  schemaVersion: number;
  templating: { list: { name: string; type: string; query: unknown; definition?: string }[] };
  panels: Panel[];
}

let dir: string;
let server: RunningServer;
let exposed: Set<string>;
let metricsText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-monitoring-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>k</title>');
  server = await startServer({
    root: dir,
    port: 0,
    kioskFile: { id: 'hall-1-east', gallery: 'hall-1', settings: {} },
  });
  const beacon = {
    v: 1,
    kiosk: 'hall-1-east',
    release: 'dev',
    content: '0a1b2c3d',
    session: '0123456789abcdef',
    seq: 1,
    events: [
      { t: 1, type: 'session.start', mode: 'visitor', lang: 'en' },
      { t: 2, type: 'chapter.start', chapter: 'opening', lang: 'en' },
      { t: 3, type: 'chapter.complete', chapter: 'opening' },
      { t: 4, type: 'error', message: 'narration failed' },
      { t: 5, type: 'idle.reset' },
    ],
    frameTimes: { counts: [0, 1, 0, 0, 0, 0, 0, 0, 0], sumMs: 16 },
    frames: 10,
    state: 'attract',
    quality: 1,
    heap: 1000,
    cache: 2000,
    uptime: 5,
  };
  const res = await fetch(new URL('__kiosk/beacon', server.url), {
    method: 'POST',
    body: JSON.stringify(beacon),
  });
  expect(res.status).toBe(204);
  metricsText = await (await fetch(new URL('/metrics', server.url))).text();
  exposed = exposedNames(metricsText);
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Prometheus configuration', () => {
  it('gets /metrics in a text format promtool finds nothing wrong with', () => {
    expect(metricsText).toContain('kiosk_chapters_completed_total{');
    expect(promtool(['check', 'metrics'], metricsText)).toBe('');
  });

  it('passes promtool check config (with its rule file)', () => {
    expect(promtool(['check', 'config', 'prometheus.yml'])).toMatch(/SUCCESS: 1 rule files found/);
  });

  it('passes promtool check rules and the alerts’ unit tests', () => {
    expect(promtool(['check', 'rules', 'alerts.yml'])).toMatch(/SUCCESS: \d+ rules found/);
    expect(promtool(['test', 'rules', 'alerts.test.yml'])).toMatch(/SUCCESS/);
  });

  it('alerts only on metrics the kiosk exposes, and each alert has a unit test', () => {
    const rules = readFileSync(join(OPS, 'alerts.yml'), 'utf8');
    const exprs = [...rules.matchAll(/expr: (?:>-\n)?([\s\S]*?)\n\s+for:/g)].map((m) => m[1]!);
    expect(exprs.length).toBeGreaterThanOrEqual(4);
    for (const expr of exprs)
      for (const name of metricNames(expr))
        expect(exposed, `${name} in alerts.yml`).toContain(name);
    const tests = readFileSync(join(OPS, 'alerts.test.yml'), 'utf8');
    for (const [, alert] of rules.matchAll(/- alert: (\w+)/g))
      expect(tests, `a test of ${alert}`).toContain(`alertname: ${alert}`);
  });
});

describe('the Grafana dashboard', () => {
  const dashboard = JSON.parse(readFileSync('ops/grafana/fleet.json', 'utf8')) as Dashboard;

  it('is a dashboard of schema 39 or later with Prometheus, gallery and kiosk variables', () => {
    expect(dashboard.uid).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(39);
    const vars = Object.fromEntries(dashboard.templating.list.map((v) => [v.name, v]));
    expect(vars.datasource).toMatchObject({ type: 'datasource', query: 'prometheus' });
    expect(vars.gallery).toMatchObject({ type: 'query' });
    expect(vars.kiosk).toMatchObject({ type: 'query' });
    expect(vars.kiosk!.definition).toContain('$gallery');
  });

  it('has panels with unique ids, on the grid, each querying the chosen Prometheus', () => {
    const ids = dashboard.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of dashboard.panels) {
      expect(p.gridPos.x + p.gridPos.w, p.title).toBeLessThanOrEqual(24);
      if (p.type === 'row') continue;
      expect(p.datasource, p.title).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(p.targets?.length, p.title).toBeGreaterThan(0);
      for (const t of p.targets!) {
        expect(t.expr, p.title).toContain('gallery=~"$gallery"');
      }
    }
    const titles = dashboard.panels.map((p) => p.title);
    for (const wanted of [
      'Kiosks not answering',
      'Versions in the field',
      'Visits per gallery per hour',
      'Completion funnel by chapter',
      'Errors by kind',
      'Frame time p95',
      'JS heap',
    ])
      expect(titles).toContain(wanted);
  });

  it('queries only metrics a real kiosk server exposes', () => {
    const exprs = [
      ...dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr)),
      ...dashboard.templating.list.flatMap((v) => (v.definition ? [v.definition] : [])),
    ];
    const used = new Set(exprs.flatMap(metricNames));
    expect(used.size).toBeGreaterThan(8);
    for (const name of used) expect(exposed, `${name} in fleet.json`).toContain(name);
  });
});
