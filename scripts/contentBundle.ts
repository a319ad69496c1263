// The build's content bundles (issue 20): `exhibits/<id>/bundle.json` beside each exhibit in a
// built kiosk, holding every text file its loader reads (src/content/readerBundle.ts says which),
// so that a kiosk reads its content with one request. Made from the build's own copy of the
// content, after the content plugin has copied it: the bundle holds exactly the files served.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUNDLE_FILE,
  BUNDLE_VERSION,
  bundles,
  type ExhibitBundle,
} from '../src/content/readerBundle.ts';

function walk(root: string, dir: string): string[] {
  const at = join(root, dir);
  if (!existsSync(at)) return [];
  return readdirSync(at, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? walk(root, rel) : [rel];
  });
}

/** Exhibit `id`'s bundle from a content root (a folder holding exhibits/<id>/ and media/<id>/). */
export function makeBundle(root: string, id: string): ExhibitBundle {
  const files: Record<string, string> = {};
  const paths = [...walk(root, `exhibits/${id}`), ...walk(root, `media/${id}`)]
    .filter((p) => bundles(id, p))
    .sort();
  for (const p of paths) files[p] = readFileSync(join(root, p), 'utf8');
  return { bundle: BUNDLE_VERSION, exhibit: id, files };
}

/** Writes every exhibit's bundle into a build's `outDir`; returns the ids bundled. */
export function writeBundles(outDir: string): string[] {
  const dir = join(outDir, 'exhibits');
  if (!existsSync(dir)) return [];
  const ids = readdirSync(dir).filter(
    (id) => statSync(join(dir, id)).isDirectory() && existsSync(join(dir, id, 'exhibit.json')),
  );
  for (const id of ids)
    writeFileSync(join(dir, id, BUNDLE_FILE), JSON.stringify(makeBundle(outDir, id)));
  return ids;
}
