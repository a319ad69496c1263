// The registry of exhibit extensions: each `exhibits/<id>/extension/index.ts` is its own chunk,
// imported only when exhibit <id> is shown, so one exhibit never loads another's code or map.
import type { ExhibitExtension, LoadedExtension } from './extension.ts';
import { loadDefaultBasemap, useBasemap } from './map/current.ts';

const modules = import.meta.glob<{ extension: ExhibitExtension }>('/exhibits/*/extension/index.ts');

/** What an exhibit without an extension gets: built-in atmospheres only, a still attract loop. */
const NEUTRAL: LoadedExtension = { atmospheres: {}, attract: [] };
const loaded = new Map<string, LoadedExtension>();

/** Exhibit `id`'s extension module, or undefined when it has none. */
export async function extensionModule(id: string): Promise<ExhibitExtension | undefined> {
  const load = modules[`/exhibits/${id}/extension/index.ts`];
  return load ? (await load()).extension : undefined;
}

/** Loads exhibit `id`'s extension with every part, and makes its base map (or the default) current. */
export async function loadExtension(id: string): Promise<LoadedExtension> {
  const done = loaded.get(id);
  if (done) return done;
  const extension = await extensionModule(id);
  const [map, atmospheres] = await Promise.all([
    (extension?.basemap ?? loadDefaultBasemap)(),
    Promise.all(
      Object.entries(extension?.atmospheres ?? {}).map(
        async ([name, load]) => [name, await load()] as const,
      ),
    ),
  ]);
  useBasemap(map);
  const result = {
    atmospheres: Object.fromEntries(atmospheres),
    attract: extension?.attract ?? [],
  };
  loaded.set(id, result);
  return result;
}

/** Exhibit `id`'s loaded extension; the neutral one when it has none (or it has not loaded). */
export function extensionOf(id: string | undefined): LoadedExtension {
  return (id && loaded.get(id)) || NEUTRAL;
}
