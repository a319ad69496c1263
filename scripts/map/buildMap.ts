// Builds the exhibit's base map once, at build time: Natural Earth 1:50m countries (world-atlas),
// simplified, projected with d3-geo and clipped to Europe and northern Asia, written as integer
// rings to src/scenes/map/basemap.json. The exhibit never runs d3 or parses TopoJSON at start-up.
// Run: npm run map
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type GeoPermissibleObjects, geoConicEquidistant, geoPath } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { MAP_PROJECTION, type MapFrame } from '../../src/scenes/map/projection.ts';

/** The frame's width in units; 1 unit is about 2 km, the resolution of the 1:50m data. */
const WIDTH = 5000;
/** The part of the world shown: from Ireland past the Bering Strait, from the Persian Gulf to the Arctic. */
const EXTENT = { west: -20, east: 195, south: 8, north: 82 };
/** Triangle area (square degrees) below which a coastline point is dropped: about 8 km detail. */
const MIN_WEIGHT = 0.003;
/** ISO 3166 numeric ids of the fifteen republics of the Soviet Union (its post-1945 outline). */
const SOVIET = [
  '643',
  '804',
  '112',
  '398',
  '440',
  '428',
  '233',
  '498',
  '268',
  '051',
  '031',
  '860',
  '795',
  '417',
  '762',
];

export const OUTPUT = 'src/scenes/map/basemap.json';

export function buildBasemap(): string {
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-50m.json');
  const version = (require('world-atlas/package.json') as { version: string }).version;
  const world = JSON.parse(readFileSync(file, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const topo = simplify(presimplify(world), MIN_WEIGHT);
  const countries = topo.objects.countries;
  const polygons = countries.geometries.filter(
    (g): g is Polygon<{ name: string }> | MultiPolygon<{ name: string }> =>
      g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const soviet = polygons.filter((g) => SOVIET.includes(String(g.id)));

  const projection = geoConicEquidistant()
    // d3's conics default to a centre of 13.9° N; zero it so the frame's affine is k·raw + t.
    .center([0, 0])
    .rotate([MAP_PROJECTION.rotate, 0])
    .parallels(MAP_PROJECTION.parallels)
    .scale(1)
    .translate([0, 0])
    .precision(0.1);
  // The frame: the projected bounds of the extent's edges, scaled to WIDTH units across.
  const edge: [number, number][] = [];
  for (let t = 0; t <= 1; t += 1 / 64) {
    const lon = EXTENT.west + (EXTENT.east - EXTENT.west) * t;
    const lat = EXTENT.south + (EXTENT.north - EXTENT.south) * t;
    edge.push([lon, EXTENT.south], [lon, EXTENT.north], [EXTENT.west, lat], [EXTENT.east, lat]);
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
    rotate: MAP_PROJECTION.rotate,
    parallels: MAP_PROJECTION.parallels,
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
    /** Coastlines, as lines (clipped lines leave no false edge at the frame's border). */
    land: rings(mesh(topo, countries, (a, b) => a === b)),
    /** The Soviet Union as one outline (modern republics merged). */
    ussr: rings(merge(topo, soviet)),
    /** Borders between countries outside the Soviet Union, and its outer land border. */
    borders: rings(
      mesh(
        topo,
        countries,
        (a, b) => a !== b && !(SOVIET.includes(String(a.id)) && SOVIET.includes(String(b.id))),
      ),
    ),
  };
  return JSON.stringify(data) + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = buildBasemap();
  writeFileSync(OUTPUT, json);
  console.log(`${OUTPUT}: ${(json.length / 1024).toFixed(0)} KB`);
}
