// The studio's `check` route: the content part of `npm run check` for one exhibit, with each
// problem's file named as a studio path (`exhibits/<id>/…`, `media/<id>/…`) so the studio can put
// it next to its field.
// TODO(merge): A's scripts/content/checkExhibit.ts (branch studio-checks) exports
// checkOneExhibit(root, id), which also checks levels, $schema paths, stale narration and prompts;
// it is used when present. Once it is on main, import it statically and drop `standIn`.
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ContentLoadError, type ContentError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { rightsWarnings } from '../../src/content/rightsCheck.ts';
import type { CheckResult } from '../../src/studio/api.ts';
import { fsReader } from '../fsReader.ts';
import { checkPictures } from '../media/imageManifest.ts';
import { lintNarration } from '../media/lint.ts';
import { REPO } from './roots.ts';

type Checker = (root: string, id: string) => Promise<CheckResult>;
let checker: Promise<Checker> | undefined;

/** Errors and warnings of one exhibit, with files named as studio paths. */
export async function checkOneExhibit(root: string, id: string): Promise<CheckResult> {
  checker ??= import(pathToFileURL(join(REPO, 'scripts/content/checkExhibit.ts')).href).then(
    (m: { checkOneExhibit?: Checker }) => m.checkOneExhibit ?? standIn,
    () => standIn,
  );
  const result = await (await checker)(root, id);
  const studio = (e: ContentError) => ({ ...e, file: studioPath(root, e.file) });
  return { ...result, errors: result.errors.map(studio), warnings: result.warnings.map(studio) };
}

/**
 * A checker's file label as a studio path. Checkers name files as fsReader does: from the working
 * folder, or by their full path; a file outside the root's exhibits/ and media/ keeps its label.
 */
export function studioPath(root: string, label: string): string {
  const rel = relative(resolve(root), resolve(label)).split('\\').join('/');
  return /^(exhibits|media)\//.test(rel) ? rel : label;
}

async function standIn(root: string, id: string): Promise<CheckResult> {
  const reader = fsReader(root, id);
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
  try {
    const exhibit = await loadExhibit(reader);
    const chapterFile = (c: string) => reader.exhibitLabel(`chapters/${c}.json`);
    if (exhibit.id !== id)
      errors.push({
        file: reader.exhibitLabel('exhibit.json'),
        path: 'id',
        message: `expected "${id}", the folder's name, got "${exhibit.id}": an exhibit's id is the name of its folder`,
      });
    errors.push(
      ...lintNarration(root, exhibit),
      ...checkPictures(
        join(root, 'media', id),
        reader.mediaLabel('').replace(/\/$/, ''),
        exhibit.chapters,
        chapterFile,
      ),
    );
    warnings.push(...rightsWarnings(exhibit.chapters, new Date(), chapterFile));
  } catch (e) {
    if (e instanceof ContentLoadError) errors.push(...e.errors);
    else errors.push({ file: `exhibits/${id}`, path: '', message: String(e) });
  }
  return { exhibit: id, ok: errors.length === 0, errors, warnings, stale: [] };
}
