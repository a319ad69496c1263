// `npm run content:check`: validates every exhibit in the repository and lists each problem with
// its file, field path and what to fix. Exits 1 when any exhibit has a problem.
// `npm run content:check -- <folder>` checks the exhibits under another folder instead (its
// `exhibits/<id>/` and `media/<id>/`), e.g. a copy about to be deployed.
// Each exhibit's checks are scripts/content/checkExhibit.ts (the studio runs the same for one).
import { formatError } from '../src/content/errors.ts';
import { findExhibits } from './fsReader.ts';
import { checkExhibitFolder } from './content/checkExhibit.ts';
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
    // An unreadable exhibit.json has no targets here: its check says what is wrong with it.
    ...exhibits.flatMap(({ root, id }) => {
      try {
        return exhibitLevelTargets(root, id);
      } catch {
        return [];
      }
    }),
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
  const { result, exhibit } = await checkExhibitFolder(root, id);
  for (const w of result.warnings) console.warn(`warn ${formatError(w)}`);
  if (result.ok && exhibit)
    console.log(
      `ok  ${root}/exhibits/${id}: ${exhibit.chapters.length} chapters, ${exhibit.languages.join(', ')}`,
    );
  else {
    failed++;
    console.error(`bad ${root}/exhibits/${id}:\n  ${result.errors.map(formatError).join('\n  ')}`);
  }
}
process.exit(failed ? 1 : 0);
