// The studio's file writer: reads and writes an exhibit's JSON files under a content root, formatted
// as the repository formats JSON (Prettier, .prettierrc.json), so a curator's edit is a small git
// diff. A write names the version it started from (SHA-256 of its text) and is refused when the
// file changed on disk since; a value that does not pass the schema is kept as a draft under
// `<root>/.studio/drafts/` with its errors and never written into the exhibit.
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, resolve, sep } from 'node:path';
import * as prettier from 'prettier';
import type { z } from 'zod';
import { fromSchemaIssues, type ContentError } from '../../src/content/errors.ts';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { planFile } from '../../src/cues/plan/schema.ts';
import { parseJson } from '../../src/content/jsonText.ts';
import { REPO } from './roots.ts';
import type { Draft, FileRead, FileWrite, FileWriteResult } from '../../src/studio/api.ts';

/** The folder, inside a content root, where drafts are kept (git-ignored). */
export const DRAFTS = '.studio/drafts';

/** A path the studio will not touch (outside `exhibits/` and `media/`, or climbing out). */
export class PathRefused extends Error {
  constructor(
    readonly path: string,
    why: string,
  ) {
    super(`${path || '(no path)'}: ${why}`);
    this.name = 'PathRefused';
  }
}

/** A file that is not there. */
export class FileMissing extends Error {
  constructor(readonly path: string) {
    super(`${path}: there is no such file`);
    this.name = 'FileMissing';
  }
}

/**
 * Checks a studio path (`exhibits/<id>/…` or `media/<id>/…`, forward slashes, relative) and
 * returns it with the exhibit id it belongs to. Throws PathRefused for anything else.
 */
export function checkPath(path: unknown): {
  path: string;
  area: 'exhibits' | 'media';
  exhibit: string;
} {
  if (typeof path !== 'string' || !path) throw new PathRefused('', 'a file path is needed');
  if (path.includes('\\') || path.includes('\0'))
    throw new PathRefused(path, 'use forward slashes and plain characters in paths');
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path))
    throw new PathRefused(path, 'paths are relative to the content root, like exhibits/<id>/…');
  const parts = path.split('/');
  if (parts.some((p) => p === '..' || p === '.' || p === ''))
    throw new PathRefused(path, 'a path may not climb out of its folder (no "..", ".", or "//")');
  if (posix.normalize(path) !== path)
    throw new PathRefused(path, 'the path is not in its plain form');
  const [area, exhibit] = parts;
  if ((area !== 'exhibits' && area !== 'media') || !exhibit || parts.length < 3)
    throw new PathRefused(
      path,
      'the studio only reads and writes files in exhibits/<id>/ and media/<id>/',
    );
  return { path, area, exhibit };
}

/** The file on disk behind a checked path, confined to the root. */
export function filePath(root: string, path: string): string {
  checkPath(path);
  const base = resolve(root);
  const file = resolve(base, path);
  if (!file.startsWith(base + sep)) throw new PathRefused(path, 'the path leaves the content root');
  return file;
}

/** SHA-256, hex, of a text as UTF-8. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Which schema a path's file must pass, if any. */
export function schemaFor(path: string): z.ZodType | null {
  if (/^exhibits\/[^/]+\/exhibit\.json$/.test(path)) return exhibitFile;
  if (/^exhibits\/[^/]+\/chapters\/[^/]+\.json$/.test(path)) return chapterFile;
  if (/^exhibits\/[^/]+\/plans\/[^/]+\.json$/.test(path)) return planFile;
  return null;
}

/** Schema errors of a value for a path (none for files without a schema). */
export function validate(path: string, json: unknown): ContentError[] {
  const schema = schemaFor(path);
  if (!schema) return [];
  const result = schema.safeParse(json);
  return result.success ? [] : fromSchemaIssues(path, json, result.error.issues);
}

/**
 * The text the repository's Prettier writes for a value at a path: its config (.prettierrc.json)
 * resolved for that file, parser json. A media file (Prettier ignores /media) is written as
 * JSON.stringify with two spaces, as the media scripts write it.
 */
export async function formatJson(
  root: string,
  path: string,
  json: unknown,
  /** The file's text before the edit: its one-line objects and number spellings are kept. */
  before: string | null = null,
): Promise<string> {
  filePath(root, path);
  const raw = `${serialize(json, before === null ? new Map() : layoutOf(before))}\n`;
  // The media scripts write their JSON themselves, and Prettier leaves it alone (.prettierignore).
  if (path.startsWith('media/')) return raw;
  // The repository's config, wherever the content root is (a temporary copy has none of its own).
  const config = (await prettier.resolveConfig(join(REPO, path))) ?? {};
  return prettier.format(raw, { ...config, parser: 'json' });
}

// What Prettier keeps of a JSON file's own layout, and JSON.parse loses: an object written on one
// line stays on one line (Prettier breaks it only when it is too long), and a number keeps its
// spelling (`2.0`). Both are looked up by the value's path in the file before the edit.
type Layout = Map<string, { inline?: boolean; raw?: string }>;
const key = (path: readonly (string | number)[]) => JSON.stringify(path);

