// Pure statistics for the voice measurements and the audio report: word error rate, pitch spread in
// semitones, sentence gaps from captions and detected silences, and the level limits. No tools here:
// scripts/media/measure.ts runs ffmpeg and praat and hands their numbers to these functions.
import type { Caption } from '../../src/content/vtt.ts';

/** Lower-case words without punctuation ("Yur-Shor," → "yur", "shor"), for recogniser output and references. */
export const words = (text: string): string[] =>
  text
    .toLocaleLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);

/** Word errors (substitutions + deletions + insertions, by edit distance) of `hyp` against `ref`. */
export function wordErrors(ref: readonly string[], hyp: readonly string[]): number {
  let prev = Array.from({ length: hyp.length + 1 }, (_, j) => j);
  for (let i = 1; i <= ref.length; i++) {
    const row = [i];
    for (let j = 1; j <= hyp.length; j++) {
      const same = ref[i - 1] === hyp[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + same));
    }
    prev = row;
  }
  return prev[hyp.length]!;
}

/** The q-quantile (0..1) of `values`, linearly interpolated; NaN for none. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Pitch spread of voiced F0 frames (Hz) in semitones: standard deviation and the 5–95 % range. */
export function pitchSpread(f0: readonly number[]): { sd: number; range: number; median: number } {
  const voiced = f0.filter((f) => f > 0);
  if (voiced.length < 2) return { sd: NaN, range: NaN, median: NaN };
  const median = quantile(voiced, 0.5);
  const st = voiced.map((f) => 12 * Math.log2(f / median));
  const mean = st.reduce((a, b) => a + b, 0) / st.length;
  const sd = Math.sqrt(st.reduce((a, b) => a + (b - mean) ** 2, 0) / (st.length - 1));
  return { sd, range: quantile(st, 0.95) - quantile(st, 0.05), median };
}

/** A stretch of silence in seconds, as ffmpeg's silencedetect reports it. */
export interface Silence {
  start: number;
  end: number;
}

/** Where each sentence's speech ends and how long the silence after it lasts before the next one. */
export interface SentenceTiming {
  sentence: number;
  start: number;
  speechEnd: number;
  /** Silence before the next sentence starts; undefined after the last. */
  gap?: number;
}

/**
 * Sentence timings of a narration track. A cue starts exactly where its speech starts (the clips are
 * trimmed), but its caption lingers into the silence after it, so the speech end is the start of the
 * detected silence that runs up to (within `slack` s of) the next sentence's first cue; the last
 * sentence ends at the silence that runs to the end of the track. Without such a silence (the
 * detector found none) the cue's own end stands in, and `exact` is false.
 */
export function sentenceTimings(
  captions: readonly Caption[],
  silences: readonly Silence[],
  duration: number,
  slack = 0.08,
): { timings: SentenceTiming[]; exact: boolean } {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  for (const c of captions) {
    if (!starts.has(c.sentence)) starts.set(c.sentence, c.start);
    ends.set(c.sentence, c.end);
  }
  const order = [...starts.keys()].sort((a, b) => a - b);
  let exact = true;
  const timings = order.map((sentence, k): SentenceTiming => {
    const start = starts.get(sentence)!;
    const next = k < order.length - 1 ? starts.get(order[k + 1]!)! : duration;
    const before = silences.filter(
      (s) => s.start > start && s.start < next && s.end >= next - slack,
    );
    const found = before.length > 0 ? Math.min(...before.map((s) => s.start)) : undefined;
    if (found === undefined) exact = false;
    const speechEnd = found ?? ends.get(sentence)!;
    return {
      sentence,
      start,
      speechEnd,
      ...(k < order.length - 1 ? { gap: next - speechEnd } : {}),
    };
  });
  return { timings, exact };
}

/** Min, median and max of `values`. */
export const spread = (values: readonly number[]) => ({
  min: values.length ? Math.min(...values) : NaN,
  median: quantile(values, 0.5),
  max: values.length ? Math.max(...values) : NaN,
});

/** Level targets: speech at −16 LUFS ±1, music at −23 ±1, true peak at most −1.0 dBTP. */
export const LEVELS = { speech: -16, music: -23, tolerance: 1, truePeak: -1.0 } as const;

/** What is wrong with a file's level, or '' when it is within the limits. */
export function levelFlags(kind: 'speech' | 'music', lufs: number, truePeak: number): string {
  const target = LEVELS[kind];
  const flags: string[] = [];
  if (!(Math.abs(lufs - target) <= LEVELS.tolerance))
    flags.push(`loudness ${lufs.toFixed(1)} outside ${target} ±${LEVELS.tolerance}`);
  if (!(truePeak <= LEVELS.truePeak)) flags.push(`true peak ${truePeak.toFixed(1)} over −1.0`);
  return flags.join('; ');
}

/** Formats a number with `digits` decimals, or "–" when it is not finite. */
export const fmt = (n: number | undefined, digits = 1) =>
  n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '–';

/** A Markdown table from a header row and body rows. */
export const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
