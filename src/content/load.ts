// Loads and validates an exhibit through a ContentReader. Collects every problem before failing,
// so an author fixes them in one pass; never returns a half-valid exhibit.
import { checkAtmospheres } from './atmospheres.ts';
import { READING_LIST_QR } from './bibliography.ts';
import { ContentLoadError, type ContentError } from './errors.ts';
import { checkChapter, checkExhibit, resolveCueStarts, resolveStepStarts } from './checks.ts';
import { PlanReader, planIds } from './loadPlans.ts';
import { checkMood, loadSound } from './loadSound.ts';
import { loadDescriptions, type Descriptions } from './loadDescriptions.ts';
import { loadVoices } from './loadVoices.ts';
import type { ContentReader } from './reader.ts';
import { chapterFile, exhibitFile, type ChapterFile, type ExhibitFile } from './schema.ts';
import type { Chapter, Exhibit, Track } from './types.ts';
import { BUILT_IN_UI, type UiStrings } from '../i18n/registry.ts';
import { checkMedia, readCaptions, readJson } from './readFiles.ts';

/** How much loading checks. */
export interface LoadOptions {
  /**
   * Ask for every media file before accepting the exhibit (the default: `npm run check`, tests).
   * The kiosk skips it at boot, where a hundred requests would hold up the attract loop; it fetches
   * the media after boot instead and logs any file that is missing (src/actors/loader.ts).
   */
  checkMedia?: boolean;
  /** Told as each chapter is read: how many of how many (the boot screen's progress bar). */
  progress?: (done: number, total: number) => void;
}

/** Loads the exhibit; throws ContentLoadError listing every problem. */
export async function loadExhibit(
  from: ContentReader,
  { checkMedia: check = true, progress }: LoadOptions = {},
): Promise<Exhibit> {
  const reader: ContentReader = check ? from : { ...from, mediaExists: async () => true };
  const errors: ContentError[] = [];
  const exhibit = await readJson(reader, 'exhibit.json', exhibitFile, errors);
  if (!exhibit) throw new ContentLoadError(errors);
  errors.push(...checkExhibit(exhibit, reader.exhibitLabel('exhibit.json')));

  // The description ledger is read beside the chapters (its problems are listed first).
  const ledgerErrors: ContentError[] = [];
  const ledger = loadDescriptions(reader, ledgerErrors);
  // Who speaks each language, for the sources screen's credits (media/<id>/voices.json).
  const voices = loadVoices(reader, ledgerErrors);
  const atmospheres = reader.extensionAtmospheres?.() ?? Promise.resolve([]);
  // Plan files (plans/<id>.json) as the chapters' plan cues name them, each read once.
  const plans = new PlanReader(reader, exhibit.languages);
  let done = 0;
  // Chapters are read side by side (each its JSON, captions and media checks): a hundred small
  // requests in parallel, not one after another. Their problems are listed in chapter order.
  const read = await Promise.all(
    exhibit.chapters.map(async (id) => {
      const own: ContentError[] = [];
      const chapter = await loadChapter(reader, exhibit, id, own, (await ledger)[id], plans);
      const file = reader.exhibitLabel(`chapters/${id}.json`);
      own.push(...checkAtmospheres(chapter?.atmosphere, await atmospheres, exhibit.id, file));
      progress?.(++done, exhibit.chapters.length);
      return { chapter, own };
    }),
  );
  const credits = await voices;
  errors.push(...ledgerErrors);
  errors.push(...plans.errors);
  const chapters: Chapter[] = [];
  for (const { chapter, own } of read) {
    errors.push(...own);
    if (chapter) chapters.push(chapter);
  }
  const sound = await loadSound(reader, exhibit, (files, field) =>
    checkMedia(reader, files, 'exhibit.json', field, errors),
  );
  // Before the attract loop: only the touch sound. The rest (the beds, narration in the default
  // language first, audio description) is fetched after boot, in the background,
  // so the loop starts at once and the service worker still ends up holding everything.
  // The preferred encoding only; a fallback is fetched if a browser ever needs it.
  const beds = sound.music?.beds ?? {};
  const first = (files: string[] | undefined) => files?.slice(0, 1) ?? [];
  const media = first(sound.sounds?.touch);
  const languages = [
    exhibit.defaultLanguage,
    ...exhibit.languages.filter((l) => l !== exhibit.defaultLanguage),
  ];
  const laterMedia = [
    ...first(beds.attract ?? beds.default),
    ...first(beds.default),
    ...languages.flatMap((lang) => chapters.flatMap((c) => first(c.tracks[lang]?.audio))),
    ...Object.values(beds).flatMap(first),
    ...chapters.flatMap((c) =>
      Object.values(c.tracks).flatMap((t) => t.descriptions.flatMap((d) => first(d?.audio))),
    ),
  ].filter((url, k, all) => !media.includes(url) && all.indexOf(url) === k);
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
    ...(exhibit.readingList
      ? { readingList: { ...exhibit.readingList, qr: reader.mediaUrl(READING_LIST_QR) } }
      : {}),
    places: exhibit.places ?? {},
    ...(credits ? { voices: credits } : {}),
    plans: await plans.all(),
    media,
    laterMedia,
    mediaBase: reader.mediaUrl(''),
  };
}

