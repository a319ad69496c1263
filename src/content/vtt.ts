// A small WebVTT reader: enough for caption files made by the media pipeline (cue timings and text).

/** One caption: a sentence, or part of one, shown from `start` to `end` seconds. */
export interface Caption {
  start: number;
  end: number;
  text: string;
  /** Which sentence of the script it shows (0-based): from a cue id "3" or "3.2", else its position. */
  sentence: number;
}

/** Parses WebVTT; throws an Error naming the line when the file is malformed. */
export function parseVtt(source: string): Caption[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (!lines[0]?.startsWith('WEBVTT'))
    throw new Error('line 1: expected "WEBVTT" at the start of the file');
  const captions: Caption[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('-->')) continue;
    const m = /^(\S+)\s+-->\s+(\S+)/.exec(line);
    const start = m ? toSeconds(m[1] ?? '') : NaN;
    const end = m ? toSeconds(m[2] ?? '') : NaN;
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
      throw new Error(
        `line ${i + 1}: expected "hh:mm:ss.mmm --> hh:mm:ss.mmm" with end after start, got "${line}"`,
      );
    }
    const text: string[] = [];
    while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '')
      text.push((lines[++i] ?? '').trim());
    // A cue id "N" or "N.k" (part k of sentence N, 1-based) ties the cue to its sentence.
    const id = /^(\d+)(\.\d+)?$/.exec((lines[i - 1 - text.length] ?? '').trim());
    captions.push({
      start,
      end,
      text: text.join('\n'),
      sentence: id ? Number(id[1]) - 1 : captions.length,
    });
  }
  return captions;
}

function toSeconds(stamp: string): number {
  const parts = stamp.split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !Number.isFinite(p))) return NaN;
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/** The caption showing at `t` seconds, or undefined between sentences. */
export function captionAt(captions: readonly Caption[], t: number): Caption | undefined {
  return captions.find((c) => t >= c.start && t < c.end);
}

/** The sentence being spoken at `t`, or the last one begun (-1 before the first). */
export function sentenceIndexAt(captions: readonly Caption[], t: number): number {
  let index = -1;
  for (const c of captions) if (c.start <= t + 1e-6) index = c.sentence;
  return index;
}

/** When sentence `n` (0-based) starts, or undefined if the captions have no such sentence. */
export function sentenceStart(captions: readonly Caption[], n: number): number | undefined {
  return captions.find((c) => c.sentence === n)?.start;
}

/** How many sentences the captions show. */
export function sentenceCount(captions: readonly Caption[]): number {
  return captions.reduce((n, c) => Math.max(n, c.sentence + 1), 0);
}
