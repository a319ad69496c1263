// The bench's one table, made from bench/results.json so that it cannot go stale: every figure,
// its goal, adaptive quality (as a museum runs the kiosk) and pinned full quality side by side,
// pass or miss (the goal is judged on adaptive; full is beside it), and for a miss why (why.ts).
// `npm run bench` prints it and, on a full run, writes it at the top of BENCHMARKS.md;
// `npm run bench:table` rewrites BENCHMARKS.md from bench/results.json alone.
import type { ColdStart } from './coldStart.ts';
import type { Frames } from './frames.ts';
import type { HeapGrowth } from './heapSnapshot.ts';
import type { Images } from './images.ts';
import type { MachineInfo } from './machine.ts';
import type { Reset } from './reset.ts';
import type { Size } from './size.ts';
import type { Soak } from './soak.ts';
import type { Textures } from './textures.ts';
import type { Touch } from './touch.ts';
import { HEAP_GROUPS, WHY, type GoalFigure } from './why.ts';

/** The parts' results at one quality (undefined: not run). */
export interface PartResults {
  coldStart?: ColdStart;
  touch?: Touch;
  frames?: Frames;
  reset?: Reset;
  images?: Images;
  textures?: Textures;
}

/** The headline figures at one quality (null: not measured). */
export interface Figures {
  coldStartMs: number | null;
  coldStartRatio: number | null;
  touchP50Ms: number | null;
  touchP95Ms: number | null;
  frameJsP50Ms: number | null;
  frameJsP95Ms: number | null;
  resetMs: number | null;
  resetToReloadRatio: number | null;
  /** The level the kiosk settled at: the frames part's at its end, else the touch part's. */
  adaptiveLevel: number | null;
  textureBytesPeak: number | null;
}

/** bench/results.json: today's keys (adaptive), the additions, and the pinned-full figures. */
export interface BenchResults extends Figures {
  command: string;
  date: string;
  durationSeconds: number;
  /** Seconds per part and quality. */
  partSeconds: Record<string, number>;
  settings: {
    visits: number;
    runs: number;
    tapRounds: number;
    only: string[] | 'all';
    qualities: string[];
  };
  machine: MachineInfo;
  /** The 1-minute load average when the bench started (machine.loadAverage: when it ended). */
  loadAtStart: number;
  /** Parts that failed, by "part.quality": the error's first line (their figures are "–"). */
  errors?: Record<string, string>;
  soakVisits: number | null;
  soakHeapGrowthBytes: number | null;
  soakTextureGrowth: number | null;
  /** The groups that grew most between the soak's heap snapshots (halfway, end). */
  soakSnapshotGrowth: HeapGrowth[] | null;
  jsGzipBytes: number | null;
  narrationBytesPerMinute: number | null;
  full: Figures;
  details: PartResults & { soak?: Soak; size?: Size; full: PartResults };
}

/** The headline figures of one quality's parts. */
export function figuresOf(p: PartResults): Figures {
  const level = p.frames?.adaptiveLevel ?? p.touch?.adaptiveLevel;
  const peak = p.textures?.textureBytesPeak;
  return {
    coldStartMs: p.coldStart?.coldStartMs ?? null,
    coldStartRatio: p.coldStart?.coldStartRatio ?? null,
    touchP50Ms: p.touch?.touchP50Ms ?? null,
    touchP95Ms: p.touch?.touchP95Ms ?? null,
    frameJsP50Ms: p.frames?.frameJsP50Ms ?? null,
    frameJsP95Ms: p.frames?.frameJsP95Ms ?? null,
    resetMs: p.reset?.resetMs ?? null,
    resetToReloadRatio: p.reset?.resetToReloadRatio ?? null,
    adaptiveLevel: level !== undefined && Number.isFinite(level) ? level : null,
    textureBytesPeak: peak !== undefined && Number.isFinite(peak) ? peak : null,
  };
}

