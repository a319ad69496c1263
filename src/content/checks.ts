// Checks that span fields or files, which the schema alone cannot see: every text in every
// language, ids that match their files, cues that fall inside their narration.
import type { ContentError } from './errors.ts';
import { formatPath } from './errors.ts';
import type { ChapterFile, Cue, ExhibitFile } from './schema.ts';
import { BUILT_IN_UI, UI_KEYS } from './uiStrings.ts';
import { sentenceCount, sentenceStart, type Caption } from './vtt.ts';

/** Problems with the exhibit file as a whole. */
export function checkExhibit(ex: ExhibitFile, file: string): ContentError[] {
  const errors: ContentError[] = [];
  const langs = ex.languages;
  if (!langs.includes(ex.defaultLanguage)) {
    errors.push({
      file,
      path: 'defaultLanguage',
      message: `expected one of ${langs.join(', ')}, got "${ex.defaultLanguage}"`,
    });
  }
  errors.push(...missingLanguages(ex.title, langs, file, 'title'));
  if (ex.advisory) errors.push(...missingLanguages(ex.advisory, langs, file, 'advisory'));
  const ids = (ex.sources ?? []).map((s) => s.id);
  const dupSource = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dupSource)
    errors.push({ file, path: 'sources', message: `source "${dupSource}" is listed twice` });
  if (ex.subtitle) errors.push(...missingLanguages(ex.subtitle, langs, file, 'subtitle'));
  for (const [id, p] of Object.entries(ex.places ?? {}))
    errors.push(...missingLanguages(p.name, langs, file, `places.${id}.name`));
  const dup = ex.chapters.find((id, i) => ex.chapters.indexOf(id) !== i);
  if (dup) errors.push({ file, path: 'chapters', message: `chapter "${dup}" is listed twice` });
  for (const lang of langs) {
    const given = ex.ui?.[lang] ?? {};
    for (const key of Object.keys(given)) {
      if (!(UI_KEYS as readonly string[]).includes(key)) {
        errors.push({
          file,
          path: `ui.${lang}.${key}`,
          message: `unknown interface string: use one of ${UI_KEYS.join(', ')}`,
        });
      }
    }
    if (BUILT_IN_UI[lang]) continue;
    const absent = UI_KEYS.filter((k) => !(k in given));
    if (absent.length) {
      errors.push({
        file,
        path: `ui.${lang}`,
        message: `the engine has no "${lang}" interface strings: add ${absent.join(', ')}`,
      });
    }
  }
  return errors;
}

/** Problems with one chapter file: its id, and a text or narration missing in some language. */
export function checkChapter(
  ch: ChapterFile,
  expectedId: string,
  langs: string[],
  sourceIds: string[],
  file: string,
  placeIds: string[] = [],
): ContentError[] {
  const errors: ContentError[] = [];
  if (ch.id !== expectedId) {
    errors.push({
      file,
      path: 'id',
      message: `expected "${expectedId}" (the file name and the exhibit's chapter list), got "${ch.id}"`,
    });
  }
  errors.push(...missingLanguages(ch.title, langs, file, 'title'));
  errors.push(...missingLanguages(ch.summary, langs, file, 'summary'));
  errors.push(...missingLanguages(ch.narration, langs, file, 'narration'));
  ch.script?.forEach((sentence, i) => {
    errors.push(...missingLanguages(sentence.text, langs, file, `script[${i}].text`));
    sentence.sources.forEach((id, j) => {
      if (!sourceIds.includes(id)) {
        errors.push({
          file,
          path: `script[${i}].sources[${j}]`,
          message: `unknown source "${id}": add it to exhibit.json "sources" or fix the id`,
        });
      }
    });
  });
  ch.cues.forEach((cue, i) => {
    if (cue.at !== undefined && cue.sentence !== undefined) {
      errors.push({
        file,
        path: formatPath(['cues', i], ch),
        message: 'give either "at" or "sentence", not both',
      });
    }
    const at = formatPath(['cues', i], ch);
    if (cue.type === 'timeline') errors.push(...checkTimeline(cue, langs, file, at));
    if (cue.type === 'map') errors.push(...checkMap(cue, placeIds, file, at));
    if (cue.type === 'document')
      cue.lines.forEach((line, j) =>
        errors.push(...missingLanguages(line, langs, file, `${at}.lines[${j}]`)),
      );
    for (const [key, value] of Object.entries(cue)) {
      if (isTextPerLanguage(value))
        errors.push(...missingLanguages(value, langs, file, `${at}.${key}`));
    }
  });
  return errors;
}

