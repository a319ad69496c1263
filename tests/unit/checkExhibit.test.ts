// The content check of one exhibit (scripts/content/checkExhibit.ts): a copy of the test exhibit
// passes as it is; each broken copy fails with one error that names the file, the field and the
// fix. The copies live in scratch/ (inside the repository, ignored by git) so that `$schema` paths
// are checked as errors there, as they are for the repository's exhibits.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/content/errors.ts';
import { checkOneExhibit } from '../../scripts/content/checkExhibit.ts';

const REPO = join(import.meta.dirname, '../..');
mkdirSync(join(REPO, 'scratch'), { recursive: true });
const TMP = mkdtempSync(join(REPO, 'scratch', 'check-exhibit-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

type Data = Record<string, unknown>;
let copies = 0;

/**
 * A copy of tests/fixtures' test exhibit in its own content root, in folder `folder`, with the
 * repository's ledger entries of its prompts as the copy's own ledger (media/prompts.json).
 */
function copy(folder = 'test-exhibit'): { root: string; dir: string; media: string } {
  const root = join(TMP, `root-${++copies}`);
  const dir = join(root, 'exhibits', folder);
  const media = join(root, 'media', folder);
  cpSync(join(REPO, 'tests/fixtures/exhibits/test-exhibit'), dir, { recursive: true });
  cpSync(join(REPO, 'tests/fixtures/media/test-exhibit'), media, { recursive: true });
  // Each file's `$schema` as it should be from the copy (the fixtures' are right from theirs).
  edit(join(dir, 'exhibit.json'), (d) => (d.$schema = schemaFrom(dir, 'exhibit')));
  for (const c of ['first-light', 'second-step'])
    edit(
      join(dir, 'chapters', `${c}.json`),
      (d) => (d.$schema = schemaFrom(join(dir, 'chapters'), 'chapter')),
    );
  const repoLedger = JSON.parse(readFileSync(join(REPO, 'media/prompts.json'), 'utf8')) as Record<
    string,
    string
  >;
  const own = Object.fromEntries(
    Object.entries(repoLedger)
      .filter(([k]) => k.startsWith('tests/fixtures/media/test-exhibit/'))
      .map(([k, v]) => [k.replace('tests/fixtures/media/test-exhibit/', `media/${folder}/`), v]),
  );
  writeFileSync(join(root, 'media', 'prompts.json'), JSON.stringify(own, null, 2));
  return { root, dir, media };
}

const schemaFrom = (dir: string, kind: string) =>
  relative(dir, join(REPO, 'docs', `${kind}.schema.json`));

function edit(file: string, change: (data: Data) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Data;
  change(data);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

async function check(root: string, folder = 'test-exhibit') {
  const result = await checkOneExhibit(root, folder, { today: new Date('2026-01-01') });
  return { ...result, lines: result.errors.map(formatError) };
}

describe('checkOneExhibit', () => {
  it('a copy of the test exhibit passes as it is, nothing stale', async () => {
    const { root } = copy();
    const r = await check(root);
    expect(r.lines).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.stale).toEqual([]);
    expect(r.exhibit).toBe('test-exhibit');
  });

  it('an id that is not the folder name is said as itself, and nothing else', async () => {
    const { root, dir } = copy('foo');
    const r = await check(root, 'foo');
    expect(r.ok).toBe(false);
    expect(r.lines).toEqual([
      `${relative(REPO, join(dir, 'exhibit.json'))}: at id: "test-exhibit" is not this folder's name "foo": set id to "foo" or rename the folder`,
    ]);
    expect(r.lines.join('\n')).not.toContain('script changed since its audio was made');
  });

  it('a $schema path that is wrong from its file names the right one', async () => {
    const { root, dir } = copy();
    const file = join(dir, 'chapters', 'first-light.json');
    edit(file, (d) => (d.$schema = '../../../docs/chapter.schema.json'));
    const r = await check(root);
    const right = schemaFrom(join(dir, 'chapters'), 'chapter');
    expect(right).toMatch(/^(\.\.\/){6}docs\/chapter\.schema\.json$/);
    expect(r.lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${esc(relative(REPO, file))}: at \\$schema: expected "${esc(right)}" .*got "\\.\\./\\.\\./\\.\\./docs/chapter\\.schema\\.json"$`,
        ),
      ),
    ]);
  });

  it('a chapter not voiced yet is one error per language, not a list of missing files', async () => {
    const { root, dir } = copy();
    edit(join(dir, 'exhibit.json'), (d) => (d.chapters as string[]).push('third'));
    const chapter = JSON.parse(
      readFileSync(join(dir, 'chapters', 'second-step.json'), 'utf8'),
    ) as Data;
    chapter.id = 'third';
    chapter.title = { en: 'Third', ru: 'Третья' };
    chapter.cues = (chapter.cues as Data[]).slice(0, 1);
    chapter.narration = Object.fromEntries(
      ['en', 'ru'].map((l) => [
        l,
        {
          audio: [`narration/third.${l}.opus`, `narration/third.${l}.mp3`],
          captions: `narration/third.${l}.vtt`,
        },
      ]),
    );
    writeFileSync(join(dir, 'chapters', 'third.json'), JSON.stringify(chapter, null, 2));
    const r = await check(root);
    const file = relative(REPO, join(dir, 'chapters', 'third.json'));
    const fix = `press Voice in the studio, or run npx tsx scripts/media/narration.ts --exhibit test-exhibit --root ${root}`;
    expect(r.lines).toContain(`${file}: at narration.en: not voiced yet in en: ${fix}`);
    expect(r.lines).toContain(`${file}: at narration.ru: not voiced yet in ru: ${fix}`);
    expect(r.lines.join('\n')).not.toContain('not found');
    // Its title is not spoken yet either: the prompts are the other half of voicing.
    expect(r.lines).toContainEqual(
      expect.stringMatching(
        /third\.json: at title\.en: "Third" has no spoken prompt yet .*npm run media:prompts/,
      ),
    );
    expect(r.stale).toEqual(
      expect.arrayContaining([
        { chapter: 'third', lang: 'en', what: 'narration' },
        { chapter: 'third', lang: 'ru', what: 'narration' },
        { chapter: 'third', lang: 'en', what: 'prompt' },
      ]),
    );
  });

  it('a retitled chapter whose prompt still speaks the old title is an error at its title', async () => {
    const { root, dir } = copy();
    const file = join(dir, 'chapters', 'first-light.json');
    edit(file, (d) => ((d.title as Data).en = 'First Light Again'));
    const r = await check(root);
    expect(r.lines).toEqual([
      `${relative(REPO, file)}: at title.en: the keypad still speaks "First Light" for this title (media/test-exhibit/prompts/en/chapter-first-light), not "First Light Again": run npm run media:prompts -- --exhibit test-exhibit --root ${root}`,
    ]);
    expect(r.stale).toEqual([{ chapter: 'first-light', lang: 'en', what: 'prompt' }]);
  });

  it('a language name of its own that is not spoken yet, and a missing prompt file', async () => {
    const { root, dir, media } = copy();
    edit(join(dir, 'exhibit.json'), (d) => (d.ui = { ru: { languageName: 'По-русски' } }));
    rmSync(join(media, 'prompts', 'en', 'chapter-second-step.opus'));
    const r = await check(root);
    expect(r.lines).toEqual([
      expect.stringMatching(
        /second-step\.json: at title\.en: "Second Step" has no spoken prompt yet \(media\/test-exhibit\/prompts\/en\/chapter-second-step\.opus\): run npm run media:prompts/,
      ),
      expect.stringMatching(
        /exhibit\.json: at ui\.ru\.languageName: the keypad still speaks "Русский" for this language .*not "По-русски": run npm run media:prompts/,
      ),
    ]);
  });

  it('a script changed since its audio was made marks that track stale', async () => {
    const { root, dir } = copy();
    edit(join(dir, 'chapters', 'first-light.json'), (d) => {
      const script = d.script as { text: Record<string, string> }[];
      script[0]!.text.ru = 'Другой текст первого предложения.';
    });
    const r = await check(root);
    expect(r.ok).toBe(false);
    expect(r.lines.join('\n')).toContain(
      'at chapters.first-light.ru: the script changed since its audio was made: run npm run media',
    );
    expect(r.stale).toEqual([{ chapter: 'first-light', lang: 'ru', what: 'narration' }]);
  });

  it('outside the repository a copy without its prompts ledger passes with one warning', async () => {
    const root = mkdtempSync(join(tmpdir(), 'check-exhibit-'));
    try {
      cpSync(
        join(REPO, 'tests/fixtures/exhibits/test-exhibit'),
        join(root, 'exhibits/test-exhibit'),
        { recursive: true },
      );
      cpSync(join(REPO, 'tests/fixtures/media/test-exhibit'), join(root, 'media/test-exhibit'), {
        recursive: true,
      });
      const r = await check(root);
      expect(r.lines).toEqual([]);
      expect(r.warnings.map(formatError)).toContainEqual(
        expect.stringMatching(
          /cannot tell whether its 6 spoken prompts were made from today's titles/,
        ),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
