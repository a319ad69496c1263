// Pure reads of the machine's context that views and actors share.
import type { Chapter, Track } from '../content/types.ts';
import { holdSeconds } from '../cues/memorial/index.ts';
import { captionAt, sentenceCount, sentenceIndexAt, sentenceStart } from '../content/vtt.ts';
import type { StoryPlace } from './chapter/types.ts';

/** The chapter being told, if any. */
export function currentChapter(ctx: StoryPlace): Chapter | undefined {
  return ctx.exhibit?.chapters[ctx.chapterIndex];
}

/** The current chapter's narration in the visitor's language. */
export function currentTrack(ctx: StoryPlace): Track | undefined {
  const chapter = currentChapter(ctx);
  return (
    chapter?.tracks[ctx.lang] ??
    (ctx.exhibit ? chapter?.tracks[ctx.exhibit.defaultLanguage] : undefined)
  );
}

/** The caption on screen now, if any. */
export function currentCaption(ctx: StoryPlace) {
  const track = currentTrack(ctx);
  return track ? captionAt(track.captions, ctx.position) : undefined;
}

/**
 * Index of the visual cue showing now: the last one whose start has passed, or the one being
 * described aloud (a description starts just before its cue, in the pause between sentences).
 */
export function currentCueIndex(ctx: StoryPlace): number {
  const track = currentTrack(ctx);
  if (!track) return 0;
  let index = 0;
  track.cueStarts.forEach((start, i) => {
    if (start <= ctx.position + 1e-6) index = i;
  });
  return Math.max(index, ctx.describing);
}

/** How many of the current cue's steps (a plan's) the narration has reached. */
export function currentStep(ctx: StoryPlace): number {
  const track = currentTrack(ctx);
  const starts = track?.steps?.[currentCueIndex(ctx)] ?? [];
  return starts.filter((start) => start <= ctx.position + 1e-6).length;
}

/**
 * How long before its cue a description starts (s). Cues start with a sentence, and sentences are
 * 0.5 s apart: the narration is paused in the silence before the sentence, never inside a word
 * (narration reports its position every 0.1 s).
 */
export const DESCRIPTION_LEAD = 0.4;

/**
 * The music's breath: in the silence after a paragraph's last sentence (script `paragraph`), the bed
 * may rise a little, from just after the caption leaves until a little before the next sentence.
 * After a death toll or before a memorial there is no breath: those silences stay quiet.
 */
export const BREATH = { after: 0.05, before: 0.5, least: 0.5 } as const;

/** True when `position` is in a paragraph's breath of the current track. */
export function breathAt(ctx: StoryPlace, position: number): boolean {
  const chapter = currentChapter(ctx);
  const captions = currentTrack(ctx)?.captions ?? [];
  if (!chapter) return false;
  for (let i = 0; i + 1 < captions.length; i++) {
    const here = captions[i]!;
    const next = captions[i + 1]!;
    if (next.sentence === here.sentence || !chapter.script[here.sentence]?.paragraph) continue;
    const from = here.end + BREATH.after;
    const to = next.start - BREATH.before;
    if (to - from >= BREATH.least && position >= from && position < to) return true;
  }
  return false;
}

/** The cue to describe aloud now, if audio description is on and one is due; else -1. */
export function dueDescription(ctx: StoryPlace, position: number): number {
  const track = currentTrack(ctx);
  if (!ctx.access.audioDescription || !track) return -1;
  let due = -1;
  track.cueStarts.forEach((start, i) => {
    if (i > ctx.described && start - DESCRIPTION_LEAD <= position && track.descriptions[i]) due = i;
  });
  return due;
}

/** The description being spoken (or about to be), if any. */
export function currentDescription(ctx: StoryPlace) {
  return ctx.describing >= 0 ? currentTrack(ctx)?.descriptions[ctx.describing] : undefined;
}

/** Where the same sentence starts in another language: language switches keep the visitor's place. */
export function samePlaceIn(ctx: StoryPlace, lang: string): number {
  const from = currentTrack(ctx);
  const to = currentChapter(ctx)?.tracks[lang];
  if (!from || !to) return 0;
  const sentence = sentenceIndexAt(from.captions, ctx.position);
  if (sentence < 0) return 0;
  return sentenceStart(to.captions, Math.min(sentence, sentenceCount(to.captions) - 1)) ?? 0;
}

/**
 * The caption in another language at the same place: the same sentence, and as far through it as
 * the visitor's own caption is (sentences take different times in different languages).
 */
export function captionIn(ctx: StoryPlace, lang: string) {
  const from = currentTrack(ctx);
  const to = currentChapter(ctx)?.tracks[lang];
  const here = currentCaption(ctx);
  if (!from || !to || !here) return undefined;
  const span = (captions: Track['captions'], n: number) => {
    const cues = captions.filter((c) => c.sentence === n);
    return cues.length ? { start: cues[0]!.start, end: cues.at(-1)!.end } : undefined;
  };
  const a = span(from.captions, here.sentence);
  const b = span(to.captions, here.sentence);
  if (!a || !b) return undefined;
  const through = (ctx.position - a.start) / Math.max(a.end - a.start, 1e-3);
  const t = b.start + Math.min(Math.max(through, 0), 0.999) * (b.end - b.start);
  return (
    to.captions.find((c) => c.sentence === here.sentence && t >= c.start && t < c.end) ??
    to.captions.find((c) => c.sentence === here.sentence)
  );
}

/**
 * The memorial on screen now, if the cue showing is one: when it began on the narration's
 * timeline (in the visitor's language) and how long it holds the screen still.
 */
export function memorialOnScreen(ctx: StoryPlace): { start: number; hold: number } | undefined {
  const cue = currentChapter(ctx)?.cues[currentCueIndex(ctx)];
  if (cue?.type !== 'memorial') return undefined;
  const start = currentTrack(ctx)?.cueStarts[currentCueIndex(ctx)] ?? 0;
  return { start, hold: holdSeconds(cue) };
}

/**
 * Seconds the memorial on screen still holds the screen still: `hold` from its start, counted on
 * the narration's clock while it plays (an audio description only lengthens it); 0 without one.
 */
export function memorialHoldLeft(ctx: StoryPlace): number {
  const m = memorialOnScreen(ctx);
  if (!m) return 0;
  return Math.max(0, m.start + m.hold - Math.max(ctx.position, m.start));
}
