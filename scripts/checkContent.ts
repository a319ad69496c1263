// `npm run content:check`: validates every exhibit in the repository and lists each problem with
// its file, field path and what to fix. Exits 1 when any exhibit has a problem.
// `npm run content:check -- <folder>` checks the exhibits under another folder instead (its
// `exhibits/<id>/` and `media/<id>/`), e.g. a copy about to be deployed.
import { ContentLoadError, formatError } from '../src/content/errors.ts';
import { loadExhibit } from '../src/content/load.ts';
import { findExhibits, fsReader } from './fsReader.ts';
import { join } from 'node:path';
import { rightsWarnings } from '../src/content/rightsCheck.ts';
import { checkPictures } from './media/imageManifest.ts';
import { lintNarration } from './media/lint.ts';

let failed = 0;
const roots = process.argv.slice(2);
for (const { root, id } of findExhibits(roots.length ? roots : undefined)) {
  try {
    const exhibit = await loadExhibit(fsReader(root, id));
    const reader = fsReader(root, id);
    const chapterFile = (c: string) => reader.exhibitLabel(`chapters/${c}.json`);
    const problems = [
      ...lintNarration(root, exhibit),
      ...checkPictures(
        join(root, 'media', id),
        reader.mediaLabel('').replace(/\/$/, ''),
        exhibit.chapters,
        chapterFile,
      ),
    ];
    if (problems.length) throw new ContentLoadError(problems);
    // A licence that ends soon (or has ended: the kiosk hides the cue) is a warning, not a failure.
    for (const w of rightsWarnings(exhibit.chapters, new Date(), chapterFile))
      console.warn(`warn ${formatError(w)}`);
    console.log(
      `ok  ${root}/exhibits/${id}: ${exhibit.chapters.length} chapters, ${exhibit.languages.join(', ')}`,
    );
  } catch (e) {
    failed++;
    const lines = e instanceof ContentLoadError ? e.errors.map(formatError) : [String(e)];
    console.error(`bad ${root}/exhibits/${id}:\n  ${lines.join('\n  ')}`);
  }
}
process.exit(failed ? 1 : 0);