/** A row: what, its goal, the two measurements, the verdict and, for a miss, why. */
export interface Row {
  figure: string;
  goal: string;
  adaptive: string;
  full: string;
  /** Judged on adaptive; undefined when the figure has no goal (a reference). */
  pass?: boolean;
  /** Full's verdict when it differs from adaptive's. */
  fullPass?: boolean;
  why?: string;
}

/** Bytes as KB (1,000 bytes), one decimal. */
export const kb = (b: number) => `${(b / 1000).toFixed(1)} KB`;
/** Bytes as MB (2^20 bytes), two decimals. */
export const mib = (b: number) => `${(b / 2 ** 20).toFixed(2)} MB`;
/** Signed bytes as MB (2^20), two decimals. */
const dmib = (b: number) => `${b >= 0 ? '+' : '−'}${mib(Math.abs(b))}`;
/** A whole number with thousands separators. */
const n0 = (x: number) => Math.round(x).toLocaleString('en-GB');
/** A count's growth, signed. */
const signed = (x: number) => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');

const NOT_RUN = '–';

/** The heap-snapshot growth in words: the top groups by bytes, and whether each is explained. */
export function heapGrowthText(top: readonly HeapGrowth[], n = 4): string {
  return top
    .slice(0, n)
    .map((g) => `${g.name} ${dmib(g.bytesDelta)} (${signed(g.countDelta)})`)
    .join(', ');
}

