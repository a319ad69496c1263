// Recorded narration, the drop-in for the synthetic voice: a narrator records one WAV per sentence
// into media/<exhibit>/recorded/<lang>/<chapter>-<n>.wav (n = the sentence's number, from 1), or a
// long sentence in pieces, <chapter>-<n>.1.wav, <chapter>-<n>.2.wav, cut where `recordedPieces`
// says. `npm run media` trims and levels each take and joins them with the script's pauses, so the
// captions stay exact. docs/recording.md is the brief for the narrator and the room.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAPTION_LIMITS, wrapCaption } from './captions.ts';
import { splits } from './sentence.ts';

const NAME = /^(?<chapter>[a-z0-9-]+?)-(?<n>\d+)(?:\.(?<piece>\d+))?\.wav$/;

/** The takes of one chapter in one language: per sentence (0-based), its files in piece order. */
export type Takes = Map<number, string[]>;

/** The folder a language's recordings live in. */
export const recordedDir = (media: string, lang: string) => join(media, 'recorded', lang);

/** The recorded takes of `chapter` in `lang`, or undefined when the chapter is not recorded. */
export function findTakes(media: string, lang: string, chapter: string): Takes | undefined {
  const dir = recordedDir(media, lang);
  if (!existsSync(dir)) return undefined;
  const takes: Takes = new Map();
  const names = readdirSync(dir).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m || m.groups!.chapter !== chapter) continue;
    const n = Number(m.groups!.n) - 1;
    takes.set(n, [...(takes.get(n) ?? []), join(dir, name)]);
  }
  return takes.size ? takes : undefined;
}

/** Sha-256 of the takes' names and bytes: a new take makes the track again, a voice change does not. */
export function takesHash(takes: Takes): string {
  const hash = createHash('sha256');
  for (const [n, files] of [...takes].sort(([a], [b]) => a - b))
    for (const file of files)
      hash.update(`${n}:${file.replace(/^.*\//, '')}:`).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * How a sentence too long for one caption is recorded: in `count` pieces, cut between these words.
 * Of the splits whose pieces each fit two caption lines, the one cut where the sentence already
 * breathes (after a comma, colon, semicolon or dash) wins, then the one nearest even. Undefined
 * when none fits.
 */
export function recordedPieces(text: string, count: number): string[] | undefined {
  return splits(text, text)
    .filter((parts) => parts.length === count)
    .filter((parts) => parts.every((p) => wrapCaption(p.text).length <= CAPTION_LIMITS.lines))
    .map((parts) => parts.map((p) => p.text))
    .sort((a, b) => unbreathed(a) - unbreathed(b) || spread(a) - spread(b))[0];
}

const spread = (parts: string[]) =>
  Math.max(...parts.map((p) => p.length)) - Math.min(...parts.map((p) => p.length));

/** How many of the cuts fall between words with no punctuation to pause on. */
const unbreathed = (parts: string[]) =>
  parts.slice(0, -1).filter((p) => !/[,;:\u2013\u2014]$/.test(p)).length;

/**
 * Why a take cannot be used: it is longer than a caption may stay (`seconds`), or its words do not
 * fit one caption (`seconds` undefined). A whole-sentence take that has a two-piece split is told
 * the two files to record and the words of each; a piece is told to be said faster or shortened.
 */
export function takeTooLong(
  file: string,
  text: string,
  seconds: number | undefined,
  whole: boolean,
): string {
  const two = whole ? recordedPieces(text, 2) : undefined;
  const why =
    seconds === undefined
      ? `"${text}" is too long for one caption (${CAPTION_LIMITS.lines} lines of ${CAPTION_LIMITS.lineChars} characters)`
      : `${seconds.toFixed(1)} s of speech, longer than a caption may stay (${CAPTION_LIMITS.maxSeconds} s)`;
  const fix = two
    ? `Record it in two takes, ${file.replace(/\.wav$/, '.1.wav')} ("${two[0]}") and ${file.replace(/\.wav$/, '.2.wav')} ("${two[1]}").`
    : 'Say it a little faster, or shorten the sentence.';
  return `${file}: ${why}. ${fix}`;
}

/** The error for a chapter recorded in part: every sentence's missing file, and the two ways out. */
export function missingMessage(
  chapter: string,
  lang: string,
  missing: string[],
  count: number,
): string {
  return `${chapter} (${lang}) is recorded, but ${missing.length} of ${count} sentences have no take:\n  ${missing.join('\n  ')}\nRecord them (docs/recording.md), or remove the chapter's takes to use the synthetic voice.`;
}

/** How a recorded track is credited: the narrator's name from exhibit.json `narrators`. */
export const recordedCredit = (narrator: string | undefined) =>
  narrator ? `${narrator} (recorded)` : 'a recorded narrator';

/** What is missing from a chapter's takes: one line per sentence without a recording. */
export function missingTakes(
  takes: Takes,
  sentences: number,
  dir: string,
  chapter: string,
): string[] {
  const missing: string[] = [];
  for (let n = 0; n < sentences; n++)
    if (!takes.has(n)) missing.push(join(dir, `${chapter}-${n + 1}.wav`));
  return missing;
}