/** One chapter: its file, checks, captions and media; undefined when its file is unusable. */
async function loadChapter(
  reader: ContentReader,
  exhibit: ExhibitFile,
  id: string,
  errors: ContentError[],
  described: Descriptions[string] | undefined,
  plans: PlanReader,
): Promise<Chapter | undefined> {
  const path = `chapters/${id}.json`;
  const data = await readJson(reader, path, chapterFile, errors);
  if (!data) return undefined;
  const sourceIds = (exhibit.sources ?? []).map((s) => s.id);
  errors.push(
    ...checkChapter(
      data,
      id,
      exhibit.languages,
      sourceIds,
      reader.exhibitLabel(path),
      Object.keys(exhibit.places ?? {}),
      await plans.read(planIds(data.cues)),
    ),
  );
  errors.push(...checkMood(data.mood, exhibit, reader.exhibitLabel(path)));
  const tracks = await loadTracks(reader, data, path, errors, described);
  const script = data.script ?? [];
  return {
    id: data.id,
    title: data.title,
    summary: data.summary,
    cues: data.cues,
    tracks,
    mood: data.mood ?? 'default',
    atmosphere: data.atmosphere ?? [],
    script,
    sources: [...new Set(script.flatMap((s) => s.sources))],
  };
}

async function loadTracks(
  reader: ContentReader,
  data: ChapterFile,
  path: string,
  errors: ContentError[],
  described: Descriptions[string] = {},
) {
  const tracks: Record<string, Track> = {};
  // Every language's files are asked for at once; the problems are listed in language order.
  const entries = Object.entries(data.narration);
  const read = await Promise.all(
    entries.map(async ([lang, entry]) => {
      const own: ContentError[] = [];
      const at = `narration.${lang}`;
      const [, captions] = await Promise.all([
        checkMedia(reader, entry.audio, path, `${at}.audio`, own),
        readCaptions(reader, entry.captions, path, `${at}.captions`, own),
      ]);
      return { own, captions };
    }),
  );
  for (const [k, [lang, entry]] of entries.entries()) {
    const { own, captions } = read[k]!;
    errors.push(...own);
    if (!captions) continue;
    const cueStarts = resolveCueStarts(
      data.cues,
      captions,
      reader.exhibitLabel(path),
      lang,
      errors,
    );
    const duration = captions.at(-1)?.end ?? 0;
    const label = reader.exhibitLabel(path);
    const steps = resolveStepStarts(data.cues, cueStarts, captions, label, lang, errors);
    // A ledger made for other cues (the cues changed since) is not used: no clip, not a wrong one.
    const clips = described[lang];
    const descriptions = clips?.length === data.cues.length ? clips : [];
    tracks[lang] = {
      audio: entry.audio.map(reader.mediaUrl),
      captions,
      duration,
      cueStarts,
      ...(steps.some((s) => s.length) ? { steps } : {}),
      descriptions,
    };
  }
  return tracks;
}

function uiFor(languages: string[], overrides: NonNullable<ExhibitFile['ui']>) {
  const ui: Record<string, UiStrings> = {};
  for (const lang of languages)
    // Every language is a built-in one (checkExhibit insists); `overrides` change some wording.
    ui[lang] = { ...BUILT_IN_UI[lang], ...overrides[lang] } as UiStrings;
  return ui;
}
