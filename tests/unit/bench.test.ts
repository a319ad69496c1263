// The bench's own logic (issue 20): the heap-snapshot summary and diff the soak uses to show what
// grows between visits 500 and 1,000, and the table made from bench/results.json for BENCHMARKS.md.
import { describe, expect, it } from 'vitest';
import {
  diffSummaries,
  shapeOf,
  stringShapes,
  summarise,
  type RawHeapSnapshot,
} from '../../scripts/bench/heapSnapshot.ts';
import {
  TABLE_END,
  TABLE_START,
  figuresOf,
  markdownTable,
  rowsOf,
  stringGrowthText,
  withTable,
  type BenchResults,
  type PartResults,
} from '../../scripts/bench/report.ts';
import { snapshotVisits, topGrowth } from '../../scripts/bench/soak.ts';
import { WHY } from '../../scripts/bench/why.ts';

/** A tiny snapshot: nodes as [type, name, id, self_size, edge_count], as V8 writes them. */
function snapshot(nodes: [string, string, number][]): RawHeapSnapshot {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'synthetic', 'native'];
  const strings = ['', ...new Set(nodes.map((n) => n[1]))];
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [types, 'string', 'number', 'number', 'number'],
      },
    },
    nodes: nodes.flatMap(([type, name, size], i) => [
      types.indexOf(type),
      strings.indexOf(name),
      i * 2 + 1,
      size,
      0,
    ]),
    strings,
  };
}

describe('heap snapshot summary and diff', () => {
  const before = snapshot([
    ['synthetic', '(GC roots)', 0],
    ['object', 'Scene', 100],
    ['object', 'Texture', 64],
    ['object', 'Texture', 64],
    ['closure', 'onTick', 32],
    ['code', 'foo', 500],
    ['string', 'hello', 24],
  ]);
  const after = snapshot([
    ['synthetic', '(GC roots)', 0],
    ['object', 'Scene', 100],
    ['object', 'Texture', 64],
    ['object', 'Texture', 64],
    ['object', 'Texture', 64],
    ['closure', 'onTick', 32],
    ['code', 'foo', 500],
    ['code', 'bar', 900],
    ['string', 'hello', 24],
    ['string', 'world', 24],
    ['native', 'PlainTextNode', 40],
  ]);

  it('groups objects by constructor, closures by function, the rest by kind; skips roots', () => {
    const s = summarise(before);
    expect(s).toEqual({
      Scene: { count: 1, bytes: 100 },
      Texture: { count: 2, bytes: 128 },
      'onTick()': { count: 1, bytes: 32 },
      '(compiled code)': { count: 1, bytes: 500 },
      '(string)': { count: 1, bytes: 24 },
    });
  });

  it('lists only what grew, the most bytes first, with counts and sizes before and after', () => {
    const d = diffSummaries(summarise(before), summarise(after));
    expect(d.map((g) => g.name)).toEqual([
      '(compiled code)',
      'Texture',
      'PlainTextNode',
      '(string)',
    ]);
    expect(d[0]).toEqual({
      name: '(compiled code)',
      countBefore: 1,
      countAfter: 2,
      countDelta: 1,
      bytesBefore: 500,
      bytesAfter: 1400,
      bytesDelta: 900,
    });
    expect(d[2]).toMatchObject({ countBefore: 0, countAfter: 1, bytesDelta: 40 });
    // Shrinking or unchanged groups (Scene, onTick) are left out.
    expect(d.some((g) => g.name === 'Scene' || g.name === 'onTick()')).toBe(false);
  });

  it('groups strings by shape (40 characters, digits as #) to say what a growing (string) is', () => {
    expect(shapeOf('visit-12 at 3.5\n s')).toBe('visit-# at #.# s');
    expect(shapeOf('x'.repeat(60))).toBe('x'.repeat(40));
    const grown = snapshot([
      ['string', 'hello', 24],
      ['string', 'visit-1', 16],
      ['string', 'visit-2', 16],
      ['object', 'visit-3', 99],
      // Strings that are names of Object.prototype's own members are shapes like the others.
      ['string', '__proto__', 24],
      ['string', 'count', 16],
    ]);
    expect(stringShapes(grown)).toEqual({
      hello: { count: 1, bytes: 24 },
      'visit-#': { count: 2, bytes: 32 },
      ['__proto__']: { count: 1, bytes: 24 },
      count: { count: 1, bytes: 16 },
    });
    const d = diffSummaries(stringShapes(before), stringShapes(grown));
    expect(d.map((g) => g.name)).toEqual(['visit-#', '__proto__', 'count']);
    // Quoted in the table, a "|" escaped so that it cannot split the cell.
    expect(stringGrowthText([{ ...d[0]!, name: 'a|b' }])).toBe('"a\\|b" 0.0 KB (+2)');
  });

  it('keeps the largest by bytes and then by count, without repeats', () => {
    const d = diffSummaries(summarise(before), summarise(after));
    const top = topGrowth(d, 1);
    expect(top.map((g) => g.name)).toEqual(['(compiled code)', 'Texture']);
  });

  it('snapshots halfway and at the end (500 and 1,000; 100 and 200 in a short run)', () => {
    expect(snapshotVisits(1000)).toEqual([500, 1000]);
    expect(snapshotVisits(200)).toEqual([100, 200]);
    expect(snapshotVisits(1)).toEqual([1, 1]);
  });
});

