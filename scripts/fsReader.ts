// Reads exhibits from disk for `npm run check` and the content tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentReader } from '../src/content/reader.ts';

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

/** A reader over `<root>/exhibits/<id>/` and `<root>/media/<id>/`. */
export function fsReader(root: string, id: string): ContentReader {
  const exhibitDir = join(root, 'exhibits', id);
  const mediaDir = join(root, 'media', id);
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  return {
    readExhibitFile: async (p) => read(join(exhibitDir, p)),
    readMediaText: async (p) => read(join(mediaDir, p)),
    mediaExists: async (p) => existsSync(join(mediaDir, p)),
    mediaUrl: (p) => `/media/${id}/${p}`,
    exhibitLabel: (p) => relative('.', join(exhibitDir, p)),
    mediaLabel: (p) => relative('.', join(mediaDir, p)),
  };
}
