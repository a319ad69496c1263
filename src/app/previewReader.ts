// The studio's preview reads content the curator has not saved: the files it was sent (path under
// the content root -> JSON value), falling back to the kiosk's server for media and for every file
// not sent. Its captions follow the script as it is now: a chapter not yet voiced gets captions
// timed from its script (and is told silently); a voiced one whose sentences were edited keeps its
// timing with the new words. Only the preview (src/app/preview.ts) uses it.
import { FileProblem } from '../content/limits.ts';
import { fetchReader, type ContentReader } from '../content/reader.ts';
import type { Exhibit } from '../content/types.ts';
import { parseVtt, type Caption } from '../content/vtt.ts';

/** Files sent by the studio: a path under the content root (`exhibits/<id>/…`) -> its value. */
export type SentFiles = Record<string, unknown>;

/** A reader over the sent files, and what it made up for captions the script has outrun. */
export interface PreviewReader extends ContentReader {
  /**
   * After loading: the exhibit with the narration of every track whose captions were made from
   * its script taken away, so that it is told silently rather than with the wrong voice.
   */
  silence(exhibit: Exhibit): Exhibit;
}

/** Reading speed for captions made from a script (characters a second, under the lint's 17). */
const CPS = 14;
const GAP = 0.5;
const LEAD = 0.6;
const MIN_SECONDS = 1.5;
const LINE = 42;

/** The text a sent value stands for: a string as it is, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** Over `files` (may be empty), falling back to `fallback` (the kiosk's server by default). */
export function previewReader(
  id: string,
  files: SentFiles,
  base = '/',
  fallback: ContentReader = fetchReader(id, base),
): PreviewReader {
  const sent = (path: string) =>
    Object.prototype.hasOwnProperty.call(files, path) ? asText(files[path]) : undefined;
  const exhibitFile = async (p: string) =>
    sent(`exhibits/${id}/${p}`) ?? fallback.readExhibitFile(p);
  const mediaText = async (p: string) => sent(`media/${id}/${p}`) ?? fallback.readMediaText(p);
  // Each captions file's chapter script in its language, read once (before the loader asks).
  let scripts: Promise<Map<string, ScriptOf>> | undefined;
  const silent = new Set<string>();
  const reader: PreviewReader = {
    ...fallback,
    readExhibitFile: exhibitFile,
    readMediaText: async (p) => {
      if (!p.endsWith('.vtt')) return mediaText(p);
      const script = (await (scripts ??= readScripts(exhibitFile))).get(p);
      if (!script) return mediaText(p);
      const vtt = await mediaText(p).catch((e: unknown) => {
        if (e instanceof FileProblem && e.missing) return undefined;
        throw e;
      });
      const captions = followScript(vtt, script.sentences);
      if (captions.silent) silent.add(`${script.chapter}|${script.lang}`);
      return captions.vtt;
    },
    mediaExists: async (p) =>
      sent(`media/${id}/${p}`) !== undefined ? true : fallback.mediaExists(p),
    silence: (exhibit) => ({
      ...exhibit,
      chapters: exhibit.chapters.map((c) => ({
        ...c,
        tracks: Object.fromEntries(
          Object.entries(c.tracks).map(([lang, t]) => [
            lang,
            silent.has(`${c.id}|${lang}`) ? { ...t, audio: [] } : t,
          ]),
        ),
      })),
    }),
  };
  return reader;
}

interface ScriptOf {
  chapter: string;
  lang: string;
  sentences: string[];
}

/** captions path -> its chapter's script sentences in its language (chapters with a script). */
async function readScripts(
  read: (p: string) => Promise<string | undefined>,
): Promise<Map<string, ScriptOf>> {
  const out = new Map<string, ScriptOf>();
  const json = async (p: string): Promise<unknown> => {
    try {
      const text = await read(p);
      return text === undefined ? undefined : JSON.parse(text);
    } catch {
      return undefined; // the loader reports it, by file and field
    }
  };
  const exhibit = (await json('exhibit.json')) as { chapters?: unknown } | undefined;
  const ids = Array.isArray(exhibit?.chapters) ? exhibit.chapters.filter(isString) : [];
  await Promise.all(
    ids.map(async (chapter) => {
      const data = (await json(`chapters/${chapter}.json`)) as
        | {
            narration?: Record<string, { captions?: unknown }>;
            script?: { text?: Record<string, unknown> }[];
          }
        | undefined;
      if (!data || !Array.isArray(data.script) || !data.narration) return;
      for (const [lang, entry] of Object.entries(data.narration)) {
        if (!isString(entry?.captions)) continue;
        const sentences = data.script.map((s) => {
          const t = s?.text?.[lang];
          return isString(t) ? t : '';
        });
        out.set(entry.captions, { chapter, lang, sentences });
      }
    }),
  );
  return out;
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * The captions to show for `sentences`: the voiced ones (`vtt`) when they say the same; their
 * timing with the new words when only words changed; else (none yet, or sentences added or
 * removed) captions timed from the script, and `silent`.
 */
export function followScript(
  vtt: string | undefined,
  sentences: string[],
): { vtt: string; silent: boolean } {
  let voiced: Caption[] | undefined;
  try {
    voiced = vtt === undefined ? undefined : parseVtt(vtt);
  } catch {
    voiced = undefined;
  }
  if (vtt !== undefined && voiced === undefined) return { vtt, silent: false }; // the loader says why
  const spans = sentences.map((_, n) => {
    const parts = (voiced ?? []).filter((c) => c.sentence === n);
    return parts.length
      ? { start: parts[0]!.start, end: parts.at(-1)!.end, text: parts.map((c) => c.text) }
      : undefined;
  });
  const counted = voiced ? Math.max(0, ...voiced.map((c) => c.sentence + 1)) : 0;
  if (voiced && counted === sentences.length && spans.every(Boolean)) {
    const same = spans.every((s, n) => squash(s!.text.join(' ')) === squash(sentences[n] ?? ''));
    if (same) return { vtt: vtt!, silent: false };
    return {
      vtt: writeVtt(sentences.map((text, n) => ({ ...spans[n]!, text }))),
      silent: false,
    };
  }
  let t = LEAD;
  const timed = sentences.map((text) => {
    const seconds = Math.max(MIN_SECONDS, squash(text).length / CPS);
    const cue = { start: t, end: t + seconds, text };
    t += seconds + GAP;
    return cue;
  });
  return { vtt: writeVtt(timed), silent: true };
}

function writeVtt(cues: { start: number; end: number; text: string }[]): string {
  const stamp = (s: number) => {
    const ms = Math.round(s * 1000);
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(Math.floor(ms / 3_600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
  };
  const blocks = cues.map(
    (c, n) => `${n + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${wrap(squash(c.text)) || '…'}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** Lines of at most 42 characters, filled greedily (the voiced captions are set with more care). */
function wrap(text: string): string {
  const lines: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}
