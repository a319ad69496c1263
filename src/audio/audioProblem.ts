// Every audio failure names its file and says what went wrong, in words a technician can act on:
// `narration load failed: /media/x/narration/01.en.opus: Decoding audio data failed: the file is …`.
import type { Howl } from 'howler';

/** Called when a sound cannot be loaded or played; the message names the file. */
export type AudioFailure = (message: string, detail: unknown) => void;

/** The file Howler chose: it keeps the one it picked (by codec) in `_src` once loading starts. */
export function chosenFile(howl: Howl | undefined, src: readonly string[]): string {
  const picked = (howl as unknown as { _src?: unknown } | undefined)?._src;
  if (typeof picked === 'string') return picked;
  return src.length === 1 ? src[0]! : src.join(' or ');
}

// Howler's errors are a sentence, or an HTML5 MediaError code; each gets what to check.
const CODES: Record<number, string> = {
  1: 'loading was aborted',
  2: 'a network error',
  3: 'the file could not be decoded',
  4: 'the file is not audio this browser plays',
};

function explain(error: unknown): string {
  const said = (
    typeof error === 'number' ? (CODES[error] ?? `media error ${error}`) : String(error ?? '')
  ).replace(/\.$/, '');
  const s = said.toLowerCase();
  if (/decod|not audio/.test(s))
    return `${said}: the file is damaged or not audio; encode it again (npm run media)`;
  if (/status: 404|network/.test(s)) return `${said}: check the file is on the kiosk's server`;
  if (/codec/.test(s)) return `${said}: add an .opus or .mp3 encoding`;
  if (/unable to start|notallowed|user interaction/.test(s))
    return `${said}: the browser held the sound until a touch; the story goes on without it`;
  return said || 'no reason given';
}

/** "narration load failed: <file>: <what went wrong>: <what to check>". */
export function audioProblem(
  what: string,
  action: 'load' | 'play',
  howl: Howl | undefined,
  src: readonly string[],
  error: unknown,
): string {
  return `${what} ${action} failed: ${chosenFile(howl, src)}: ${explain(error)}`;
}
