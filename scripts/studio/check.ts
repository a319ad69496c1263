// The studio's `check` route: the content part of `npm run check` for one exhibit, with each
// problem's file named as a studio path (`exhibits/<id>/…`, `media/<id>/…`) so the studio can put
// it next to its field.
import { relative, resolve } from 'node:path';
import type { ContentError } from '../../src/content/errors.ts';
import type { CheckResult } from '../../src/studio/api.ts';
import { checkOneExhibit as checkExhibit } from '../content/checkExhibit.ts';

/** Errors and warnings of one exhibit (scripts/content/checkExhibit.ts), with files named as studio paths. */
export async function checkOneExhibit(root: string, id: string): Promise<CheckResult> {
  const result = await checkExhibit(root, id);
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
