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
import {
  checkLevels,
  enginePromptTargets,
  exhibitLevelTargets,
  measureFiles,
} from './media/levelCheck.ts';

let failed = 0;
const roots = process.argv.slice(2);
const exhibits = findExhibits(roots.length ? roots : undefined);
// Audio levels: every file measured at once (on all cores; cached by content, so a re-run is
// instant), then reported with its exhibit, and the engine's own prompts on their own line.
const promptRoots = [...new Set(exhibits.map((e) => e.root))];
await measureFiles(
  [
    ...promptRoots.flatMap(enginePromptTargets),
    ...exhibits.flatMap(({ root, id }) => exhibitLevelTargets(root, id)),
  ].map((t) => t.file),
);
for (const root of promptRoots) {
  const targets = enginePromptTargets(root);
  if (!targets.length) continue;
  const problems = await checkLevels(targets);
  if (problems.length) {
    failed++;
    console.error(`bad ${root}/media/prompts:\n  ${problems.map(formatError).join('\n  ')}`);
  } else console.log(`ok  ${root}/media/prompts: ${targets.length} files`);
}
for (const { root, id } of exhibits) {
  try {
    const exhibit = await loadExhibit(fsReader(root, id));
    const reader = fsReader(root, id);
    const chapterFile = (c: string) => reader.exhibitLabel(`chapters/${c}.json`);
    const problems = [
      ...lintNarration(root, exhibit),
      ...(await checkLevels(exhibitLevelTargets(root, id))),
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
