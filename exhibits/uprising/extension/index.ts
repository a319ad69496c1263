// Uprising's additions to the engine: kites and a searchlight over the zone, dust under the
// attract loop, and its base map with the Soviet Union's outline. Loaded only for this exhibit.
import type { ExhibitExtension } from '../../../src/scenes/extension.ts';
import type { Basemap } from '../../../src/scenes/map/current.ts';

/** Registered with the engine by src/scenes/extensions.ts. */
export const extension: ExhibitExtension = {
  atmospheres: {
    kites: () => import('./Kites.ts').then((m) => () => new m.Kites()),
    searchlight: () => import('./Searchlight.ts').then((m) => () => new m.Searchlight()),
  },
  attract: ['dust'],
  basemap: () => import('./basemap.json').then((m) => m.default as unknown as Basemap),
};
