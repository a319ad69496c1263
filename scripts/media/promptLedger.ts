// The spoken prompts' ledger: what text, in what voice, each keypad prompt was made from, so
// `npm run media:prompts` skips what is unchanged and the content check finds a prompt that is
// missing or made from an old title (scripts/content/checkExhibit.ts).
//
// Where it lives: the repository's content roots (CONTENT_ROOTS: the repository and
// tests/fixtures) share media/prompts.json, keyed by each prompt's path from the repository
// (`media/uprising/prompts/ru/chapter-strike`, `tests/fixtures/media/gallery/prompts/en/language`).
// Any other content root (`--root <dir>`, e.g. the studio's copy) has its own
// <dir>/media/prompts.json, keyed by the path from <dir>, so working on a copy never touches the
// repository's ledger.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILT_IN_UI } from '../../src/i18n/registry.ts';
import type { ChapterFile, ExhibitFile } from '../../src/content/schema.ts';
import { CONTENT_ROOTS } from '../fsReader.ts';
import { VOICES } from './hash.ts';

/** The repository: the folder holding scripts/. */
export const REPO = resolve(import.meta.dirname, '../..');

/** The prompts' loudness (LUFS); part of each prompt's stamp. */
export const PROMPT_LUFS = -16;

/** A prompt's entry in the ledger: its text, its voice and its level. */
export const promptStamp = (text: string, lang: string) =>
  JSON.stringify({ text, voice: VOICES[lang], lufs: PROMPT_LUFS });

/** The text a ledger entry was made from, if it can be read. */
export function stampText(stamp: string | undefined): string | undefined {
  try {
    return stamp === undefined ? undefined : (JSON.parse(stamp) as { text?: string }).text;
  } catch {
    return undefined;
  }
}

export interface PromptLedger {
  /** The ledger file. */
  file: string;
  /** True for the repository's shared ledger (media/prompts.json). */
  shared: boolean;
  /** A prompt's key in it, from the prompt's path without extension (e.g. `<root>/media/x/prompts/en/language`). */
  key: (base: string) => string;
}

/** Whether `root` is one of the repository's own content roots. */
export function isRepoRoot(root: string): boolean {
  return CONTENT_ROOTS.some((r) => resolve(REPO, r) === resolve(root));
}

/** The ledger that records the prompts under `root` (see above). */
export function promptLedger(root: string): PromptLedger {
  if (isRepoRoot(root))
    return {
      file: join(REPO, 'media', 'prompts.json'),
      shared: true,
      key: (base) => relative(REPO, resolve(base)),
    };
  return {
    file: join(root, 'media', 'prompts.json'),
    shared: false,
    key: (base) => relative(resolve(root), resolve(base)),
  };
}

/** A ledger's entries; empty when it does not exist yet. */
export function readLedger(file: string): Record<string, string> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** One spoken prompt of an exhibit, and the field its text comes from. */
export interface ExhibitPrompt {
  lang: string;
  /** `language` or `chapter-<id>`. */
  name: string;
  text: string;
  /** The prompt's path without extension: <root>/media/<id>/prompts/<lang>/<name>. */
  base: string;
  /** The chapter whose title it speaks; undefined for the language's name. */
  chapter?: string;
  /** Where its text is written: 'exhibit.json' or 'chapters/<id>.json', and the field. */
  source: { file: string; path: string };
}

/**
 * Every spoken prompt of exhibit `folder` under `root`: each language's own name, and each
 * chapter's title in each language that has a voice. `chapters` maps a chapter id to its file's
 * data (a chapter missing from it is left out).
 */
export function exhibitPrompts(
  root: string,
  folder: string,
  exhibit: Pick<ExhibitFile, 'languages' | 'chapters' | 'ui'>,
  chapters: Record<string, Pick<ChapterFile, 'title'> | undefined>,
): ExhibitPrompt[] {
  const out: ExhibitPrompt[] = [];
  const base = (lang: string, name: string) => join(root, 'media', folder, 'prompts', lang, name);
  exhibit.languages.forEach((lang, i) => {
    if (!VOICES[lang]) return;
    // Each language's own name, in its own voice: what a visitor listens for.
    const own = exhibit.ui?.[lang]?.languageName; // text: checkExhibit rejects plural forms there
    const text =
      (typeof own === 'string' ? own : undefined) ?? BUILT_IN_UI[lang]?.languageName ?? lang;
    out.push({
      lang,
      name: 'language',
      text,
      base: base(lang, 'language'),
      source: {
        file: 'exhibit.json',
        path: typeof own === 'string' ? `ui.${lang}.languageName` : `languages[${i}]`,
      },
    });
    for (const id of exhibit.chapters) {
      const title = chapters[id]?.title[lang];
      if (!title) continue;
      out.push({
        lang,
        name: `chapter-${id}`,
        text: title,
        base: base(lang, `chapter-${id}`),
        chapter: id,
        source: { file: `chapters/${id}.json`, path: `title.${lang}` },
      });
    }
  });
  return out;
}
