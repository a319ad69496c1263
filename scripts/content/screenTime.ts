// What a visitor sees, measured from the content: how much of the narration each kind of cue is
// on screen, and how much of a cue's text the narration says aloud while it shows ("echo").
// A cue is on screen from its start to the next cue's start, or to the end of the chapter's last
// caption. A cue's words are every text it shows in that language (not its audio description or
// alt text), with the names of a map's places and a plan's labels; a word echoes when a caption
// overlapping the cue's time says it. Words are compared by their first 5 letters, lower case, so
// that "prisoners" meets "prisoner" and "заключённых" meets "заключённые"; numbers are words.
import type { Chapter, Exhibit } from '../../src/content/types.ts';
import type { Cue } from '../../src/content/schema.ts';
import { STOP_WORDS } from './stopWords.ts';

/** Cue types that show a person, a place or a thing rather than words: the "visuals". */
export const VISUAL_TYPES = new Set(['image', 'video', 'plan', 'object', 'person']);

/** One cue's time on screen and its echo in one language. */
export interface CueMeasure {
  chapter: string;
  index: number;
  type: string;
  seconds: number;
  /** Content words the cue shows (first 5 letters), and those the narration says meanwhile. */
  words: number;
  echoed: number;
}

/** A language's figures over a set of cues. */
export interface ScreenFigures {
  seconds: number;
  /** Share of screen time, 0–1. */
  title: number;
  visual: number;
  /** Mean over cues that show words of (echoed / words), 0–1. */
  echo: number;
  cues: number;
}

const KEEP_NUMBERS = new Set(['value', 'to', 'year', 'from']);
const SKIP_KEYS = new Set(['description', 'alt', 'type', 'id', 'image', 'src', 'poster']);
const PLAIN_TEXT_KEYS = new Set(['years', 'credit', 'text']);

/** Every text a cue shows in `lang`, with its numbers, places and plan labels. */
export function cueTexts(cue: Cue, lang: string, exhibit: Exhibit): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (SKIP_KEYS.has(key)) return;
    if (typeof value === 'number') {
      if (KEEP_NUMBERS.has(key)) out.push(String(value));
      return;
    }
    if (typeof value === 'string') {
      if (PLAIN_TEXT_KEYS.has(key)) out.push(value);
      return;
    }
    if (Array.isArray(value)) return value.forEach((v) => walk(v, key));
    if (value && typeof value === 'object') {
      const rec = value as Record<string, unknown>;
      if (isLocalized(rec, exhibit.languages)) {
        const s = rec[lang];
        if (typeof s === 'string') out.push(s);
        return;
      }
      for (const [k, v] of Object.entries(rec)) walk(v, k);
    }
  };
  walk(cue, '');
  const c = cue as { type: string; places?: string[]; plan?: string };
  if (c.type === 'map')
    for (const id of c.places ?? []) {
      const name = exhibit.places[id]?.name as Record<string, string> | undefined;
      if (name?.[lang]) out.push(name[lang]);
    }
  if (c.type === 'plan' && c.plan && exhibit.plans[c.plan]) walk(exhibit.plans[c.plan], '');
  return out;
}

function isLocalized(rec: Record<string, unknown>, languages: string[]): boolean {
  const keys = Object.keys(rec);
  return keys.length > 0 && keys.every((k) => languages.includes(k));
}

/** A text's content words in `lang`, as 5-letter stems; "5,200" and "5 200" are one number. */
export function contentStems(text: string, lang: string): Set<string> {
  const stop = STOP_WORDS[lang] ?? new Set<string>();
  const joined = text.replace(/(\d)[,\u00a0\u202f\s](?=\d{3}\b)/g, '$1');
  const stems = new Set<string>();
  for (const m of joined.toLowerCase().matchAll(/[\p{L}\p{N}’']+/gu)) {
    const word = m[0].replace(/[’']/g, '');
    if (!word || stop.has(word)) continue;
    if (!/\p{N}/u.test(word) && word.length < 2) continue;
    stems.add(/^\p{N}+$/u.test(word) ? word : word.slice(0, 5));
  }
  return stems;
}

/** Each cue of a chapter, in one language: seconds on screen and its echo. */
export function measureChapter(chapter: Chapter, lang: string, exhibit: Exhibit): CueMeasure[] {
  const track = chapter.tracks[lang];
  if (!track) return [];
  const end = track.captions.reduce((e, c) => Math.max(e, c.end), 0);
  return chapter.cues.map((cue, index) => {
    const start = track.cueStarts[index] ?? 0;
    const until = Math.max(start, track.cueStarts[index + 1] ?? end);
    const shown = new Set<string>();
    for (const t of cueTexts(cue, lang, exhibit))
      for (const s of contentStems(t, lang)) shown.add(s);
    const said = new Set<string>();
    for (const c of track.captions)
      if (c.start < until && c.end > start) for (const s of contentStems(c.text, lang)) said.add(s);
    let echoed = 0;
    for (const s of shown) if (said.has(s)) echoed++;
    return {
      chapter: chapter.id,
      index,
      type: cue.type,
      seconds: until - start,
      words: shown.size,
      echoed,
    };
  });
}

/** Figures over a list of measured cues. */
export function summarise(cues: CueMeasure[]): ScreenFigures {
  const seconds = cues.reduce((s, c) => s + c.seconds, 0);
  const share = (pick: (c: CueMeasure) => boolean) =>
    seconds ? cues.filter(pick).reduce((s, c) => s + c.seconds, 0) / seconds : 0;
  const worded = cues.filter((c) => c.words > 0);
  const echo = worded.length
    ? worded.reduce((s, c) => s + c.echoed / c.words, 0) / worded.length
    : 0;
  return {
    seconds,
    title: share((c) => c.type === 'title'),
    visual: share((c) => VISUAL_TYPES.has(c.type)),
    echo,
    cues: cues.length,
  };
}

/** Every cue of the exhibit measured in `lang`. */
export function measureExhibit(exhibit: Exhibit, lang: string): CueMeasure[] {
  return exhibit.chapters.flatMap((ch) => measureChapter(ch, lang, exhibit));
}

/** The targets: titles at most 15 %, visuals at least 35 %, echo at most 30 %. */
export const TARGETS = { title: 0.15, visual: 0.35, echo: 0.3 } as const;

/** Which targets a language's figures miss, as sentences an author can act on. */
export function missedTargets(f: ScreenFigures): string[] {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const out: string[] = [];
  if (f.title > TARGETS.title)
    out.push(`title cards are ${pct(f.title)} of screen time (at most ${pct(TARGETS.title)})`);
  if (f.visual < TARGETS.visual)
    out.push(
      `image, video, plan, object and person cues are ${pct(f.visual)} (at least ${pct(TARGETS.visual)})`,
    );
  if (f.echo > TARGETS.echo)
    out.push(
      `cards echo the narration: ${pct(f.echo)} of their words (at most ${pct(TARGETS.echo)})`,
    );
  return out;
}
