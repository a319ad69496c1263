// The media scripts as the studio's voice job runs them (scripts/media/args.ts): --exhibit,
// --chapter, --root; a `progress <done>/<total> <words>` line per sentence or prompt; a missing
// tool stops them with exit code 3 and tools.mjs's message, never a stack trace. Each run here has
// a PATH without the voice tools, so nothing is voiced: what is up to date is only counted.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const TMP = mkdtempSync(join(tmpdir(), 'media-args-'));
const NO_TOOLS = mkdtempSync(join(tmpdir(), 'no-tools-'));
afterAll(() => {
  rmSync(TMP, { recursive: true, force: true });
  rmSync(NO_TOOLS, { recursive: true, force: true });
});

let copies = 0;
/** A content root holding a copy of the test exhibit (with its prompts' ledger when `ledger`). */
function copy({ ledger = true } = {}): string {
  const root = join(TMP, `root-${++copies}`);
  cpSync(join(REPO, 'tests/fixtures/exhibits/test-exhibit'), join(root, 'exhibits/test-exhibit'), {
    recursive: true,
  });
  cpSync(join(REPO, 'tests/fixtures/media/test-exhibit'), join(root, 'media/test-exhibit'), {
    recursive: true,
  });
  if (ledger) {
    const repo = JSON.parse(readFileSync(join(REPO, 'media/prompts.json'), 'utf8')) as Record<
      string,
      string
    >;
    const own = Object.entries(repo)
      .filter(([k]) => k.startsWith('tests/fixtures/media/test-exhibit/'))
      .map(([k, v]) => [k.replace('tests/fixtures/', ''), v]);
    writeFileSync(join(root, 'media/prompts.json'), JSON.stringify(Object.fromEntries(own)));
  }
  return root;
}

/** Runs a media script in this Node with tsx's loader, with no voice tool on PATH. */
function media(script: 'narration' | 'prompts', ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `scripts/media/${script}.ts`, ...args], {
    cwd: REPO,
    env: { PATH: NO_TOOLS },
    encoding: 'utf8',
  });
}

const progressLines = (stdout: string) =>
  stdout.split('\n').filter((l) => l.startsWith('progress '));
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);

describe('media scripts for the studio', { timeout: 60_000 }, () => {
  it('narration: an up-to-date exhibit needs no tool and counts every sentence', () => {
    const root = copy();
    const r = media('narration', '--exhibit', 'test-exhibit', '--root', root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = progressLines(r.stdout);
    // 2 chapters × 2 languages × 2 sentences.
    expect(lines.map((l) => l.split(' ')[1])).toEqual(
      Array.from({ length: 8 }, (_, i) => `${i + 1}/8`),
    );
    expect(lines[0]).toBe('progress 1/8 “First Light” in English is up to date, sentence 1 of 2');
    expect(lines[7]).toMatch(/^progress 8\/8 “Second Step” in Russian is up to date/);
  });

  it('narration --chapter: only that chapter', () => {
    const root = copy();
    const r = media(
      'narration',
      '--exhibit',
      'test-exhibit',
      '--chapter',
      'second-step',
      '--root',
      root,
    );
    expect(r.status).toBe(0);
    expect(progressLines(r.stdout)).toHaveLength(4);
    expect(r.stdout).not.toContain('First Light');
  });

  it('narration: a track to make with no voice tools exits 3 with the packages, no stack trace', () => {
    const root = copy();
    rmSync(join(root, 'media/test-exhibit/manifest.json'));
    const r = media('narration', '--exhibit', 'test-exhibit', '--root', root);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('Cannot make the narration (npm run media)');
    expect(r.stderr).toContain('the command `sox` is missing: Debian package sox');
    expect(r.stderr).toContain('the command `text2wave` is missing: Debian package festival');
    expect(r.stderr).toMatch(/apt-get install -y .*\bsox\b/);
    noStackTrace(r.stderr);
    expect(progressLines(r.stdout)).toEqual([]);
  });

  it('a wrong option, exhibit or chapter is said in words (exit 1)', () => {
    const root = copy();
    const cases: [string[], RegExp][] = [
      [['--exhibit', 'nothing', '--root', root], /^no exhibit "nothing" under /],
      [
        ['--exhibit', 'test-exhibit', '--chapter', 'nothing', '--root', root],
        /^exhibit "test-exhibit" has no chapter "nothing": its chapters are first-light, second-step/,
      ],
      [['--chapter', 'x'], /^--chapter needs --exhibit <id> too/],
      [['--loud'], /^unknown option "--loud"/],
    ];
    for (const [args, message] of cases) {
      const r = media('narration', ...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      noStackTrace(r.stderr);
    }
  });

  it('prompts --root: counts the prompts, and keeps to the copy’s own ledger', () => {
    const before = readFileSync(join(REPO, 'media/prompts.json'), 'utf8');
    const root = copy();
    const r = media('prompts', '--exhibit', 'test-exhibit', '--root', root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = progressLines(r.stdout);
    expect(lines).toHaveLength(6); // 2 languages × (its name + 2 chapter titles)
    expect(lines[0]).toBe('progress 1/6 Up to date: the language name “English” in English');
    expect(r.stdout).toContain(`(${join(root, 'media/prompts.json')})`);
    expect(readFileSync(join(REPO, 'media/prompts.json'), 'utf8')).toBe(before);
  });

  it('prompts: a retitled chapter with no voice tools exits 3; the repository’s ledger untouched', () => {
    const before = readFileSync(join(REPO, 'media/prompts.json'), 'utf8');
    const root = copy();
    const chapter = join(root, 'exhibits/test-exhibit/chapters/first-light.json');
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('"First Light"', '"Dawn"'));
    const r = media('prompts', '--exhibit', 'test-exhibit', '--root', root);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('Cannot make the spoken prompts (npm run media:prompts)');
    // English only: the Russian voice is not needed for an English title.
    expect(r.stderr).not.toContain('rhvoice');
    noStackTrace(r.stderr);
    expect(readFileSync(join(REPO, 'media/prompts.json'), 'utf8')).toBe(before);
  });
});