/** results.json as the bench writes it, for a run of cold, touch, frames, reset and the soak. */
function results(): BenchResults {
  const part = (ratio: number, p95: number, level: number): PartResults =>
    ({
      coldStart: {
        kioskMs: [2000, 2100],
        bareMs: [1000, 1000],
        kioskDraws: [3, 3],
        coldStartMs: 2000,
        bareMs50: 1000,
        coldStartRatio: ratio,
        renderer: 'SwiftShader',
        adaptiveLevel: 2,
      },
      touch: {
        taps: 13,
        byState: {},
        touchP50Ms: 10,
        touchP95Ms: p95,
        handledP50Ms: 5,
        handledP95Ms: 9,
        paintP50Ms: 30,
        paintP95Ms: 60,
        paintSamples: 4,
        samplesMs: [],
        adaptiveLevel: level,
      },
      frames: {
        heaviest: { chapter: 'strike', cue: '0:map', frames: 90, jsP50Ms: 1, jsP95Ms: 3, fps: 15 },
        frameJsP50Ms: 1,
        frameJsP95Ms: 3,
        fps: 15,
        cues: [],
        adaptiveLevel: level,
      },
    }) as unknown as PartResults;
  const adaptive = part(1.2, 30, 3);
  const full = part(1.8, 50, 1);
  const MB = 2 ** 20;
  return {
    command: 'npm run bench',
    date: '2026-12-04T04:00:00.000Z',
    durationSeconds: 600,
    partSeconds: {},
    settings: { visits: 200, runs: 2, tapRounds: 1, only: 'all', qualities: ['adaptive', 'full'] },
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      memoryGiB: 23.5,
      freeMemoryGiB: 10,
      loadAverage: 6.5,
      os: 'linux',
      node: 'v20',
      browser: 'Chromium 156',
      renderer: 'SwiftShader',
    },
    loadAtStart: 4.25,
    ...figuresOf(adaptive),
    soakVisits: 200,
    soakHeapGrowthBytes: 1.5 * MB,
    soakTextureGrowth: 0,
    soakSnapshotGrowth: [],
    jsGzipBytes: 340_000,
    narrationBytesPerMinute: 1,
    full: figuresOf(full),
    details: {
      ...adaptive,
      soak: {
        soakVisits: 200,
        soakMinutes: 3,
        soakHeapGrowthBytes: 1.5 * MB,
        soakTextureGrowth: 0,
        soakDisplayObjectGrowth: 0,
        soakElementGrowth: 0,
        soakDomNodeGrowth: 2,
        soakListenerGrowth: 1,
        soakHowlGrowth: 0,
        adaptiveLevel: 2,
        snapshots: {
          visits: [100, 200],
          totalBefore: 10 * MB,
          totalAfter: 10.5 * MB,
          top: [
            {
              name: '(compiled code)',
              countBefore: 10,
              countAfter: 12,
              countDelta: 2,
              bytesBefore: MB,
              bytesAfter: 1.25 * MB,
              bytesDelta: 0.25 * MB,
            },
            {
              name: 'MysteryThing',
              countBefore: 1,
              countAfter: 5,
              countDelta: 4,
              bytesBefore: 10,
              bytesAfter: 50,
              bytesDelta: 40,
            },
          ],
        },
        first: [{ heapBytes: 8 * MB }] as never,
        last: [{ heapBytes: 9.5 * MB }] as never,
        trend: [],
      },
      full,
    },
  };
}

