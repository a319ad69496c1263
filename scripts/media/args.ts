// The media scripts' command line, shared by `npm run media` (narration.ts) and
// `npm run media:prompts` (prompts.ts), and what they print for a program that watches them (the
// studio's voice job):
//
//   --exhibit <id>   only this exhibit
//   --chapter <c>    only this chapter (with --exhibit)
//   --root <dir>     the exhibits under <dir> (its exhibits/<id>/ and media/<id>/) instead of the
//                    repository's content roots
//   --force          make everything again, even what is up to date (narration)
//
// On stdout, one line per sentence (or prompt) voiced or found up to date:
//   progress <done>/<total> <what, in words>
// A missing voice tool: the calm message of tools.mjs on stderr and exit code 3 (MISSING_TOOL).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';
import { BUILT_IN_UI } from '../../src/i18n/registry.ts';
import { COMMAND_PACKAGES, MISSING_TOOL, missingToolsMessage } from './tools.mjs';

export interface MediaArgs {
  exhibit?: string;
  chapter?: string;
  /** The content roots to work on: --root's folder, or the repository's. */
  roots: string[];
  /** True when --root named a folder (not the repository's own content roots). */
  ownRoot: boolean;
  force: boolean;
}

/** A command line the script cannot follow: said in words, exit 1. */
export class UsageError extends Error {}

/** Reads the media scripts' options from `argv` (process.argv.slice(2)). */
export function parseMediaArgs(argv: readonly string[]): MediaArgs {
  const out: MediaArgs = { roots: CONTENT_ROOTS, ownRoot: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--force') out.force = true;
    else if (arg === '--exhibit') out.exhibit = value();
    else if (arg === '--chapter') out.chapter = value();
    else if (arg === '--root') {
      const root = value();
      if (!existsSync(join(root, 'exhibits')))
        throw new UsageError(`--root ${root}: no exhibits/ folder there`);
      out.roots = [root];
      out.ownRoot = true;
    } else
      throw new UsageError(
        `unknown option "${arg}": use --exhibit <id>, --chapter <c>, --root <dir> or --force`,
      );
  }
  if (out.chapter && !out.exhibit) throw new UsageError('--chapter needs --exhibit <id> too');
  return out;
}

/** The exhibits the options select: each { root, id } with an exhibit.json. */
export function selectedExhibits(args: MediaArgs): { root: string; id: string }[] {
  const all = findExhibits(args.roots).filter(({ root, id }) =>
    existsSync(join(root, 'exhibits', id, 'exhibit.json')),
  );
  const chosen = args.exhibit ? all.filter((e) => e.id === args.exhibit) : all;
  if (args.exhibit && !chosen.length)
    throw new UsageError(
      `no exhibit "${args.exhibit}" under ${args.roots.map((r) => resolve(r)).join(', ')}`,
    );
  return chosen;
}

/** Prints one progress line: `progress 3/12 Voicing “Strike” in Russian, sentence 3 of 5`. */
export function progress(done: number, total: number, words: string): void {
  console.log(`progress ${done}/${total} ${words}`);
}

const english = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language's name in English ("Russian"), for progress lines. */
export function languageName(lang: string): string {
  try {
    return english.of(lang) ?? BUILT_IN_UI[lang]?.languageName ?? lang;
  } catch {
    return lang;
  }
}

/**
 * Runs a media script's main part: a usage error is said in words (exit 1); a tool that vanished
 * while it ran (spawn ENOENT) gets tools.mjs's message and exit 3; nothing ends in a stack trace
 * for those. Any other error is said as its message (exit 1).
 */
export async function runMediaScript(what: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { path?: string; spawnargs?: string[] };
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    if (
      err?.code === 'ENOENT' &&
      typeof err.syscall === 'string' &&
      err.syscall.startsWith('spawn')
    ) {
      const name = err.path ?? String(err.syscall).replace(/^spawn(Sync)? /, '');
      const pkg = (COMMAND_PACKAGES as Record<string, string>)[name] ?? name;
      process.stderr.write(
        missingToolsMessage([{ name, pkg, what: `the command \`${name}\`` }], what),
      );
      process.exit(MISSING_TOOL);
    }
    process.stderr.write(`Cannot make ${what}: ${err?.message ?? String(e)}\n`);
    process.exit(1);
  }
}
