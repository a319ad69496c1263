// The content part of `npm run check` for one exhibit (`npm run content:check` runs it for each;
// the studio's `check` route for the one being edited). Each problem names its file, its field
// path and what to fix:
//   - the exhibit loads (schema, translations, captions, media files: src/content/load.ts);
//   - its `id` is its folder's name, and each file's `$schema` points at the right schema;
//   - narration: a chapter not voiced yet in a language is said once, as itself; captions are
//     readable and equal to the script, and the audio is not older than the script (lint.ts);
//   - audio levels (levelCheck.ts), pictures (imageManifest.ts), licences ending (warnings);
//   - the keypad's spoken prompts (chapter titles, language names) exist and were made from
//     today's text (promptLedger.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ContentLoadError, type ContentError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { rightsWarnings } from '../../src/content/rightsCheck.ts';
import { chapterFile, exhibitFile, type ChapterFile } from '../../src/content/schema.ts';
import type { Exhibit } from '../../src/content/types.ts';
import type { CheckResult } from '../../src/studio/api.ts';
import { fsReader } from '../fsReader.ts';
import { checkPictures } from '../media/imageManifest.ts';
import { checkLevels, exhibitLevelTargets } from '../media/levelCheck.ts';
import { lintNarration } from '../media/lint.ts';
import type { Manifest } from '../media/narration.ts';
import {
  REPO,
  exhibitPrompts,
  isRepoRoot,
  promptLedger,
  promptStamp,
  stampText,
} from '../media/promptLedger.ts';

/** What the narration lint says of a track whose script changed since its audio was made. */
const SCRIPT_CHANGED = 'the script changed since its audio was made';

/** The content check of exhibit `id` (its folder's name) under `root`. */
export async function checkOneExhibit(
  root: string,
  id: string,
  options: CheckOptions = {},
): Promise<CheckResult> {
  return (await checkExhibitFolder(root, id, options)).result;
}

export interface CheckOptions {
  /** The day licences are checked against (today by default). */
  today?: Date;
}

/** checkOneExhibit, with the loaded exhibit when it loaded (`npm run content:check` prints it). */
export async function checkExhibitFolder(
  root: string,
  id: string,
  { today = new Date() }: CheckOptions = {},
): Promise<{ result: CheckResult; exhibit?: Exhibit }> {
  const reader = fsReader(root, id);
  const exhibitLabel = reader.exhibitLabel('exhibit.json');
  const chapterLabel = (c: string) => reader.exhibitLabel(`chapters/${c}.json`);
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const stale: CheckResult['stale'] = [];
  const dir = join(root, 'exhibits', id);
  const media = join(root, 'media', id);

  // The files as written (the loader reports whatever is unreadable in them).
  const raw = readRaw(join(dir, 'exhibit.json'));
  const idMismatch = isRecord(raw) && typeof raw.id === 'string' && raw.id !== id;
  if (idMismatch)
    errors.push({
      file: exhibitLabel,
      path: 'id',
      message: `"${String(raw.id)}" is not this folder's name "${id}": set id to "${id}" or rename the folder`,
    });
  // Outside the repository (a copy elsewhere) the path is only a hint: a warning.
  const schemaProblems = schemaPaths(dir, reader.exhibitLabel);
  (isRepoRoot(root) || inside(REPO, root) ? errors : warnings).push(...schemaProblems);

  const parsedExhibit = exhibitFile.safeParse(raw);
  const exhibitData = parsedExhibit.success ? parsedExhibit.data : undefined;
  const chapters: Record<string, ChapterFile | undefined> = {};
  for (const c of exhibitData?.chapters ?? []) {
    const parsed = chapterFile.safeParse(readRaw(join(dir, 'chapters', `${c}.json`)));
    chapters[c] = parsed.success ? parsed.data : undefined;
  }

  // A chapter with a script but nothing voiced in a language (no manifest entry, none of its
  // files) is said once, instead of one "file not found" per caption and audio file.
  const manifest = readManifest(join(media, 'manifest.json'));
  const notVoiced = new Set<string>();
  for (const [c, chapter] of Object.entries(chapters)) {
    if (!chapter?.script?.length || !exhibitData) continue;
    for (const lang of exhibitData.languages) {
      const entry = chapter.narration[lang];
      if (!entry || manifest?.chapters[c]?.[lang]) continue;
      if ([...entry.audio, entry.captions].some((f) => existsSync(join(media, f)))) continue;
      notVoiced.add(`${chapterLabel(c)}\u0000${lang}`);
      errors.push({
        file: chapterLabel(c),
        path: `narration.${lang}`,
        message: `not voiced yet in ${lang}: press Voice in the studio, or run ${voiceCommand(root, id)}`,
      });
      stale.push({ chapter: c, lang, what: 'narration' });
    }
  }
  const unvoicedFile = (e: ContentError) => {
    const lang = /^narration\.([^.]+)\./.exec(e.path)?.[1];
    return lang !== undefined && notVoiced.has(`${e.file}\u0000${lang}`);
  };

  let exhibit: Exhibit | undefined;
  try {
    exhibit = await loadExhibit(reader);
  } catch (e) {
    if (e instanceof ContentLoadError) errors.push(...e.errors.filter((x) => !unvoicedFile(x)));
    else errors.push({ file: exhibitLabel, path: '', message: String(e) });
  }

  if (exhibit) {
    // The media of this folder, whatever the id says (a copied id is reported above, once).
    const lint = lintNarration(root, { ...exhibit, id }).filter(
      (e) => !(idMismatch && e.message.startsWith(SCRIPT_CHANGED)),
    );
    for (const e of lint) {
      const at = /^chapters\.(.+)\.([^.]+)$/.exec(e.path);
      if (e.message.startsWith(SCRIPT_CHANGED) && at)
        stale.push({ chapter: at[1]!, lang: at[2]!, what: 'narration' });
    }
    errors.push(
      ...lint,
      ...(await checkLevels(safely(() => exhibitLevelTargets(root, id), []))),
      ...checkPictures(
        media,
        reader.mediaLabel('').replace(/\/$/, ''),
        exhibit.chapters,
        chapterLabel,
      ),
    );
    // A licence that ends soon (or has ended: the kiosk hides the cue) is a warning, not a failure.
    warnings.push(...rightsWarnings(exhibit.chapters, today, chapterLabel));
  }

  if (exhibitData) {
    const prompts = checkPrompts(root, id, exhibitData, chapters, reader.exhibitLabel);
    errors.push(...prompts.errors);
    warnings.push(...prompts.warnings);
    stale.push(...prompts.stale);
  }

  return { result: { exhibit: id, ok: errors.length === 0, errors, warnings, stale }, exhibit };
}

