// The docs stay whole: every relative link in README.md, BENCHMARKS.md and docs/*.md reaches a file
// (and a heading, when it names one), and every repository path a doc names in `code` still exists.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The markdown files whose links are checked, relative to the repository root. */
function docFiles(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', 'BENCHMARKS.md', ...docs];
}

/** The text with fenced code blocks blanked out (line count kept, for line numbers). */
function withoutFences(md: string): string {
  let fence: string | null = null;
  return md
    .split('\n')
    .map((line) => {
      const mark = /^\s*(```|~~~)/.exec(line)?.[1];
      if (mark && (fence === null || fence === mark)) {
        fence = fence === null ? mark : null;
        return '';
      }
      return fence === null ? line : '';
    })
    .join('\n');
}

const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
// [text](target) and ![alt](target), the text allowing one level of brackets; and [label]: target.
const INLINE_LINK = /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;

/** Every link target in a markdown text, with its line, outside code. */
function linkTargets(md: string): { target: string; line: number }[] {
  const prose = withoutFences(md).replace(CODE_SPAN, (m) => m.replace(/[^\n]/g, ' '));
  const found: { target: string; line: number }[] = [];
  for (const pattern of [INLINE_LINK, REFERENCE]) {
    for (const m of prose.matchAll(pattern)) {
      found.push({ target: m[1]!, line: prose.slice(0, m.index).split('\n').length });
    }
  }
  return found;
}

/** GitHub's anchors for a markdown text's headings (github-slugger's rule, duplicates numbered). */
function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, text] of withoutFences(md).matchAll(/^#{1,6}\s+(.*?)\s*#*\s*$/gm)) {
    const plain = text!
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(plain) ?? 0;
    seen.set(plain, n + 1);
    out.add(n ? `${plain}-${n}` : plain);
  }
  return out;
}

/** Problems with the links of `file` (repository-relative), whose text is `md`; [] when all resolve. */
function brokenLinks(file: string, md: string, read: (path: string) => string | null): string[] {
  const problems: string[] = [];
  for (const { target, line } of linkTargets(md)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: … are not checked here
    const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
    const where = `${file}:${line}: link "${target}"`;
    const goal = path ? join(dirname(file), decodeURIComponent(path)) : file;
    if (goal.startsWith('..')) {
      problems.push(`${where} leaves the repository: link inside it`);
      continue;
    }
    const text = path ? read(goal) : md;
    if (text === null) {
      problems.push(`${where}: no file ${goal}: fix the path or create the file`);
    } else if (anchor && goal.endsWith('.md') && !anchors(text).has(anchor)) {
      const known = [...anchors(text)].join(', ');
      problems.push(`${where}: ${goal} has no heading "#${anchor}" (it has: ${known})`);
    }
  }
  return problems;
}

// Repository paths named in code spans, e.g. `src/actors/loader.ts`; placeholders (<id>, *) skipped.
const NAMED_PATH = /^(?:src|scripts|tests|docs|exhibits|media|bench)\/[^\s<>*{}…]*$/;

/** Paths a doc names in `code` that are not in the repository. */
function missingPaths(file: string, md: string, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const m of withoutFences(md).matchAll(CODE_SPAN)) {
    const span = m[2]!.trim();
    if (!NAMED_PATH.test(span) || exists(span)) continue;
    const line = md.slice(0, m.index).split('\n').length;
    problems.push(`${file}:${line}: \`${span}\` is not in the repository: name where it is now`);
  }
  return problems;
}

/** Reads a repository-relative path: a file's text, "" for a folder, null when absent. */
function readRepo(path: string): string | null {
  const full = join(ROOT, path);
  if (relative(ROOT, full).startsWith('..') || !existsSync(full)) return null;
  return statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
}

describe('docs links', () => {
  it('every relative link in the docs reaches a file and heading', () => {
    const problems = docFiles().flatMap((f) => brokenLinks(f, readRepo(f)!, readRepo));
    expect(problems).toEqual([]);
  });

  it('every repository path the docs name in code exists', () => {
    const exists = (p: string) => readRepo(p) !== null;
    const problems = docFiles().flatMap((f) => missingPaths(f, readRepo(f)!, exists));
    expect(problems).toEqual([]);
  });

  it('reports a missing file, a missing heading and a path that left; ignores code and URLs', () => {
    const files: Record<string, string> = {
      'docs/a.md': '# Start here\n\n## Commands from the kiosk’s disk\n',
    };
    const read = (p: string) => files[p] ?? null;
    const md = [
      'See [a](a.md#start-here), [disk](a.md#commands-from-the-kiosks-disk) and [top](#guide).',
      '# Guide',
      '[gone](gone.md) and [bad](a.md#nowhere) and ![up](../../x.png)',
      '```',
      '[in a fence](fence.md)',
      '```',
      '`[in code](code.md)` [web](https://example.org/x.md) [ref]: missing.md',
    ].join('\n');
    expect(brokenLinks('docs/b.md', md, read)).toEqual([
      'docs/b.md:3: link "gone.md": no file docs/gone.md: fix the path or create the file',
      'docs/b.md:3: link "a.md#nowhere": docs/a.md has no heading "#nowhere" (it has: ' +
        'start-here, commands-from-the-kiosks-disk)',
      'docs/b.md:3: link "../../x.png" leaves the repository: link inside it',
    ]);
    // "# Guide" in b.md itself answers [top](#guide); a reference definition must start its line.
    expect(brokenLinks('docs/b.md', '[x]: nope.md\n', read)).toEqual([
      'docs/b.md:1: link "nope.md": no file docs/nope.md: fix the path or create the file',
    ]);
  });

  it('reports a path named in code that is gone, but not placeholders or other words', () => {
    const md = '`src/gone.ts`, `src/here.ts`, `media/<id>/x.json`, `npm test`, `src/cues/*`';
    expect(missingPaths('README.md', md, (p) => p === 'src/here.ts')).toEqual([
      'README.md:1: `src/gone.ts` is not in the repository: name where it is now',
    ]);
  });
});