/** The layout facts of a JSON text (empty when it does not parse). */
export function layoutOf(text: string): Layout {
  const layout: Layout = new Map();
  let i = 0;
  const space = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const str = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      // Prettier keeps an object expanded when its first key is on a line of its own.
      layout.set(key(path), { inline: /^[ \t]*[^\s]/.test(text.slice(i, i + 80)) });
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        const k = str();
        space();
        i++; // the colon
        value([...path, k]);
        space();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value([...path, n]);
        space();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void str();
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?|^(true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) throw new SyntaxError('not JSON');
    if (!m[3]) layout.set(key(path), { raw: m[0] });
    i += m[0].length;
  };
  try {
    value([]);
  } catch {
    return new Map();
  }
  return layout;
}

function serialize(
  v: unknown,
  layout: Layout,
  path: (string | number)[] = [],
  indent = '',
): string {
  if (typeof v === 'number') {
    const raw = layout.get(key(path))?.raw;
    return raw !== undefined && Number(raw) === v ? raw : JSON.stringify(v);
  }
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    const inner = `${indent}  `;
    const items = v.map((x, n) => `${inner}${serialize(x, layout, [...path, n], inner)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (!entries.length) return '{}';
    const inner = `${indent}  `;
    const one = (k: string, x: unknown) =>
      `${JSON.stringify(k)}: ${serialize(x, layout, [...path, k], inner)}`;
    if (layout.get(key(path))?.inline)
      return `{ ${entries.map(([k, x]) => one(k, x)).join(', ')} }`;
    return `{\n${entries.map(([k, x]) => `${inner}${one(k, x)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

function draftFile(root: string, path: string): string {
  return join(resolve(root), DRAFTS, `${path}.draft.json`);
}

/** The kept draft of a file, or null. A damaged draft file is dropped, not thrown. */
export function readDraft(root: string, path: string): Draft | null {
  const file = draftFile(root, path);
  if (!existsSync(file)) return null;
  const { json } = parseJson(readFileSync(file, 'utf8'));
  return json && typeof json === 'object' ? (json as Draft) : null;
}

/** Drops a file's draft (the curator chose the version on disk). True when there was one. */
export function deleteDraft(root: string, path: string): boolean {
  checkPath(path);
  const file = draftFile(root, path);
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}

function keepDraft(root: string, path: string, json: unknown, errors: ContentError[]): Draft {
  const draft: Draft = { path, json, errors, saved: new Date().toISOString() };
  writeAtomic(draftFile(root, path), `${JSON.stringify(draft, null, 2)}\n`);
  return draft;
}

/** Writes a file through a temporary file in the same folder and a rename: never half-written. */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** A file as it is on disk; throws FileMissing when it is not there (a malformed one is read). */
export function readContentFile(root: string, path: string): FileRead {
  const file = filePath(root, path);
  if (!/\.(json|vtt|md|txt)$/.test(path))
    throw new PathRefused(path, 'the studio reads text files here (.json, .vtt, .md, .txt)');
  if (!existsSync(file) || !statSync(file).isFile()) throw new FileMissing(path);
  const text = readFileSync(file, 'utf8');
  return { path, text, ...parseJson(text), hash: hashText(text), draft: readDraft(root, path) };
}

function diskText(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * Writes a value: `conflict` when the file on disk is not the version the edit started from
 * (nothing written), `draft` when the value fails its schema (kept with its errors; the file on
 * disk untouched), else `written` (formatted, atomically; any draft of it dropped).
 */
export async function writeContentFile(root: string, edit: FileWrite): Promise<FileWriteResult> {
  const { path } = checkPath(edit.path);
  const file = filePath(root, path);
  if (!path.endsWith('.json'))
    throw new PathRefused(
      path,
      'the studio writes JSON files here; pictures come in through the media import',
    );
  const conflict = (): FileWriteResult | null => {
    const now = diskText(file);
    const same = now === null ? edit.baseHash === null : edit.baseHash === hashText(now);
    if (same) return null;
    const disk: FileRead =
      now === null
        ? { path, text: '', json: null, parseError: null, hash: '', draft: readDraft(root, path) }
        : { path, text: now, ...parseJson(now), hash: hashText(now), draft: readDraft(root, path) };
    return { status: 'conflict', disk, mine: edit.json };
  };
  const early = conflict();
  if (early) return early;
  const errors =
    edit.json === undefined
      ? [{ file: path, path: '', message: 'the edit has no value to write' }]
      : validate(path, edit.json);
  if (errors.length) return { status: 'draft', draft: keepDraft(root, path, edit.json, errors) };
  const text = await formatJson(root, path, edit.json, diskText(file));
  // Formatting is asynchronous: look again, then compare and write with nothing in between.
  const late = conflict();
  if (late) return late;
  writeAtomic(file, text);
  deleteDraft(root, path);
  return { status: 'written', hash: hashText(text), text };
}
