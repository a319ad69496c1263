// Turns schema failures into messages an author can act on:
// `exhibits/x/chapters/02.json: at cues[3](type = map).markers[0].lat: expected …, got "69N"`.
import type { z } from 'zod';
import { FileProblem } from './limits.ts';

/** One problem in one content file. */
export interface ContentError {
  file: string;
  path: string;
  message: string;
}

/** A failure to load an exhibit, carrying every problem found. */
export class ContentLoadError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map(formatError).join('\n'));
    this.name = 'ContentLoadError';
  }
}

/**
 * Runs a reader call; a file the reader refused (FileProblem: too large, a web page, a 404) becomes
 * an error from `blame` and the result undefined. Any other failure is thrown on.
 */
export async function refused<T>(
  read: () => Promise<T>,
  errors: ContentError[],
  blame: (problem: FileProblem) => ContentError | undefined,
): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    if (!(e instanceof FileProblem)) throw e;
    const error = blame(e);
    if (error) errors.push(error);
    return undefined;
  }
}

/** `file: at path: message`, or `file: message` for whole-file problems. */
export function formatError(e: ContentError): string {
  return e.path ? `${e.file}: at ${e.path}: ${e.message}` : `${e.file}: ${e.message}`;
}

/** Writes a path like `cues[3](type = map).markers[0].lat`, naming the type of each typed element. */
export function formatPath(path: readonly PropertyKey[], data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    node =
      isRecord(node) || Array.isArray(node)
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === 'number' && isRecord(node) && typeof node.type === 'string')
      out += `(type = ${node.type})`;
  }
  return out;
}

/** Shows a value as an author would recognise it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isRecord(value)) {
    const n = Object.keys(value).length;
    return `an object of ${n} ${n === 1 ? 'entry' : 'entries'}`;
  }
  return String(value);
}

/** Converts schema issues into content errors for `file`. */
export function fromSchemaIssues(
  file: string,
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
): ContentError[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        path: formatPath([...issue.path, key], data),
        message: 'unknown field: remove it or check its spelling',
      }));
    }
    const value = valueAt(data, issue.path);
    const message = issue.message.startsWith('expected')
      ? issue.message
      : `expected ${issue.message}`;
    return [
      {
        file,
        path: formatPath(issue.path, data),
        message: `${message}, got ${tooLong(issue, value) ?? describeValue(value)}`,
      },
    ];
  });
}

// A text over its limit is told by its length: its start alone would not show how much to cut.
function tooLong(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (issue.code !== 'too_big' || typeof value !== 'string') return undefined;
  return `${value.trim().length} characters: ${describeValue(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const key of path) {
    if (!isRecord(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
