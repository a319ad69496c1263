// Loads and validates an exhibit through a ContentReader. Collects every problem before failing,
// so an author fixes them in one pass; never returns a half-valid exhibit.
import { z } from 'zod';
import { ContentLoadError, type ContentError, fromSchemaIssues } from './errors.ts';
import { checkChapter, checkExhibit, resolveCueStarts } from './checks.ts';
import { checkMood, loadSound } from './loadSound.ts';
import { loadDescriptions, type Descriptions } from './loadDescriptions.ts';
import type { ContentReader } from './reader.ts';
import { chapterFile, exhibitFile, type ChapterFile } from './schema.ts';
import type { Chapter, Exhibit, Track } from './types.ts';
import { BUILT_IN_UI, type UiStrings } from './uiStrings.ts';
import { parseVtt, type Caption } from './vtt.ts';

/** Loads the exhibit; throws ContentLoadError listing every problem. */
export async function loadExhibit(reader: ContentReader): Promise<Exhibit> {
  const errors: ContentError[] = [];
  const exhibit = await readJson(reader, 'exhibit.json', exhibitFile, errors);
  if (!exhibit) throw new ContentLoadError(errors);
  errors.push(...checkExhibit(exhibit, reader.exhibitLabel('exhibit.json')));

  const chapters: Chapter[] = [];
  const media: string[] = [];
  const descriptions = await loadDescriptions(reader, errors);
  for (const id of exhibit.chapters) {
    const path = `chapters/${id}.json`;
    const data = await readJson(reader, path, chapterFile, errors);
    if (!data) continue;
    const sourceIds = (exhibit.sources ?? []).map((s) => s.id);
    errors.push(
      ...checkChapter(
        data,
        id,
        exhibit.languages,
        sourceIds,
        reader.exhibitLabel(path),
        Object.keys(exhibit.places ?? {}),
      ),
    );
    errors.push(...checkMood(data.mood, exhibit, reader.exhibitLabel(path)));
    const tracks = await loadTracks(reader, data, path, errors, descriptions[id]);
    const script = data.script ?? [];
    const sources = [...new Set(script.flatMap((s) => s.sources))];
    chapters.push({
      id: data.id,
      title: data.title,
      summary: data.summary,
      cues: data.cues,
      tracks,
      mood: data.mood ?? 'default',
      atmosphere: data.atmosphere ?? [],
      script,
      sources,
    });
    // Preload the preferred encoding only; a fallback is fetched if a browser ever needs it.
    for (const t of Object.values(tracks)) media.push(...t.audio.slice(0, 1));
  }
  const sound = await loadSound(reader, exhibit, (files, field) =>
    checkMedia(reader, files, 'exhibit.json', field, errors),
  );
  for (const files of Object.values(sound.music?.beds ?? {})) media.push(...files.slice(0, 1));
  media.push(...(sound.sounds?.touch?.slice(0, 1) ?? []));
  media.splice(0, media.length, ...new Set(media));
  const cited = new Set(chapters.flatMap((c) => c.sources));
  (exhibit.sources ?? []).forEach((work, i) => {
    if (chapters.length === exhibit.chapters.length && !cited.has(work.id)) {
      errors.push({
        file: reader.exhibitLabel('exhibit.json'),
        path: `sources[${i}]`,
        message: `"${work.id}" is cited by no sentence: cite it or remove it`,
      });
    }
  });
  if (errors.length) throw new ContentLoadError(errors);
  return {
    id: exhibit.id,
    title: exhibit.title,
    ...(exhibit.subtitle ? { subtitle: exhibit.subtitle } : {}),
    languages: exhibit.languages,
    defaultLanguage: exhibit.defaultLanguage,
    idle: exhibit.idle,
    ...sound,
    chapters,
    ui: uiFor(exhibit.languages, exhibit.ui ?? {}),
    ...(exhibit.advisory ? { advisory: exhibit.advisory } : {}),
    sources: exhibit.sources ?? [],
    places: exhibit.places ?? {},
    media,
    laterMedia: chapters.flatMap((c) =>
      Object.values(c.tracks).flatMap((t) => t.descriptions.flatMap((d) => d?.audio[0] ?? [])),
    ),
  };
}

async function readJson<T>(
  reader: ContentReader,
  path: string,
  schema: z.ZodType<T>,
  errors: ContentError[],
) {
  const file = reader.exhibitLabel(path);
  const source = await reader.readExhibitFile(path);
  if (source === undefined) {
    errors.push({
      file,
      path: '',
      message: 'file not found: create it or fix the id that points to it',
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    errors.push({ file, path: '', message: `not valid JSON (${(e as Error).message})` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) errors.push(...fromSchemaIssues(file, data, result.error.issues));
  return result.success ? result.data : undefined;
}

async function loadTracks(
  reader: ContentReader,
  data: ChapterFile,
  path: string,
  errors: ContentError[],
  described: Descriptions[string] = {},
) {
  const tracks: Record<string, Track> = {};
  for (const [lang, entry] of Object.entries(data.narration)) {
    const at = `narration.${lang}`;
    await checkMedia(reader, entry.audio, path, `${at}.audio`, errors);
    const captions = await readCaptions(reader, entry.captions, path, `${at}.captions`, errors);
    if (!captions) continue;
    const cueStarts = resolveCueStarts(
      data.cues,
      captions,
      reader.exhibitLabel(path),
      lang,
      errors,
    );
    const duration = captions.at(-1)?.end ?? 0;
    // A ledger made for other cues (the cues changed since) is not used: no clip, not a wrong one.
    const clips = described[lang];
    const descriptions = clips?.length === data.cues.length ? clips : [];
    tracks[lang] = {
      audio: entry.audio.map(reader.mediaUrl),
      captions,
      duration,
      cueStarts,
      descriptions,
    };
  }
  return tracks;
}

async function readCaptions(
  reader: ContentReader,
  file: string,
  from: string,
  field: string,
  errors: ContentError[],
) {
  const source = await reader.readMediaText(file);
  if (source === undefined) {
    errors.push(missing(reader, file, from, field));
    return undefined;
  }
  try {
    const captions: Caption[] = parseVtt(source);
    if (captions.length) return captions;
    errors.push({
      file: reader.mediaLabel(file),
      path: '',
      message: 'expected at least one caption cue',
    });
  } catch (e) {
    errors.push({ file: reader.mediaLabel(file), path: '', message: (e as Error).message });
  }
  return undefined;
}

async function checkMedia(
  reader: ContentReader,
  files: string[],
  from: string,
  field: string,
  errors: ContentError[],
) {
  for (const [i, file] of files.entries()) {
    if (!(await reader.mediaExists(file)))
      errors.push(missing(reader, file, from, `${field}[${i}]`));
  }
}

function missing(reader: ContentReader, file: string, from: string, field: string): ContentError {
  return {
    file: reader.exhibitLabel(from),
    path: field,
    message: `media file ${reader.mediaLabel(file)} not found: add it (npm run media) or fix the path`,
  };
}

function uiFor(languages: string[], overrides: Record<string, Record<string, string>>) {
  const ui: Record<string, UiStrings> = {};
  for (const lang of languages)
    ui[lang] = { ...(BUILT_IN_UI[lang] ?? BUILT_IN_UI.en!), ...overrides[lang] } as UiStrings;
  return ui;
}