/** The string shapes that grew most: "shape" +bytes (+count), quoted, safe in a table cell. */
export function stringGrowthText(strings: readonly HeapGrowth[], n = 6): string {
  const quote = (v: string) => JSON.stringify(v).replace(/\|/g, '\\|').replace(/`/g, "'");
  return strings
    .slice(0, n)
    .map((g) => `${quote(g.name)} ${kb(g.bytesDelta)} (${signed(g.countDelta)})`)
    .join(', ');
}

/** Why each of the top groups grows and is bounded; a group not in HEAP_GROUPS is flagged. */
export function heapBoundText(top: readonly HeapGrowth[], n = 4): string {
  return top
    .slice(0, n)
    .map((g) => `${g.name}: ${HEAP_GROUPS[g.name] ?? 'NOT EXPLAINED: look at it in a snapshot'}`)
    .join('; ');
}

/** The table's rows, from a results.json. */
export function rowsOf(r: BenchResults): Row[] {
  const rows: Row[] = [];
  const a = r.details;
  const f = r.details.full ?? {};
  const judged = (
    id: GoalFigure,
    row: Omit<Row, 'pass' | 'fullPass' | 'why'>,
    passA: boolean | undefined,
    passF?: boolean,
  ) => {
    const pass = passA;
    rows.push({
      ...row,
      pass,
      fullPass: passF !== undefined && passF !== pass ? passF : undefined,
      why: pass === false ? WHY[id] : undefined,
    });
  };
  const both = <T>(
    x: T | undefined,
    y: T | undefined,
    show: (v: T) => string,
  ): { adaptive: string; full: string } => ({
    adaptive: x === undefined ? NOT_RUN : show(x),
    full: y === undefined ? NOT_RUN : show(y),
  });

  if (a.coldStart || f.coldStart) {
    const c = a.coldStart ?? f.coldStart!;
    judged(
      'coldStartRatio',
      {
        figure: `cold start / bare Pixi page (medians of ${c.kioskMs.length}, prod)`,
        goal: '≤ 1.5×',
        ...both(
          a.coldStart,
          f.coldStart,
          (x) => `${x.coldStartRatio}× (${n0(x.coldStartMs)} / ${n0(x.bareMs50)} ms)`,
        ),
      },
      a.coldStart && a.coldStart.coldStartRatio <= 1.5,
      f.coldStart && f.coldStart.coldStartRatio <= 1.5,
    );
  }
  if (a.touch || f.touch) {
    const t = a.touch ?? f.touch!;
    judged(
      'touchP95',
      {
        figure: `touch → frame p95 (p50) (${t.taps} taps, prod)`,
        goal: '≤ 20 ms',
        ...both(a.touch, f.touch, (x) => `${x.touchP95Ms} ms (${x.touchP50Ms})`),
      },
      a.touch && a.touch.touchP95Ms <= 20,
      f.touch && f.touch.touchP95Ms <= 20,
    );
    rows.push({
      figure: 'of which input delay p95 / click handlers p95 (Event Timing)',
      goal: 'reference',
      ...both(a.touch, f.touch, (x) => `${x.inputDelayP95Ms} / ${x.handlerP95Ms} ms`),
    });
    rows.push({
      figure:
        'touch → frame: slowest of the first walk (every screen new) / p95 of the walks after',
      goal: 'reference',
      ...both(a.touch, f.touch, (x) =>
        x.laterWalksP95Ms == null || x.firstWalkMaxMs === undefined
          ? '–'
          : `${x.firstWalkMaxMs} / ${x.laterWalksP95Ms} ms`,
      ),
    });
    const floor = a.touch?.floor;
    if (floor)
      rows.push({
        figure:
          'the same on bare pages, same run: a DOM button alone / over the bare Pixi page / that page drawn by a worker, p95 (p50)',
        goal: 'reference',
        adaptive: (['dom', 'pixi', 'worker'] as const)
          .map((k) => `${floor[k].touchP95Ms} (${floor[k].touchP50Ms})`)
          .join(' / ')
          .concat(' ms'),
        full: 'the same pages',
      });
    rows.push({
      figure: 'pointer down → next paint p95 (p50), Event Timing',
      goal: 'reference',
      ...both(a.touch, f.touch, (x) => `${x.paintP95Ms} ms (${x.paintP50Ms})`),
    });
  }
  if (a.frames || f.frames) {
    judged(
      'frameJsP95',
      {
        figure: 'frame JS p95 (p50), heaviest cue, 1920×1080 (prod)',
        goal: '≤ 4 ms',
        ...both(
          a.frames,
          f.frames,
          (x) =>
            `${x.frameJsP95Ms} ms (${x.frameJsP50Ms}), ${x.heaviest.chapter} ${x.heaviest.cue}, ${x.fps} fps`,
        ),
      },
      a.frames && a.frames.frameJsP95Ms <= 4,
      f.frames && f.frames.frameJsP95Ms <= 4,
    );
  }
  const pictureTypes = [
    ...new Set([...(a.images?.cues ?? []), ...(f.images?.cues ?? [])].map((c) => c.type)),
  ];
  for (const type of pictureTypes) {
    const ca = a.images?.cues.find((c) => c.type === type);
    const cf = f.images?.cues.find((c) => c.type === type);
    judged(
      'pictureJsP95',
      {
        figure: `frame JS p95 (p50), ${type} cue (gallery, 1920×1080, test build)`,
        goal: '≤ 4 ms',
        ...both(ca, cf, (x) => `${x.jsP95Ms} ms (${x.jsP50Ms}), ${x.fps} fps`),
      },
      ca && ca.jsP95Ms <= 4,
      cf && cf.jsP95Ms <= 4,
    );
  }
  for (const type of pictureTypes) {
    const ca = a.images?.cues.find((c) => c.type === type);
    const cf = f.images?.cues.find((c) => c.type === type);
    judged(
      'pictureStartMax',
      {
        figure: `longest frame as a ${type} cue starts / longest upload in a frame`,
        goal: '≤ 16 ms',
        ...both(ca, cf, (x) => `${x.startMaxMs} / ${x.uploadMaxMs} ms`),
      },
      ca && ca.startMaxMs <= 16,
      cf && cf.startMaxMs <= 16,
    );
  }
  const measuredTextures = (t?: Textures) => (t && t.chapters.length ? t : undefined);
  const ta = measuredTextures(a.textures);
  const tf = measuredTextures(f.textures);
  if (ta || tf) {
    const peakOf = (t: Textures) => {
      const top = t.chapters.reduce((x, y) => (y.peakBytes > x.peakBytes ? y : x));
      return `${mib(t.textureBytesPeak)} (${top.id})`;
    };
    rows.push({
      figure: 'texture memory, peak of any chapter (Uprising)',
      goal: 'reference',
      ...both(ta, tf, peakOf),
    });
    const back = (t: Textures) => t.chapters.filter((c) => c.afterBytes <= c.baselineBytes).length;
    judged(
      'texturesBack',
      {
        figure: 'chapters whose textures go back to baseline after them',
        goal: 'all',
        ...both(ta, tf, (t) => `${back(t)} of ${t.chapters.length}`),
      },
      ta && back(ta) === ta.chapters.length,
      tf && back(tf) === tf.chapters.length,
    );
  }
  if (a.reset || f.reset) {
    judged(
      'resetRatio',
      {
        figure: 'idle reset / full reload → attract frame (medians, prod)',
        goal: '≤ 0.1×',
        ...both(
          a.reset,
          f.reset,
          (x) => `${x.resetToReloadRatio}× (${x.resetMs} / ${n0(x.reloadMs)} ms)`,
        ),
      },
      a.reset && a.reset.resetToReloadRatio <= 0.1,
      f.reset && f.reset.resetToReloadRatio <= 0.1,
    );
  }
  const s = a.soak;
  if (s) {
    const soakFull = 'not run (frozen stage)';
    const sMedian = (xs: { heapBytes: number }[]) =>
      [...xs.map((x) => x.heapBytes)].sort((p, q) => p - q)[Math.floor((xs.length - 1) / 2)] ?? 0;
    judged(
      'heapGrowth',
      {
        figure: `soak: heap growth, first 10 → last 10 of ${n0(s.soakVisits)} visits (test build)`,
        goal: '≤ 2 MB',
        adaptive: `${dmib(s.soakHeapGrowthBytes)} (${mib(sMedian(s.first))} → ${mib(sMedian(s.last))})`,
        full: soakFull,
      },
      s.soakHeapGrowthBytes <= 2 * 2 ** 20,
    );
    judged(
      'soakCounts',
      {
        figure: 'soak: textures / display objects / elements / listeners / Howls',
        goal: '0',
        adaptive: [
          s.soakTextureGrowth,
          s.soakDisplayObjectGrowth,
          s.soakElementGrowth,
          s.soakListenerGrowth,
          s.soakHowlGrowth,
        ]
          .map(signed)
          .join(' / '),
        full: soakFull,
      },
      s.soakTextureGrowth <= 0 &&
        s.soakDisplayObjectGrowth <= 0 &&
        s.soakElementGrowth <= 0 &&
        s.soakListenerGrowth <= 0 &&
        s.soakHowlGrowth <= 0,
    );
    if (s.snapshots) {
      const [v1, v2] = s.snapshots.visits;
      rows.push({
        figure: `soak: heap snapshots, visit ${n0(v1)} → ${n0(v2)}: what grows (count)`,
        goal: 'reference',
        adaptive: `${dmib(s.snapshots.totalAfter - s.snapshots.totalBefore)} in all: ${heapGrowthText(s.snapshots.top)}`,
        full: soakFull,
        why: `why bounded: ${heapBoundText(s.snapshots.top)}`,
      });
      if (s.snapshots.strings?.length)
        rows.push({
          figure: `soak: the strings that grew, visit ${n0(v1)} → ${n0(v2)} (shape: first 40 characters, digits as #)`,
          goal: 'reference',
          adaptive: stringGrowthText(s.snapshots.strings),
          full: soakFull,
        });
    }
  }
  if (a.size) {
    judged(
      'jsGzip',
      {
        figure: `JS code, gzip (all chunks but base-map data, prod)`,
        goal: '≤ 350 KB',
        adaptive: kb(a.size.jsCodeGzipBytes),
        full: 'same build',
      },
      a.size.jsCodeGzipBytes <= 350_000,
    );
    rows.push({
      figure: `JS in all, gzip (${a.size.jsFiles} files, incl. ${kb(a.size.mapDataGzipBytes)} of base-map data, of which a kiosk fetches its exhibit's one)`,
      goal: 'reference',
      adaptive: kb(a.size.jsGzipBytes),
      full: 'same build',
    });
  }
  const levels = (p: PartResults) =>
    [p.coldStart, p.touch, p.frames, p.reset, p.images].map((x) =>
      x?.adaptiveLevel === undefined || x.adaptiveLevel === null || Number.isNaN(x.adaptiveLevel)
        ? NOT_RUN
        : String(x.adaptiveLevel),
    );
  if (a.coldStart || a.touch || a.frames || a.reset || a.images)
    rows.push({
      figure:
        'quality level at the end: cold / touch / frames / reset / images (1 full … 4 lowest)',
      goal: 'reference',
      adaptive: levels(a).join(' / '),
      full: levels(f).join(' / '),
    });
  for (const [where, message] of Object.entries(r.errors ?? {})) {
    const [name, quality] = where.split('.');
    rows.push({
      figure: `${name} part FAILED (${quality}): not measured`,
      goal: '',
      adaptive: quality === 'adaptive' ? message : '',
      full: quality === 'full' ? message : '',
    });
  }
  return rows;
}

