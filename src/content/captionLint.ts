// Caption layout and the limits museums use: at most 2 lines of 42 characters, at most 17
// characters per second, each cue on screen 1 to 7 seconds. Pure: the media scripts
// (scripts/media/captions.ts re-exports this) and the studio in the browser run the same rules.

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

const set = (...lists: string[]) => new Set(lists.join(' ').split(' '));

/** Prepositions and subordinating words: a new line may well begin with one (en, ru, uk). */
const OPENERS = set(
  'that which who whom whose where when while because if though although until after before',
  'since in on at for from with without by into onto over under about against among between',
  'through during within near',
  'что чтобы который которая которое которые которых когда где если хотя пока в во на с со к ко',
  'по о об обо у из от до за под над при для без через после перед между среди около вокруг',
  'против ради',
  'що щоб який яка яке які яких коли де якщо хоча поки в у на з із зі до від по о об за під над',
  'при для без через після перед між серед біля навколо проти',
);

/** Conjunctions joining two words as often as two clauses: a line may begin with one. */
const JOINERS = set('and but or nor so yet as и а но или либо да как і й та а але або чи як');

/** Words a line must not end on: the above, articles, and words that lean on the next one. */
const CLINGERS = set(
  [...OPENERS, ...JOINERS].join(' '),
  'a an the of to than more less some about around nearly almost',
  'не ни более менее около почти не ні більш менш близько майже',
);

const bare = (word: string) => word.toLocaleLowerCase().replace(/^[«“„"'(]+|[»”"')]+$/g, '');
const DASH = /^[—–]$/;

/**
 * What a break before word `i` costs: balance first (the difference in line lengths), then the
 * phrase — cheaper after punctuation (a dash stays at the end of its line) or before a
 * preposition or conjunction; dear after a word that leans on the next, before a dash, or
 * between a number and what it counts; a line of one word only as a last resort.
 */
function breakCost(w: string[], i: number): number {
  const first = w.slice(0, i).join(' ');
  const second = w.slice(i).join(' ');
  const before = w[i - 1]!;
  const after = w[i]!;
  let cost = Math.abs(first.length - second.length);
  if (/[.!?…]["»”)]?$/.test(before)) cost -= 28;
  else if (/[,;:]["»”)]?$/.test(before) || DASH.test(before)) cost -= 24;
  else if (OPENERS.has(bare(after))) cost -= 8;
  else if (JOINERS.has(bare(after))) cost -= 4;
  if (CLINGERS.has(bare(before))) cost += 40;
  if (DASH.test(after)) cost += 40;
  // Inside a name or a title: "Deputy | Interior Minister".
  if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after) && !/[.,;:]$/.test(before)) cost += 50;
  if (/^\d/.test(before) && !/[,;:.]$/.test(before)) cost += 30; // "25 | May", "160 | km"
  if (i === 1 || i === w.length - 1) cost += 1_000;
  return cost;
}

/** Every way to set `text` on two lines of at most `width` characters, best first. */
export function twoLineBreaks(text: string, width: number = CAPTION_LIMITS.lineChars): string[][] {
  const w = words(text);
  const options: { lines: string[]; cost: number }[] = [];
  for (let i = 1; i < w.length; i++) {
    const lines = [w.slice(0, i).join(' '), w.slice(i).join(' ')];
    if (lines.every((l) => l.length <= width)) options.push({ lines, cost: breakCost(w, i) });
  }
  return options.sort((a, b) => a.cost - b.cost).map((o) => o.lines);
}

/**
 * Breaks text into lines of at most `width` characters: one line if it fits, else two lines as
 * even as the phrases allow, broken after punctuation or before a conjunction or preposition,
 * never leaving one word alone on a line when another break fits.
 */
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

/**
 * A WebVTT file with every cue's text wrapped again by `wrapCaption`, its times untouched: how
 * `npm run media` re-sets the captions of a track whose voice has not changed.
 */
export function rewrapVtt(vtt: string): string {
  const end = /\n*$/.exec(vtt)?.[0] ?? '';
  const blocks = vtt
    .slice(0, vtt.length - end.length)
    .split(/\n\n/)
    .map((block, i) => {
      const lines = block.split('\n');
      const at = lines.findIndex((l) => l.includes('-->'));
      if (i === 0 || at < 0) return block;
      const text = lines
        .slice(at + 1)
        .map((l) => l.trim())
        .join(' ');
      return [...lines.slice(0, at + 1), ...wrapCaption(text)].join('\n');
    });
  return blocks.join('\n\n') + end;
}

/** Characters a viewer reads: the text without line breaks. */
export function readingLength(text: string): number {
  return text.replace(/\s*\n\s*/g, ' ').length;
}

/** Seconds a caption lingers into the silence after its sentence (as scripts/media/narration.ts sets it). */
export const CAPTION_LINGER = 0.4;

/**
 * How long sentence `i`'s caption is on screen once voiced, from the manifest's `speech` spans
 * (start and end of each sentence's voice) and the track's duration: its speech, lingering into
 * the silence after it (leaving 0.1 s clear), never over the longest cue. The checker reads the
 * same from the captions file.
 */
export function captionSeconds(
  speech: readonly (readonly [number, number])[],
  i: number,
  duration?: number,
): number | undefined {
  const s = speech[i];
  if (!s) return undefined;
  const next = speech[i + 1]?.[0] ?? duration ?? s[1];
  const linger = Math.max(0, Math.min(next - s[1] - 0.1, CAPTION_LINGER));
  return Math.min(s[1] - s[0] + linger, CAPTION_LIMITS.maxSeconds);
}

/** Plain-language guidance: a sentence heard once is understood when it is short. */
export const SENTENCE_WORDS = { advised: 20 } as const;

/** One problem with a sentence's caption, in words, for the studio to show beside it. */
export interface SentenceLint {
  /** `lines`: it does not fit two caption lines; `speed`: read faster than 17 characters a second; `words`: long to follow by ear. */
  kind: 'lines' | 'speed' | 'words';
  message: string;
}

/** Words in a sentence, as a listener counts them (a no-break space joins "20 000"). */
export function wordCount(text: string): number {
  return words(text.trim()).length;
}

/**
 * The caption lint of one sentence as it is typed: two lines of 42 characters, at most
 * `SENTENCE_WORDS.advised` words, and — once voiced, given the seconds its caption is shown (captionSeconds) — at
 * most 17 characters a second.
 */
export function lintSentence(text: string, voicedSeconds?: number): SentenceLint[] {
  const out: SentenceLint[] = [];
  const t = text.trim();
  if (!t) return out;
  const lines = wrapCaption(t);
  if (lines.length > CAPTION_LIMITS.lines || lines.some((l) => l.length > CAPTION_LIMITS.lineChars))
    out.push({
      kind: 'lines',
      message: `${readingLength(t)} characters do not fit ${CAPTION_LIMITS.lines} caption lines of ${CAPTION_LIMITS.lineChars}: shorten the sentence or split it in two`,
    });
  const n = wordCount(t);
  if (n > SENTENCE_WORDS.advised)
    out.push({
      kind: 'words',
      message: `${n} words: a sentence heard once is easier to follow with at most ${SENTENCE_WORDS.advised}`,
    });
  if (voicedSeconds !== undefined && voicedSeconds > 0) {
    const cps = readingLength(t) / voicedSeconds;
    if (cps > CAPTION_LIMITS.maxCps)
      out.push({
        kind: 'speed',
        message: `${cps.toFixed(1)} characters a second as voiced (at most ${CAPTION_LIMITS.maxCps}): shorten the sentence or slow the voice`,
      });
  }
  return out;
}
