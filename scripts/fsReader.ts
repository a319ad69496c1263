// Reads exhibits from disk for `npm run check` and the content tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FILE, FileProblem, fileKind, tooLarge } from '../src/content/limits.ts';
import type { ContentReader } from '../src/content/reader.ts';
import type { ExhibitExtension } from '../src/scenes/extension.ts';

/** Folders that each hold `exhibits/<id>/` and `media/<id>/`; the same list the Vite plugin serves. */
export const CONTENT_ROOTS = ['.', 'tests/fixtures'];

/** Every exhibit folder in the content roots, as { root, id }. */
export function findExhibits(roots = CONTENT_ROOTS): { root: string; id: string }[] {
  return roots.flatMap((root) => {
    const dir = join(root, 'exhibits');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((id) => statSync(join(dir, id)).isDirectory())
      .map((id) => ({ root, id }));
  });
}

// Files in the project are named from it; others (a copy about to be deployed) by their full path.
function label(file: string): string {
  const near = relative('.', file);
  return near.startsWith('..') ? resolve(file) : near;
}

/** A reader over `<root>/exhibits/<id>/` and `<root>/media/<id>/`. */
export function fsReader(root: string, id: string): ContentReader {
  const exhibitDir = join(root, 'exhibits', id);
  const mediaDir = join(root, 'media', id);
  // A file over its kind's size limit is refused before it is read (limits.ts).
  const sized = (file: string, p: string) => {
    if (!existsSync(file)) return false;
    const kind = fileKind(p);
    const { size } = statSync(file);
    if (size > FILE[kind].max) throw new FileProblem(tooLarge(kind, size));
    return true;
  };
  const read = (file: string, p: string) =>
    sized(file, p) ? readFileSync(file, 'utf8') : undefined;
  return {
    readExhibitFile: async (p) => read(join(exhibitDir, p), p),
    readMediaText: async (p) => read(join(mediaDir, p), p),
    mediaExists: async (p) => sized(join(mediaDir, p), p),
    mediaUrl: (p) => `/media/${id}/${p}`,
    exhibitLabel: (p) => label(join(exhibitDir, p)),
    mediaLabel: (p) => label(join(mediaDir, p)),
    // The extension's module names its layers without loading them (Pixi needs a browser).
    extensionAtmospheres: async () => {
      const file = resolve(exhibitDir, 'extension', 'index.ts');
      if (!existsSync(file)) return [];
      const mod = (await import(pathToFileURL(file).href)) as { extension?: ExhibitExtension };
      return Object.keys(mod.extension?.atmospheres ?? {});
    },
  };
}