describe('the bench table', () => {
  it('puts the headline figures at the top level (adaptive) and under full', () => {
    const r = results();
    expect(r.coldStartRatio).toBe(1.2);
    expect(r.full.coldStartRatio).toBe(1.8);
    expect(r.adaptiveLevel).toBe(3);
    expect(r.full.adaptiveLevel).toBe(1);
    expect(r.textureBytesPeak).toBeNull();
  });

  it('shows adaptive and full side by side, judges adaptive, and says why for a miss', () => {
    const rows = rowsOf(results());
    const cold = rows.find((r) => r.figure.startsWith('cold start'))!;
    expect(cold).toMatchObject({ goal: '≤ 1.5×', pass: true, fullPass: false, why: undefined });
    expect(cold.adaptive).toContain('1.2×');
    expect(cold.full).toContain('1.8×');
    const touch = rows.find((r) => r.figure.startsWith('touch → frame p95'))!;
    expect(touch).toMatchObject({ pass: false, why: WHY.touchP95 });
    expect(touch.fullPass).toBeUndefined(); // both miss: nothing extra to say
    const heap = rows.find((r) => r.figure.startsWith('soak: heap growth'))!;
    expect(heap).toMatchObject({ pass: true, goal: '≤ 2 MB' });
    expect(heap.adaptive).toBe('+1.50 MB (8.00 MB → 9.50 MB)');
    expect(rows.find((r) => r.figure.startsWith('soak: textures'))!.adaptive).toBe(
      '0 / 0 / 0 / +1 / 0',
    );
    const level = rows.find((r) => r.figure.startsWith('quality level'))!;
    expect(level.adaptive).toBe('2 / 3 / 3 / – / –');
    expect(level.full).toBe('2 / 1 / 1 / – / –');
  });

  it("shows the bare pages' taps beside the kiosk's when the touch part measured them", () => {
    const bare = (figure: string) => figure.startsWith('the same on bare pages');
    expect(rowsOf(results()).some((r) => bare(r.figure))).toBe(false);
    const r = results();
    const taps = (p95: number, p50: number) => ({
      taps: 24,
      touchP95Ms: p95,
      touchP50Ms: p50,
      inputDelayP50Ms: 14,
    });
    r.details.touch!.floor = { dom: taps(29, 27), pixi: taps(359, 291), worker: taps(31, 27) };
    const row = rowsOf(r).find((x) => bare(x.figure))!;
    expect(row.goal).toBe('reference');
    expect(row.pass).toBeUndefined();
    expect(row.adaptive).toBe('29 (27) / 359 (291) / 31 (27) ms');
  });

  it('says what grew between the snapshots and flags a group nobody has explained', () => {
    const snap = rowsOf(results()).find((r) => r.figure.startsWith('soak: heap snapshots'))!;
    expect(snap.figure).toContain('visit 100 → 200');
    expect(snap.adaptive).toBe(
      '+0.50 MB in all: (compiled code) +0.25 MB (+2), MysteryThing +0.00 MB (+4)',
    );
    expect(snap.why).toContain("(compiled code): V8's bytecode");
    expect(snap.why).toContain('MysteryThing: NOT EXPLAINED');
  });

  it('lists a part that failed instead of dropping the run', () => {
    const r = { ...results(), errors: { 'touch.full': 'locator.tap: Timeout 30000ms exceeded.' } };
    const failed = rowsOf(r).find((x) => x.figure.startsWith('touch part FAILED'))!;
    expect(failed).toMatchObject({ adaptive: '', full: 'locator.tap: Timeout 30000ms exceeded.' });
    expect(failed.pass).toBeUndefined();
  });

  it('writes an aligned Markdown table with a verdict column', () => {
    const table = markdownTable(rowsOf(results())).split('\n');
    expect(table[0]).toMatch(/^\| figure +\| goal +\| adaptive +\| full +\| result +\| why/);
    expect(table[1]).toMatch(/^\| -+ \| -+ \|/);
    const widths = new Set(table.map((l) => [...l].length));
    expect(widths.size).toBe(1);
    expect(table.some((l) => l.includes('| pass (full: miss) |'))).toBe(true);
    expect(table.some((l) => l.includes('| **miss**'))).toBe(true);
  });

  it('replaces only what is between the markers in BENCHMARKS.md, and says the load', () => {
    const doc = `# Benchmarks\n\n${TABLE_START}\nold table\n${TABLE_END}\n\n## History\nkept\n`;
    const out = withTable(doc, results());
    expect(out).not.toContain('old table');
    expect(out.startsWith(`# Benchmarks\n\n${TABLE_START}\n\nMeasured 2026-12-04 04:00 UTC`)).toBe(
      true,
    );
    expect(out).toContain('Load average 4.25 at the start, 6.5 at the end');
    expect(out.endsWith(`${TABLE_END}\n\n## History\nkept\n`)).toBe(true);
    expect(() => withTable('# no markers', results())).toThrow(/markers/);
  });
});
