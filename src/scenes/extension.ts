// What an exhibit may add to the engine, in `exhibits/<id>/extension/index.ts`: atmosphere layers
// of its own, its base map, the attract loop's atmosphere. The registry (extensions.ts) loads it
// only when that exhibit runs. Every part is imported lazily, so the module itself stays light
// enough for Node to read its atmosphere names when checking content (Pixi needs a browser).
import type { AtmosphereLayerView } from './atmosphere/Layer.ts';
import type { Basemap } from './map/current.ts';

/** Makes one atmosphere layer. */
export type LayerFactory = () => AtmosphereLayerView;

/** What an exhibit registers (each part optional; the engine's defaults are neutral). */
export interface ExhibitExtension {
  /** Atmosphere layers by name, each loading its code: `() => import('./Fog.ts').then(…)`. */
  atmospheres?: Record<string, () => Promise<LayerFactory>>;
  /** Layers under the attract loop: built-in names or its own (none by default). */
  attract?: string[];
  /** Its base map (`npm run map -- <id>`); the engine's neutral map without one. */
  basemap?: () => Promise<Basemap>;
}

/** An extension with its parts loaded, as scenes use it. */
export interface LoadedExtension {
  atmospheres: Record<string, LayerFactory>;
  attract: string[];
}
