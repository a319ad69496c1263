// Caption layout and the limits museums use: at most 2 lines of 42 characters, at most 17
// characters per second, each cue on screen 1 to 7 seconds.

/** Caption limits. */
export const CAPTION_LIMITS = {
  lineChars: 42,
  lines: 2,
  maxCps: 17,
  minSeconds: 1,
  maxSeconds: 7,
} as const;

// Lines break at ordinary spaces only: a no-break space (as in "20 000") holds its words together.
const words = (text: string) => text.split(/ +/).filter(Boolean);

/** Every way to set `text` on two lines of at most `width` characters, most balanced first. */
export function twoLineBreaks(text: string, width: number = CAPTION_LIMITS.lineChars): string[][] {
  const w = words(text);
  const options: string[][] = [];
  for (let i = 1; i < w.length; i++) {
    const lines = [w.slice(0, i).join(' '), w.slice(i).join(' ')];
    if (lines.every((l) => l.length <= width)) options.push(lines);
  }
  const longest = (lines: string[]) => Math.max(...lines.map((l) => l.length));
  return options.sort((a, b) => longest(a) - longest(b));
}

/** Breaks text into lines of at most `width` characters, balancing two lines where it can. */
export function wrapCaption(text: string, width: number = CAPTION_LIMITS.lineChars): string[] {
  if (text.length <= width) return [text];
  const best = twoLineBreaks(text, width)[0];
  if (best) return best;
  // Longer than two lines: greedy fill, for the lint to report.
  const out: string[] = [''];
  for (const w of words(text)) {
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
