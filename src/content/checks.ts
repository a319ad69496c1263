// Checks that span fields or files, which the schema alone cannot see: every text in every
// language, ids that match their files, cues that fall inside their narration.
import type { ContentError } from './errors.ts';
import { formatPath } from './errors.ts';
import { cueDefinition } from '../cues/registry.ts';
import { UI_KEYS, isLang, overrideErrors } from '../i18n/registry.ts';
import { missingLanguages } from './missingLanguages.ts';
import type { ChapterFile, Cue, ExhibitFile } from './schema.ts';
import type { PlanFile } from '../cues/plan/schema.ts';
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
    for (const [key, value] of Object.entries(given)) {
      if (!(UI_KEYS as readonly string[]).includes(key)) {
        errors.push({
          file,
          path: `ui.${lang}.${key}`,
          message: `unknown interface string: use one of ${UI_KEYS.join(', ')}`,
        });
      }
      for (const message of overrideErrors(key, value, lang))
        errors.push({ file, path: `ui.${lang}.${key}`, message });
    }
    // A language is data the engine ships (strings, plural rules, quotation marks, description
    // words), not something an exhibit can half-supply through `ui`.
    if (!isLang(lang))
      errors.push({
        file,
        path: 'languages',
        message: `the engine has no "${lang}" language: add src/i18n/${lang}.ts and list it in src/i18n/registry.ts (docs/extending.md)`,
      });
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
  plans?: Record<string, PlanFile | null>,
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
    // The cue type's own checks, from its folder (src/cues/<type>/).
    const check = cueDefinition(cue.type).check;
    if (check)
      errors.push(...check(cue, { file, path: at, langs, placeIds, ...(plans ? { plans } : {}) }));
    for (const [key, value] of Object.entries(cue)) {
      // A rights block is text too, but one credit for every language (src/cues/rights.ts).
      if (key !== 'rights' && isTextPerLanguage(value))
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

/**
 * Start times of the steps inside each cue that has them (a plan's), in one language; [] for a
 * cue without. A step falls between its cue's start and the next cue's, in time order.
 */
export function resolveStepStarts(
  cues: Cue[],
  cueStarts: number[],
  captions: Caption[],
  file: string,
  lang: string,
  errors: ContentError[],
): number[][] {
  const end = captions.at(-1)?.end ?? 0;
  return cues.map((cue, i) => {
    if (!('steps' in cue) || !Array.isArray(cue.steps)) return [];
    const steps = cue.steps as { at?: number; sentence?: number }[];
    const from = cueStarts[i] ?? 0;
    const until = cueStarts[i + 1] ?? end;
    let previous = from;
    return steps.map((step, j) => {
      const path = `cues[${i}](type = ${cue.type}).steps[${j}]`;
      let start = step.at ?? from;
      if (step.sentence !== undefined) {
        const at = sentenceStart(captions, step.sentence - 1);
        if (at === undefined)
          errors.push({
            file,
            path: `${path}.sentence`,
            message: `expected a sentence from 1 to ${sentenceCount(captions)} (the "${lang}" captions), got ${step.sentence}`,
          });
        start = at ?? from;
      }
      if (start < previous - 1e-6 || start > until + 1e-6)
        errors.push({
          file,
          path,
          message: `expected a time from ${previous.toFixed(2)} to ${until.toFixed(2)} s in "${lang}" (after its cue or the step above, before the next cue), got ${start.toFixed(2)}`,
        });
      previous = Math.max(previous, start);
      return start;
    });
  });
}

function isTextPerLanguage(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    // Keys that are language codes: a rights block ({ credit, licence, … }) is text, not per language.
    Object.entries(v).every(([k, x]) => /^[a-z]{2,3}$/.test(k) && typeof x === 'string')
  );
}
