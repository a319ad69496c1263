// The media level lint: every narration, audio description and keypad prompt file at -16 ±1 LUFS
// integrated, every music bed at -23 ±1 LUFS, and all of them with a true peak at or below
// -1.0 dBTP, as measured after decoding by meter.ts (no ffmpeg). Run by `npm run content:check`
// and the content tests.
//
// Decoding is the slow part, so each file's levels are cached by the sha-256 of its bytes (and
// the meter's version) in node_modules/.cache/media-levels.json: a re-run reads and hashes the
// files and measures nothing. A cold run measures the files on worker threads, one per core.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ContentError } from '../../src/content/errors.ts';
import { kindOf, measureFile, METER_VERSION, type Levels } from './meter.ts';

/** What a file must measure, and the command that remakes it. */
export interface LevelTarget {
  file: string;
  lufs: number;
  tolerance: number;
  ceiling: number;
  fix: string;
}

/** Narration, descriptions and prompts: -16 ±1 LUFS, true peak at most -1.0 dBTP. */
export const SPEECH_LEVEL = { lufs: -16, tolerance: 1, ceiling: -1.0 };
/** Music beds: -23 ±1 LUFS, true peak at most -1.0 dBTP. */
export const MUSIC_LEVEL = { lufs: -23, tolerance: 1, ceiling: -1.0 };

export const LEVEL_CACHE = 'node_modules/.cache/media-levels.json';

/** Audio files (.opus, .ogg, .mp3) under `dir`, recursively, sorted; none if it is missing. */
function audioUnder(dir: string, recursive = true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return recursive ? audioUnder(path) : [];
      return kindOf(name) ? [path] : [];
    });
}

/** Every file of exhibit `id` under `root` the level lint checks, with its target. */
export function exhibitLevelTargets(root: string, id: string): LevelTarget[] {
  const media = join(root, 'media', id);
  const speech = (files: string[], fix: string) =>
    files.map((file) => ({ file, ...SPEECH_LEVEL, fix }));
  const music: string[] = [];
  const exhibitJson = join(root, 'exhibits', id, 'exhibit.json');
  if (existsSync(exhibitJson)) {
    const collect = (v: unknown): void => {
      if (typeof v === 'string') {
        if (kindOf(v)) music.push(join(media, v));
      } else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect((JSON.parse(readFileSync(exhibitJson, 'utf8')) as { music?: unknown }).music);
  }
  return [
    ...speech(audioUnder(join(media, 'narration'), false), 'npm run media'),
    ...speech(
      audioUnder(join(media, 'descriptions')).filter((f) => f.endsWith('.opus')),
      'npm run media',
    ),
    ...speech(audioUnder(join(media, 'prompts')), 'npm run media:prompts'),
    ...[...new Set(music)]
      .filter((f) => existsSync(f))
      .map((file) => ({ file, ...MUSIC_LEVEL, fix: 'npm run media:score' })),
  ];
}

/** The engine's own keypad prompts under `root` (media/prompts/**). */
export function enginePromptTargets(root: string): LevelTarget[] {
  return audioUnder(join(root, 'media', 'prompts')).map((file) => ({
    file,
    ...SPEECH_LEVEL,
    fix: 'npm run media:prompts',
  }));
}

interface Cache {
  version: number;
  levels: Record<string, Levels>;
}

function readCache(file: string): Cache {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Cache;
    if (c.version === METER_VERSION) {
      // JSON has no -Infinity (silence): it is stored as null.
      for (const l of Object.values(c.levels))
        for (const k of ['lufs', 'truePeak', 'samplePeak'] as const)
          if (l[k] === null) l[k] = -Infinity;
      return c;
    }
  } catch {
    // no cache yet, or an unreadable one: start again
  }
  return { version: METER_VERSION, levels: {} };
}

/**
 * Levels of each file, from the cache when its bytes were measured before, otherwise measured
 * (on up to `workers` worker threads; 0 measures on this thread) and added to the cache.
 */
export async function measureFiles(
  files: string[],
  { cacheFile = LEVEL_CACHE, workers = availableParallelism() } = {},
): Promise<Map<string, Levels>> {
  const cache = readCache(cacheFile);
  const hashes = new Map(
    files.map((f) => [f, createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
  const todo = [...new Set(files.filter((f) => !cache.levels[hashes.get(f)!]))];
  if (todo.length) {
    const measured =
      workers > 1 && todo.length > 1 ? await onWorkers(todo, workers) : await inSeries(todo);
    measured.forEach((l, i) => (cache.levels[hashes.get(todo[i]!)!] = l));
    // Another run may have added files meanwhile: keep its entries too.
    const now = readCache(cacheFile);
    Object.assign(now.levels, cache.levels);
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(now));
    cache.levels = now.levels;
  }
  return new Map(files.map((f) => [f, cache.levels[hashes.get(f)!]!]));
}

async function inSeries(files: string[]): Promise<Levels[]> {
  const out: Levels[] = [];
  for (const f of files) out.push(await measureFile(f));
  return out;
}

/** Measures `files` on `count` worker threads, longest files first; results in input order. */
async function onWorkers(files: string[], count: number): Promise<Levels[]> {
  const order = files
    .map((f, i) => ({ i, size: statSync(f).size }))
    .sort((a, b) => b.size - a.size)
    .map((x) => x.i);
  const out: Levels[] = new Array(files.length);
  let next = 0;
  const url = new URL('./levelWorker.mjs', import.meta.url);
  await Promise.all(
    Array.from({ length: Math.min(count, files.length) }, async () => {
      const worker = new Worker(url);
      try {
        for (;;) {
          const i = order[next++];
          if (i === undefined) break;
          out[i] = await new Promise<Levels>((resolve, reject) => {
            worker.once('message', (m: { levels?: Levels; error?: string }) =>
              m.error ? reject(new Error(`${files[i]}: ${m.error}`)) : resolve(m.levels!),
            );
            worker.once('error', reject);
            worker.postMessage(files[i]);
          });
          worker.removeAllListeners('error');
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return out;
}

const sign = (x: number) => (x > 0 ? '+' : '') + x.toFixed(1);

/** One error per file off its target, each on one line with its figures and the fix. */
export async function checkLevels(
  targets: LevelTarget[],
  options?: Parameters<typeof measureFiles>[1],
): Promise<ContentError[]> {
  const levels = await measureFiles(
    targets.map((t) => t.file),
    options,
  );
  const errors: ContentError[] = [];
  for (const t of targets) {
    const l = levels.get(t.file)!;
    const loud = Math.abs(l.lufs - t.lufs) <= t.tolerance;
    const peak = l.truePeak <= t.ceiling;
    if (loud && peak) continue;
    const said = [
      loud ? undefined : `${sign(l.lufs)} LUFS (expected ${t.lufs} ±${t.tolerance})`,
      peak
        ? undefined
        : `true peak ${sign(l.truePeak)} dBTP (expected at most ${t.ceiling.toFixed(1)})`,
    ].filter(Boolean);
    errors.push({ file: t.file, path: '', message: `${said.join(', ')}: run ${t.fix}` });
  }
  return errors;
}
