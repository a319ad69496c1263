// Pacing as data: the silence after each narrated sentence. A sentence's own `pause` wins; else a
// paragraph's end, the chapter's end, the silence before a memorial, and the sentence's last mark
// (a colon leads on, a full stop rests, a question or an ellipsis waits) give it. The media
// pipeline joins the voiced sentences with these pauses; the kiosk lets the music breathe in the
// longer ones (src/audio/breaths.ts), so both read the same numbers from here.
import type { ScriptSentence } from './schema.ts';

/** Seconds of silence: before the first sentence, and by kind of break after a sentence. */
export const PAUSES = {
  leadIn: 0.6,
  /** Between the voiced pieces of one long sentence. */
  split: 0.25,
  colon: 0.4,
  comma: 0.45,
  stop: 0.7,
  question: 0.9,
  ellipsis: 1.0,
  paragraph: 1.8,
  /** Before a memorial begins, and after a chapter's last sentence when it ends on one. */
  memorial: 4.0,
  /** After a chapter's last sentence. */
  tail: 1.5,
} as const;

/** The least silence after a sentence that states a death toll (a check holds exhibits to it). */
export const TOLL_PAUSE = 1.5;

/** Where a break after a sentence comes from, for the record and the tests. */
export type PauseKind = 'own' | 'paragraph' | 'memorial' | 'tail' | 'mark';

/** Seconds of silence after a sentence, from its last mark alone. */
export function markPause(text: string): number {
  const t = text.trim().replace(/[»”"’)\]]+$/u, '');
  if (/(…|\.\.\.)$/u.test(t)) return PAUSES.ellipsis;
  if (/[?!]$/u.test(t)) return PAUSES.question;
  if (/:$/u.test(t)) return PAUSES.colon;
  if (/[;,—–]$/u.test(t)) return PAUSES.comma;
  return PAUSES.stop;
}

/** What a chapter's pacing depends on besides its script: which sentences begin a memorial (0-based). */
export interface PacingContext {
  memorialAt?: number[];
}

/** The silence after sentence `i` of `script` in `lang`, and why. */
export function pauseAfter(
  script: readonly ScriptSentence[],
  i: number,
  lang: string,
  context: PacingContext = {},
): { seconds: number; kind: PauseKind } {
  const s = script[i]!;
  if (s.pause !== undefined) return { seconds: s.pause, kind: 'own' };
  const last = i === script.length - 1;
  const memorial = context.memorialAt ?? [];
  if (memorial.includes(i + 1) || (last && memorial.includes(i)))
    return { seconds: PAUSES.memorial, kind: 'memorial' };
  if (last) return { seconds: PAUSES.tail, kind: 'tail' };
  if (s.paragraph) return { seconds: PAUSES.paragraph, kind: 'paragraph' };
  return { seconds: markPause(s.text[lang] ?? ''), kind: 'mark' };
}

/** Every pause of a chapter in `lang`, one per sentence (the last is the tail). */
export function chapterPauses(
  script: readonly ScriptSentence[],
  lang: string,
  context: PacingContext = {},
): number[] {
  return script.map((_, i) => pauseAfter(script, i, lang, context).seconds);
}

/** The sentences (0-based) a chapter's memorial cues begin on, from their 1-based `sentence`. */
export function memorialSentences(cues: readonly { type: string; sentence?: number }[]): number[] {
  return cues.flatMap((c) => (c.type === 'memorial' && c.sentence ? [c.sentence - 1] : []));
}
