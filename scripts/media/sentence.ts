// One sentence of narration as voiced pieces: a sentence longer than a caption may stay on screen
// (7 s) is voiced in two or three pieces, each its own exactly timed caption, cut where the shown
// and the spoken text share a pair of words (the spoken form spells numbers out, so it differs
// around them).
import { join } from 'node:path';
import { CAPTION_LIMITS, wrapCaption } from './captions.ts';
import type { Voice } from './hash.ts';
import { run, speak } from './voice.ts';

/** A voiced piece of a sentence: its audio, length and caption lines. */
export interface Piece {
  file: string;
  seconds: number;
  lines: string[];
}

/** A sentence to voice: shown and spoken text, the voice and its speed. */
export interface Line {
  text: string;
  spoken: string;
  voice: Voice;
  pace: number;
}

export const seconds = (wav: string) => Number(run('soxi', ['-D', wav]).trim());

/** Where the shown text and the spoken text can both be cut: between two words they share. */
export function cutPoints(text: string, spoken: string): { text: number; spoken: number }[] {
  const words = text.split(' ');
  const points: { text: number; spoken: number }[] = [];
  let at = 0;
  for (let i = 1; i < words.length; i++) {
    at += words[i - 1]!.length + 1;
    if (spoken === text) {
      points.push({ text: at - 1, spoken: at - 1 });
      continue;
    }
    const pair = `${words[i - 1]} ${words[i]}`;
    const found = spoken.indexOf(pair);
    if (/\d/.test(pair) || found < 0 || found !== spoken.lastIndexOf(pair)) continue;
    points.push({ text: at - 1, spoken: found + words[i - 1]!.length });
  }
  return points;
}

/** The ways to cut a sentence, best first: one cut near the middle, then two. */
export function splits(text: string, spoken: string) {
  const points = cutPoints(text, spoken);
  const middle = text.length / 2;
  return [
    ...[...points]
      .sort((p, q) => Math.abs(p.text - middle) - Math.abs(q.text - middle))
      .map((p) => [p]),
    ...points.flatMap((p, i) => points.slice(i + 1).map((q) => [p, q])),
  ].map((cuts) => {
    const edges = [{ text: 0, spoken: 0 }, ...cuts, { text: text.length, spoken: spoken.length }];
    return edges.slice(1).map((e, i) => ({
      text: text.slice(edges[i]!.text, e.text).trim(),
      spoken: spoken.slice(edges[i]!.spoken, e.spoken).trim(),
    }));
  });
}

const fits = (p: Piece) =>
  p.seconds >= CAPTION_LIMITS.minSeconds && p.seconds <= CAPTION_LIMITS.maxSeconds;

/** Voices one sentence with its synthetic voice, in as few pieces as its captions allow. */
export function voiceSentence(line: Line, key: string, tmp: string): Piece[] {
  const made = new Map<string, Piece>();
  const voice = (spoken: string, shown: string): Piece => {
    const cached = made.get(spoken);
    if (cached) return { ...cached, lines: wrapCaption(shown) };
    const file = join(tmp, `clip-${key}-${made.size}.wav`);
    speak(spoken, line.voice, file, tmp, line.pace);
    const piece = { file, seconds: seconds(file), lines: wrapCaption(shown) };
    made.set(spoken, piece);
    return piece;
  };
  const single = voice(line.spoken, line.text);
  if (single.seconds <= CAPTION_LIMITS.maxSeconds) return [single];
  for (const parts of splits(line.text, line.spoken)) {
    if (parts.some((p) => wrapCaption(p.text).length > CAPTION_LIMITS.lines)) continue;
    const pieces = parts.map((p) => voice(p.spoken, p.text));
    if (pieces.every(fits)) return pieces;
  }
  return [single];
}