/** Start time of each cue in one language; reports cues that fall outside or out of order. */
export function resolveCueStarts(
  cues: Cue[],
  captions: Caption[],
  file: string,
  lang: string,
  errors: ContentError[],
) {
  const end = captions.at(-1)?.end ?? 0;
  let previous = 0;
  return cues.map((cue, i) => {
    const path = `cues[${i}](type = ${cue.type})`;
    let start = cue.at ?? 0;
    if (cue.sentence !== undefined) {
      const at = sentenceStart(captions, cue.sentence - 1);
      if (at === undefined)
        errors.push({
          file,
          path: `${path}.sentence`,
          message: `expected a sentence from 1 to ${sentenceCount(captions)} (the "${lang}" captions), got ${cue.sentence}`,
        });
      start = at ?? 0;
    }
    if (start > end)
      errors.push({
        file,
        path: `${path}.at`,
        message: `expected a time within the "${lang}" narration (0 to ${end.toFixed(2)} s), got ${start}`,
      });
    if (start < previous)
      errors.push({
        file,
        path,
        message: `starts before the cue above it in "${lang}": keep cues in time order`,
      });
    previous = start;
    return start;
  });
}

function missingLanguages(
  value: Record<string, unknown>,
  langs: string[],
  file: string,
  path: string,
): ContentError[] {
  return langs
    .filter((lang) => value[lang] === undefined)
    .map((lang) => ({
      file,
      path: `${path}.${lang}`,
      message: `missing the "${lang}" translation: every language in exhibit.json needs one`,
    }));
}

function isTextPerLanguage(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'string')
  );
}

/** A timeline's axis runs forwards, its events lie on it, the highlight names one of them. */
function checkTimeline(
  cue: Extract<Cue, { type: 'timeline' }>,
  langs: string[],
  file: string,
  path: string,
) {
  const errors: ContentError[] = [];
  if (cue.to <= cue.from)
    errors.push({
      file,
      path: `${path}.to`,
      message: `expected a year after "from" (${cue.from}), got ${cue.to}`,
    });
  cue.events.forEach((e, j) => {
    if (e.year < cue.from || e.year > cue.to + 1) {
      errors.push({
        file,
        path: `${path}.events[${j}].year`,
        message: `expected a year from ${cue.from} to ${cue.to}, got ${e.year}`,
      });
    }
    errors.push(...missingLanguages(e.label, langs, file, `${path}.events[${j}].label`));
  });
  if (cue.highlight >= cue.events.length) {
    errors.push({
      file,
      path: `${path}.highlight`,
      message: `expected an event index from 0 to ${cue.events.length - 1}, got ${cue.highlight}`,
    });
  }
  return errors;
}

/** A map names only places the exhibit defines, and frames places it marks. */
function checkMap(
  cue: Extract<Cue, { type: 'map' }>,
  placeIds: string[],
  file: string,
  path: string,
): ContentError[] {
  const errors: ContentError[] = [];
  const known = (id: string, at: string) => {
    if (!placeIds.includes(id))
      errors.push({
        file,
        path: `${path}.${at}`,
        message: `unknown place "${id}": add it to exhibit.json "places" or fix the id`,
      });
  };
  cue.places.forEach((id, j) => known(id, `places[${j}]`));
  cue.focus?.forEach((id, j) => known(id, `focus[${j}]`));
  if (cue.highlight) known(cue.highlight, 'highlight');
  cue.routes?.forEach((r, j) => {
    known(r.from, `routes[${j}].from`);
    known(r.to, `routes[${j}].to`);
  });
  return errors;
}
