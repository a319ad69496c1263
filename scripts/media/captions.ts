// Caption layout and the limits museums use: at most 2 lines of 42 characters, at most 17
// characters per second, each cue on screen 1 to 7 seconds.

/** Caption limits. */
export const CAPTION_LIMITS = { lineChars: 42, lines: 2, maxCps: 17, minSeconds: 1, maxSeconds: 7 } as const;

/** Breaks text into lines of at most `width` characters, balancing two lines where it can. */
export function wrapCaption(text: string, width: number = CAPTION_LIMITS.lineChars): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (text.length <= width) return [text];
  // Try every break point and keep the one whose longer line is shortest: balanced two-liners read best.
  let best: string[] | undefined;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    if (lines.every((l) => l.length <= width)) {
      if (!best || Math.max(...lines.map((l) => l.length)) < Math.max(...best.map((l) => l.length))) best = lines;
    }
  }
  if (best) return best;
  // Longer than two lines: greedy fill, for the lint to report.
  const out: string[] = [''];
  for (const w of words) {
    const last = out.length - 1;
    if (out[last] && `${out[last]} ${w}`.length > width) out.push(w);
    else out[last] = out[last] ? `${out[last]} ${w}` : w;
  }
  return out;
}

/** Characters a viewer reads: the text without line breaks. */
export function readingLength(text: string): number {
  return text.replace(/\s*\n\s*/g, ' ').length;
}
