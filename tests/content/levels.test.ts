// The media level lint (scripts/media/levelCheck.ts) on every exhibit: narration, descriptions
// and prompts at -16 ±1 LUFS, music beds at -23 ±1 LUFS, all with true peaks at or below
// -1.0 dBTP. Levels are cached by file content (node_modules/.cache/media-levels.json), so only
// a first run on a clean checkout decodes everything; the timeouts allow for that.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/content/errors.ts';
import { findExhibits } from '../../scripts/fsReader.ts';
import {
  checkLevels,
  enginePromptTargets,
  exhibitLevelTargets,
  MUSIC_LEVEL,
  type LevelTarget,
} from '../../scripts/media/levelCheck.ts';

const COLD = 600_000; // a first run decodes every file: no test here is about speed

/** The targets grouped by what they are (narration, descriptions, prompts, music). */
const groups = (targets: LevelTarget[]) => {
  const by = new Map<string, LevelTarget[]>();
  for (const t of targets) {
    const what =
      t.fix === 'npm run media:score'
        ? 'music'
        : (/\/(narration|descriptions|prompts)\//.exec(t.file)?.[1] ?? 'other');
    by.set(what, [...(by.get(what) ?? []), t]);
  }
  return [...by];
};

describe('audio levels', () => {
  it('./media/prompts: the engine prompts', { timeout: COLD }, async () => {
    expect((await checkLevels(enginePromptTargets('.'))).map(formatError)).toEqual([]);
  });
  for (const { root, id } of findExhibits()) {
    for (const [what, targets] of groups(exhibitLevelTargets(root, id))) {
      it(`${root}/exhibits/${id}: ${what}`, { timeout: COLD }, async () => {
        expect((await checkLevels(targets)).map(formatError)).toEqual([]);
      });
    }
  }

  it(
    'a file off its target is named, with its figures and the fix, on one line',
    { timeout: COLD },
    async () => {
      // The test exhibit's narration held to the music beds' level: far too loud for it.
      const file = 'tests/fixtures/media/test-exhibit/narration/first-light.en.opus';
      const errors = (
        await checkLevels([{ file, ...MUSIC_LEVEL, ceiling: -12, fix: 'npm run media' }])
      ).map(formatError);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        new RegExp(
          `^${file}: -1\\d\\.\\d LUFS \\(expected -23 ±1\\), true peak [-+]\\d+\\.\\d dBTP \\(expected at most -12\\.0\\): run npm run media$`,
        ),
      );
    },
  );
});
