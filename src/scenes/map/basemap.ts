// The base map, projected at build time (scripts/map/buildMap.ts), loaded once as its own chunk
// and drawn once into a shared GraphicsContext that every map cue reuses.
import { GraphicsContext } from 'pixi.js';
import { type MapFrame, projectPoint } from './projection.ts';
import { palette } from '../theme.ts';

export type { MapFrame };
export { projectPoint };

/** The build script's output. */
export interface Basemap {
  source: string;
  frame: MapFrame;
  land: number[][];
  ussr: number[][];
  borders: number[][];
}

let loading: Promise<Basemap> | undefined;
let loaded: Basemap | undefined;
let context: GraphicsContext | undefined;

/** Starts (once) loading the base map; the loader awaits it at boot so maps never wait. */
export function loadBasemap(): Promise<Basemap> {
  loading ??= import('./basemap.json').then((m) => (loaded = m.default as Basemap));
  return loading;
}

/** The base map if it has loaded. */
export function basemap(): Basemap | undefined {
  return loaded;
}

/** The land, the Soviet outline, borders and a graticule, drawn once in frame units. */
export function basemapContext(map: Basemap): GraphicsContext {
  if (context) return context;
  const g = new GraphicsContext();
  // Lines only, like an engraved map. Filled land would cover the screen when zoomed in, and on a
  // software renderer (SwiftShader) one full-screen fill costs 100–300 ms a frame; lines ~30 ms.
  for (const line of map.land) g.poly(line, false);
  g.stroke({ color: palette.muted, alpha: 0.3, pixelLine: true });
  for (const line of graticule(map.frame)) g.poly(line, false);
  g.stroke({ color: palette.frost, alpha: 0.07, pixelLine: true });
  for (const line of map.borders) g.poly(line, false);
  g.stroke({ color: palette.muted, alpha: 0.22, pixelLine: true });
  for (const ring of map.ussr) g.poly(ring, true);
  g.stroke({ color: palette.frost, alpha: 0.75, pixelLine: true });
  context = g;
  return g;
}

/** Parallels every 10° and meridians every 20°, projected as polylines. */
function graticule(frame: MapFrame): number[][] {
  const lines: number[][] = [];
  const along = (f: (t: number) => [number, number]) => {
    const pts: number[] = [];
    for (let t = 0; t <= 1.0001; t += 1 / 48) pts.push(...projectPoint(frame, ...f(t)));
    lines.push(pts);
  };
  for (let lat = 40; lat <= 80; lat += 10) along((t) => [0 + 180 * t, lat]);
  for (let lon = 0; lon <= 180; lon += 20) along((t) => [lon, 30 + 55 * t]);
  return lines;
}
