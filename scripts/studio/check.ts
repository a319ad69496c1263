// The studio's `check` route: the content part of `npm run check` for one exhibit.
// TODO(merge): A's scripts/content/checkExhibit.ts exports checkOneExhibit(root, id), which also
// checks levels, stale narration and prompts and the id/folder; once it is on main, this file
// becomes `export { checkOneExhibit } from '../content/checkExhibit.ts'`.
import { join } from 'node:path';
import { ContentLoadError, type ContentError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { rightsWarnings } from '../../src/content/rightsCheck.ts';
import type { CheckResult } from '../../src/studio/api.ts';
import { fsReader } from '../fsReader.ts';
import { checkPictures } from '../media/imageManifest.ts';
import { lintNarration } from '../media/lint.ts';

/** Errors and warnings of one exhibit, with files named as studio paths (`exhibits/<id>/…`). */
export async function checkOneExhibit(root: string, id: string): Promise<CheckResult> {
  const reader = {
    ...fsReader(root, id),
    exhibitLabel: (p: string) => `exhibits/${id}/${p}`,
    mediaLabel: (p: string) => `media/${id}/${p}`,
  };
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
      ...checkPictures(join(root, 'media', id), `media/${id}`, exhibit.chapters, chapterFile),
    );
    warnings.push(...rightsWarnings(exhibit.chapters, new Date(), chapterFile));
  } catch (e) {
    if (e instanceof ContentLoadError) errors.push(...e.errors);
    else errors.push({ file: `exhibits/${id}`, path: '', message: String(e) });
  }
  return { exhibit: id, ok: errors.length === 0, errors, warnings, stale: [] };
}
