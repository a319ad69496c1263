// An exhibit's text content in one file (issue 20): the build writes `exhibits/<id>/bundle.json`
// holding every text file the loader reads (exhibit.json, chapters, plans, captions, the
// description and voice ledgers), so a kiosk reads its content with one request instead of one
// per file. The loader still checks every file as if it came alone: a bad chapter in a bundle
// gives the same file and field errors. Without a bundle (the dev server, the studio's preview)
// or with an unusable one, content is read file by file (reader.ts).
import { FILE, FileProblem, fileKind, tooLarge } from './limits.ts';
import type { ContentReader } from './reader.ts';

/** The file's name in `exhibits/<id>/`. */
export const BUNDLE_FILE = 'bundle.json';
/** Its format's version; a kiosk ignores a bundle of another. */
export const BUNDLE_VERSION = 1;
/** Twice the largest exhibit's text (about 400 KB for Uprising) would still be far under this. */
export const BUNDLE_MAX = 16 * 1024 * 1024;

/** What bundle.json holds: each file's text by its path under the content root. */
export interface ExhibitBundle {
  bundle: typeof BUNDLE_VERSION;
  exhibit: string;
  /** `exhibits/<id>/chapters/x.json`, `media/<id>/narration/x.en.vtt`, … → the file's text. */
  files: Record<string, string>;
}

/** The media ledgers the loader reads (loadDescriptions.ts, loadVoices.ts). */
const LEDGERS = ['descriptions.json', 'voices.json'];

/**
 * Whether a bundle of exhibit `id` holds `path` (under the content root) when the file exists:
 * every JSON file of the exhibit's folder but its code (extension/) and the bundle itself; its
 * media folder's captions (.vtt) and ledgers. A path the bundle would hold but does not is a file
 * that does not exist; any other is read from the server.
 */
export function bundles(id: string, path: string): boolean {
  const exhibit = `exhibits/${id}/`;
  const media = `media/${id}/`;
  if (path.startsWith(exhibit)) {
    const rel = path.slice(exhibit.length);
    return rel.endsWith('.json') && rel !== BUNDLE_FILE && !rel.startsWith('extension/');
  }
  if (path.startsWith(media)) {
    const rel = path.slice(media.length);
    return rel.endsWith('.vtt') || LEDGERS.includes(rel);
  }
  return false;
}

/** A bundle's problem: the file, the field and what to do, as the loader's errors name them. */
export interface BundleProblem {
  file: string;
  path: string;
  message: string;
}

/** Reads bundle.json's text; a BundleProblem (file, field, message) when it is not a bundle. */
export function parseBundle(
  text: string,
  id: string,
  label = `exhibits/${id}/${BUNDLE_FILE}`,
): ExhibitBundle | BundleProblem {
  const problem = (path: string, message: string): BundleProblem => ({
    file: label,
    path,
    message: `${message}: rebuild the kiosk (npm run build), which writes it`,
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return problem('', `not valid JSON (${(e as Error).message})`);
  }
  if (!isRecord(data)) return problem('', 'expected an object');
  if (data.bundle !== BUNDLE_VERSION)
    return problem('bundle', `expected ${BUNDLE_VERSION}, got ${JSON.stringify(data.bundle)}`);
  if (data.exhibit !== id)
    return problem('exhibit', `expected "${id}", got ${JSON.stringify(data.exhibit)}`);
  if (!isRecord(data.files)) return problem('files', 'expected an object of file texts');
  for (const [path, value] of Object.entries(data.files)) {
    if (typeof value !== 'string')
      return problem(`files["${path}"]`, `expected the file's text, got ${typeOf(value)}`);
    if (!bundles(id, path))
      return problem(`files["${path}"]`, `not a file of exhibit "${id}" a bundle may hold`);
  }
  return data as unknown as ExhibitBundle;
}

/** Whether `parseBundle` gave a problem. */
export function isBundleProblem(b: ExhibitBundle | BundleProblem): b is BundleProblem {
  return 'message' in b;
}

/**
 * A reader over `bundle`: the files it holds come from it (refused over their kind's size limit,
 * as a server's would be), the files it would hold but does not are missing, and everything else
 * (media checks, other files) goes to `fallback`.
 */
export function bundleReader(
  id: string,
  bundle: ExhibitBundle,
  fallback: ContentReader,
): ContentReader {
  const text = (key: string, p: string, read: () => Promise<string | undefined>) => {
    const value = Object.prototype.hasOwnProperty.call(bundle.files, key)
      ? bundle.files[key]
      : undefined;
    if (value === undefined) return bundles(id, key) ? Promise.resolve(undefined) : read();
    const kind = fileKind(p);
    const size = new TextEncoder().encode(value).byteLength;
    if (size > FILE[kind].max) return Promise.reject(new FileProblem(tooLarge(kind, size)));
    return Promise.resolve(value);
  };
  return {
    ...fallback,
    readExhibitFile: (p) => text(`exhibits/${id}/${p}`, p, () => fallback.readExhibitFile(p)),
    readMediaText: (p) => text(`media/${id}/${p}`, p, () => fallback.readMediaText(p)),
  };
}

/**
 * Fetches `<base>exhibits/<id>/bundle.json`: the bundle, or undefined without one (a 404, or the
 * dev server's page in its place). `warn` is told why a bundle that is there cannot be used.
 */
export async function fetchBundle(
  id: string,
  base = '/',
  warn: (problem: BundleProblem) => void = () => undefined,
): Promise<ExhibitBundle | undefined> {
  const label = `exhibits/${id}/${BUNDLE_FILE}`;
  let res: Response;
  try {
    res = await fetch(`${base}${label}`, { cache: 'no-cache' });
  } catch {
    return undefined; // offline with no copy: the files are asked for one by one, and say so
  }
  const type = res.headers.get('Content-Type') ?? '';
  if (!res.ok || /html/i.test(type)) {
    void res.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const declared = Number(res.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > BUNDLE_MAX) {
    void res.body?.cancel().catch(() => undefined);
    warn({ file: label, path: '', message: `${tooLargeBundle(declared)}` });
    return undefined;
  }
  const parsed = parseBundle(await res.text(), id, label);
  if (isBundleProblem(parsed)) {
    warn(parsed);
    return undefined;
  }
  return parsed;
}

function tooLargeBundle(size: number): string {
  return `too large: ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${BUNDLE_MAX / 1024 / 1024} MB a bundle may have; it was not read`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}
