// Which base map map cues draw on: the exhibit's own (its extension's) or the engine's neutral
// default, each built by scripts/map/buildMap.ts and loaded as its own chunk. No Pixi here, so the
// extension registry and its tests load without a renderer.
import type { Graticule, MapFrame } from './projection.ts';

/** The build script's output. */
export interface Basemap {
  source: string;
  frame: MapFrame;
  graticule: Graticule;
  land: number[][];
  /** The land as closed rings, holes included (fill even-odd): painted once into a texture. */
  fill: number[][];
  /** One outline drawn brighter than the borders (an exhibit's subject); empty on the default map. */
  emphasis: number[][];
  borders: number[][];
}

let current: Basemap | undefined;

/** Loads the engine's neutral base map, for an exhibit that brings none. */
export async function loadDefaultBasemap(): Promise<Basemap> {
  return (await import('./basemap.json')).default as unknown as Basemap;
}

/** Makes `map` the one map cues draw on. */
export function useBasemap(map: Basemap): void {
  current = map;
}

/** The base map if one has loaded. */
export function basemap(): Basemap | undefined {
  return current;
}
