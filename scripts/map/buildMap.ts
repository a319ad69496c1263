// Builds a base map once, at build time: Natural Earth 1:50m countries (world-atlas), simplified,
// projected with d3-geo and clipped to an extent, written as integer rings. The kiosk never runs d3
// or parses TopoJSON at start-up. `npm run map` writes the engine's neutral default
// (src/scenes/map/basemap.json); `npm run map -- <id>` writes exhibits/<id>/extension/basemap.json
// from that exhibit's extension/map.ts (its extent, projection and emphasised borders).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { type GeoPermissibleObjects, geoConicEquidistant, geoPath } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Graticule, MapFrame } from '../../src/scenes/map/projection.ts';

/** The frame's width in units; 1 unit is about 2 km, the resolution of the 1:50m data. */
const WIDTH = 5000;
/** Triangle area (square degrees) below which a coastline point is dropped: about 8 km detail. */
const MIN_WEIGHT = 0.003;

/** The land fill's coarser detail (about 20 km) and grid (4 units): a texture blurs finer. */
const FILL_WEIGHT = 0.03;
const FILL_STEP = 4;

type Country = Polygon<{ name: string }> | MultiPolygon<{ name: string }>;
const isPolygon = (g: { type: string | null }): g is Country =>
  g.type === 'Polygon' || g.type === 'MultiPolygon';

/** What one base map shows: an exhibit's `extension/map.ts` exports one as `map`. */
export interface MapConfig {
  /** Equidistant conic: central meridian -rotate, two standard parallels (degrees). */
  projection: { rotate: number; parallels: [number, number] };
  /** The part of the world shown, in degrees. */
  extent: { west: number; east: number; south: number; north: number };
  /** ISO 3166 numeric ids of countries merged into one emphasised outline (none: no emphasis). */
  emphasis: string[];
  /** Graticule lines: parallels and meridians as [first, last, step], and the span each is drawn over. */
  graticule: Graticule;
}

/**
 * The engine's own base map: Europe and northern Asia, every country's border alike, nothing
 * emphasised. An exhibit without its own map (the test exhibit) shows this one.
 */
export const DEFAULT_MAP: MapConfig = {
  projection: { rotate: -80, parallels: [52, 68] },
  extent: { west: -20, east: 195, south: 8, north: 82 },
  emphasis: [],
  graticule: { parallels: [40, 80, 10], meridians: [0, 180, 20], lon: [0, 180], lat: [30, 85] },
};

/** Where the engine's default map is written. */
export const OUTPUT = 'src/scenes/map/basemap.json';

/** The config and output file for exhibit `id`'s map, or the engine's default without an id. */
export async function mapTarget(id?: string): Promise<{ config: MapConfig; output: string }> {
  if (!id) return { config: DEFAULT_MAP, output: OUTPUT };
  const dir = `exhibits/${id}/extension`;
  if (!existsSync(`${dir}/map.ts`))
    throw new Error(
      `${dir}/map.ts: missing; export \`map\` (a MapConfig) there to give ${id} a map`,
    );
  const mod = (await import(pathToFileURL(resolve(dir, 'map.ts')).href)) as { map?: MapConfig };
  if (!mod.map) throw new Error(`${dir}/map.ts: expected \`export const map: MapConfig = {…}\``);
  return { config: mod.map, output: `${dir}/basemap.json` };
}

/** The base map for `config`, as the JSON the kiosk loads. */
export function buildBasemap(config: MapConfig = DEFAULT_MAP): string {
  const { extent, projection: proj } = config;
  const emphasised = new Set(config.emphasis);
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-50m.json');
  const version = (require('world-atlas/package.json') as { version: string }).version;
  const world = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const topo = simplify(presimplify(world), MIN_WEIGHT);
  const fillTopo = simplify(presimplify(world), FILL_WEIGHT);
  const countries = topo.objects.countries;
  const polygons = countries.geometries.filter(isPolygon);
  const emphasis = polygons.filter((g) => emphasised.has(String(g.id)));

  const projection = geoConicEquidistant()
    // d3's conics default to a centre of 13.9° N; zero it so the frame's affine is k·raw + t.
    .center([0, 0])
    .rotate([proj.rotate, 0])
    .parallels(proj.parallels)
    .scale(1)
    .translate([0, 0])
    .precision(0.1);
  // The frame: the projected bounds of the extent's edges, scaled to WIDTH units across.
  const edge: [number, number][] = [];
  for (let t = 0; t <= 1; t += 1 / 64) {
    const lon = extent.west + (extent.east - extent.west) * t;
    const lat = extent.south + (extent.north - extent.south) * t;
    edge.push([lon, extent.south], [lon, extent.north], [extent.west, lat], [extent.east, lat]);
  }
  const pts = edge.map((p) => projection(p)!);
  const minX = Math.min(...pts.map((p) => p[0]));
  const maxX = Math.max(...pts.map((p) => p[0]));
  const minY = Math.min(...pts.map((p) => p[1]));
  const maxY = Math.max(...pts.map((p) => p[1]));
  const k = WIDTH / (maxX - minX);
  const height = Math.round((maxY - minY) * k);
  projection
    .scale(k)
    .translate([-minX * k, -minY * k])
    .clipExtent([
      [-2, -2],
      [WIDTH + 2, height + 2],
    ]);
  // d3 maps raw (rx, ry) to (k·rx + tx, ty − k·ry); recover tx, ty from the translate above.
  const frame: MapFrame = {
    rotate: proj.rotate,
    parallels: proj.parallels,
    k,
    tx: -minX * k,
    ty: -minY * k,
    width: WIDTH,
    height,
  };

  const rings = (geo: GeoPermissibleObjects) => {
    const out: number[][] = [];
    let ring: number[] = [];
    const context = {
      moveTo(x: number, y: number) {
        if (ring.length >= 6) out.push(ring);
        ring = [Math.round(x), Math.round(y)];
      },
      lineTo(x: number, y: number) {
        const rx = Math.round(x);
        const ry = Math.round(y);
        if (rx !== ring.at(-2) || ry !== ring.at(-1)) ring.push(rx, ry);
      },
      closePath() {},
      arc() {},
    };
    geoPath(projection, context as unknown as CanvasRenderingContext2D)(geo);
    if (ring.length >= 6) out.push(ring);
    return out;
  };

  const data = {
    source: `Natural Earth 1:50m countries, via world-atlas ${version}; projected by scripts/map/buildMap.ts`,
    frame,
    graticule: config.graticule,
    /** Coastlines, as lines (clipped lines leave no false edge at the frame's border). */
    land: rings(mesh(topo, countries, (a, b) => a === b)),
    /**
     * The land as closed rings (holes included: fill them even-odd), coarser than the coastline:
     * the kiosk paints it once into a texture under the lines (src/scenes/map/basemap.ts).
     */
    fill: rings(merge(fillTopo, fillTopo.objects.countries.geometries.filter(isPolygon))).map(
      (ring) => ring.map((v) => Math.round(v / FILL_STEP) * FILL_STEP),
    ),
    /** The emphasised countries as one outline (empty when none are). */
    emphasis: emphasis.length ? rings(merge(topo, emphasis)) : [],
    /** Borders between countries, except inside the emphasised outline. */
    borders: rings(
      mesh(
        topo,
        countries,
        (a, b) => a !== b && !(emphasised.has(String(a.id)) && emphasised.has(String(b.id))),
      ),
    ),
  };
  return JSON.stringify(data) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { config, output } = await mapTarget(process.argv[2]);
  const json = buildBasemap(config);
  writeFileSync(output, json);
  console.log(`${output}: ${(json.length / 1024).toFixed(0)} KB`);
}