/** The keypad's spoken prompts of one exhibit: each there, and made from today's text and voice. */
function checkPrompts(
  root: string,
  folder: string,
  exhibit: Parameters<typeof exhibitPrompts>[2],
  chapters: Record<string, ChapterFile | undefined>,
  label: (path: string) => string,
) {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  const stale: CheckResult['stale'] = [];
  const ledger = promptLedger(root);
  const entries = readManifestLike<Record<string, string>>(ledger.file);
  let unknown = 0;
  const fix = `run npm run media:prompts${isRepoRoot(root) ? '' : ` -- --exhibit ${folder} --root ${root}`}`;
  for (const p of exhibitPrompts(root, folder, exhibit, chapters)) {
    const file = label(p.source.file);
    const where = relative(resolve(root), resolve(p.base));
    const what = p.chapter ? 'this title' : 'this language';
    const stamp = entries?.[ledger.key(p.base)];
    let message: string | undefined;
    if (!existsSync(`${p.base}.opus`) || !existsSync(`${p.base}.mp3`))
      message = `"${p.text}" has no spoken prompt yet (${where}.opus): ${fix}`;
    else if (entries === undefined) {
      // A content root without a ledger (prompts copied without theirs): cannot tell; said once.
      unknown++;
      continue;
    } else if (stamp !== promptStamp(p.text, p.lang)) {
      const made = stampText(stamp);
      message =
        made === undefined
          ? `the spoken prompt ${where} was not made from "${p.text}": ${fix}`
          : made === p.text
            ? `the spoken prompt ${where} was made with another voice: ${fix}`
            : `the keypad still speaks "${made}" for ${what} (${where}), not "${p.text}": ${fix}`;
    }
    if (!message) continue;
    errors.push({ file, path: p.source.path, message });
    stale.push({ chapter: p.chapter ?? '', lang: p.lang, what: 'prompt' });
  }
  if (unknown)
    warnings.push({
      file: label('exhibit.json'),
      path: '',
      message: `cannot tell whether its ${unknown} spoken prompts were made from today's titles (no ${relative(resolve(root), ledger.file)} beside them): ${fix}`,
    });
  return { errors, warnings, stale };
}

/** `$schema` of each JSON file of the exhibit that has one: the right path from that file. */
function schemaPaths(dir: string, label: (path: string) => string): ContentError[] {
  const files: [string, string][] = [['exhibit.json', 'exhibit']];
  for (const [sub, kind] of [
    ['chapters', 'chapter'],
    ['plans', 'plan'],
  ] as const) {
    const d = join(dir, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort())
      if (f.endsWith('.json')) files.push([`${sub}/${f}`, kind]);
  }
  const errors: ContentError[] = [];
  for (const [path, kind] of files) {
    const data = readRaw(join(dir, path));
    if (!isRecord(data) || data.$schema === undefined) continue;
    const right = relative(
      dirname(resolve(dir, path)),
      join(REPO, 'docs', `${kind}.schema.json`),
    ).replaceAll('\\', '/');
    if (data.$schema !== right)
      errors.push({
        file: label(path),
        path: '$schema',
        message: `expected "${right}" (docs/${kind}.schema.json from this file; editors check and complete the file with it), got ${JSON.stringify(data.$schema)}`,
      });
  }
  return errors;
}

/**
 * The command that voices an exhibit's missing narration. `npm run media` voices every exhibit of
 * the repository (options reach only the last of its scripts); another root needs the script itself.
 */
function voiceCommand(root: string, id: string): string {
  return isRepoRoot(root)
    ? `npm run media -- --exhibit ${id}`
    : `npx tsx scripts/media/narration.ts --exhibit ${id} --root ${root}`;
}

function inside(parent: string, child: string): boolean {
  const r = relative(parent, resolve(child));
  return !r.startsWith('..') && !r.startsWith('/');
}

/** A JSON file's value; undefined when missing or unreadable (the loader says why). */
function readRaw(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function readManifest(file: string): Manifest | undefined {
  const m = readManifestLike<Manifest>(file);
  return m && isRecord(m.chapters) ? m : undefined;
}

function readManifestLike<T>(file: string): T | undefined {
  const v = readRaw(file);
  return isRecord(v) ? (v as T) : undefined;
}

function safely<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
