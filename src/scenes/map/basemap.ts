// The base map (current.ts: the exhibit's or the engine's neutral one), drawn once into a shared
// GraphicsContext that every map cue reuses.
import { DOMAdapter, GraphicsContext, Texture } from 'pixi.js';
import { type Basemap, basemap } from './current.ts';
import { type Graticule, type MapFrame, projectPoint } from './projection.ts';
import { palette } from '../theme.ts';

export type { Basemap, MapFrame };
export { basemap, projectPoint };

let context: { map: Basemap; g: GraphicsContext } | undefined;

/** The land, borders, a graticule and the emphasised outline, drawn once in frame units. */
export function basemapContext(map: Basemap): GraphicsContext {
  if (context?.map === map) return context.g;
  const g = new GraphicsContext();
  // Lines, like an engraved map; the land's fill is a texture under them (landTexture): a live
  // Graphics fill covers the screen when zoomed in, and on a software renderer (SwiftShader) costs
  // 267–367 ms a frame, where one textured quad costs a few.
  for (const line of map.land) g.poly(line, false);
  g.stroke({ color: palette.muted, alpha: 0.3, pixelLine: true });
  for (const line of graticule(map.frame, map.graticule)) g.poly(line, false);
  g.stroke({ color: palette.frost, alpha: 0.07, pixelLine: true });
  for (const line of map.borders) g.poly(line, false);
  g.stroke({ color: palette.muted, alpha: 0.22, pixelLine: true });
  if (map.emphasis.length) {
    for (const ring of map.emphasis) g.poly(ring, true);
    g.stroke({ color: palette.frost, alpha: 0.75, pixelLine: true });
  }
  context = { map, g };
  return g;
}

/** Texels across the land texture: about 2 frame units (4 km) each on a 5,000-unit frame. */
const LAND_TEXELS = 2048;

let land: { map: Basemap; texture: Texture } | undefined;

/**
 * The land filled once, with a 2D canvas, into a texture the map cues share: a sprite of it is one
 * quad a frame. Its edges are soft at close zoom; the coastline drawn over it keeps them exact.
 */
let landOn = true;

/** Whether map cues lay the filled land under their lines (the stage turns it off in software). */
export function paintLand(on: boolean): void {
  landOn = on;
}

/** Whether map cues fill the land (see paintLand). */
export function landPainted(): boolean {
  return landOn;
}

export function landTexture(map: Basemap): Texture {
  if (land?.map === map) return land.texture;
  land?.texture.destroy(true);
  const { width, height } = map.frame;
  const s = LAND_TEXELS / width;
  const canvas = DOMAdapter.get().createCanvas(LAND_TEXELS, Math.ceil(height * s));
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(s, 0, 0, s, 0, 0);
  ctx.beginPath();
  for (const ring of map.fill) {
    ctx.moveTo(ring[0]!, ring[1]!);
    for (let i = 2; i < ring.length; i += 2) ctx.lineTo(ring[i]!, ring[i + 1]!);
    ctx.closePath();
  }
  ctx.fillStyle = `#${palette.groundLift.toString(16).padStart(6, '0')}`;
  ctx.fill('evenodd');
  const texture = Texture.from(canvas as HTMLCanvasElement);
  land = { map, texture };
  return texture;
}

/** The graticule's parallels and meridians, projected as polylines. */
export function graticule(frame: MapFrame, lines: Graticule): number[][] {
  const out: number[][] = [];
  const along = (f: (t: number) => [number, number]) => {
    const pts: number[] = [];
    for (let t = 0; t <= 1.0001; t += 1 / 48) pts.push(...projectPoint(frame, ...f(t)));
    out.push(pts);
  };
  const [lon0, lon1] = lines.lon;
  const [lat0, lat1] = lines.lat;
  const [p0, p1, pStep] = lines.parallels;
  const [m0, m1, mStep] = lines.meridians;
  for (let lat = p0; lat <= p1; lat += pStep) along((t) => [lon0 + (lon1 - lon0) * t, lat]);
  for (let lon = m0; lon <= m1; lon += mStep) along((t) => [lon, lat0 + (lat1 - lat0) * t]);
  return out;
}