/** A verdict cell. */
function verdict(r: Row): string {
  if (r.pass === undefined) return '';
  const own = r.pass ? 'pass' : '**miss**';
  return r.fullPass === undefined ? own : `${own} (full: ${r.fullPass ? 'pass' : 'miss'})`;
}

/** The rows as a Markdown table (Prettier-aligned, so that `prettier --check` leaves it). */
export function markdownTable(rows: readonly Row[]): string {
  const head = ['figure', 'goal', 'adaptive', 'full', 'result', 'why (for a miss)'];
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const cells = rows.map((r) =>
    [r.figure, r.goal, r.adaptive, r.full, verdict(r), r.why ?? ''].map(esc),
  );
  const widths = head.map((h, i) =>
    Math.max(3, [...h].length, ...cells.map((c) => [...c[i]!].length)),
  );
  const pad = (s: string, w: number) => s + ' '.repeat(w - [...s].length);
  const line = (c: string[]) => `| ${c.map((x, i) => pad(x, widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The paragraph above the table: when, how, on what, under which load. */
export function provenance(r: BenchResults): string {
  const m = r.machine;
  const s = r.settings;
  const only = s.only === 'all' ? '' : ` (BENCH_ONLY=${s.only.join(',')})`;
  return (
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC by \`${r.command}\`${only}: ` +
    `${s.runs} cold starts, resets and reloads each, ${s.tapRounds} walks of 13 taps, ` +
    `${n0(s.visits)} soak visits; qualities ${s.qualities.join(' and ')}; ${n0(r.durationSeconds)} s. ` +
    `${m.cpu}, ${m.cores} cores, ${m.browser}, ${m.renderer}. ` +
    `**Load average ${r.loadAtStart} at the start, ${m.loadAverage} at the end** ` +
    '(the machine is shared; goals with a baseline are ratios measured in the same run). ' +
    'Adaptive is the kiosk as a museum runs it (the goal is judged on it); full is pinned full ' +
    'quality (`?quality=full`), as the visual baselines are drawn. KB is 1,000 bytes, MB 2^20.'
  );
}

export const TABLE_START = '<!-- bench:table (made by npm run bench from bench/results.json) -->';
export const TABLE_END = '<!-- /bench:table -->';

/** `doc` with the text between the table markers replaced by this run's table. */
export function withTable(doc: string, r: BenchResults): string {
  const i = doc.indexOf(TABLE_START);
  const j = doc.indexOf(TABLE_END);
  if (i < 0 || j < i)
    throw new Error(`BENCHMARKS.md: the markers ${TABLE_START} … ${TABLE_END} are missing`);
  const body = `${provenance(r)}\n\n${markdownTable(rowsOf(r))}\n`;
  return `${doc.slice(0, i + TABLE_START.length)}\n\n${body}\n${doc.slice(j)}`;
}
