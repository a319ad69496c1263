// The base map is built once by scripts/map/buildMap.ts; the exhibit projects its places at run
// time without d3. Both must agree, and the committed map must be what the script makes.
import { readFileSync } from 'node:fs';
import { geoConicEquidistant } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildBasemap, OUTPUT } from '../../scripts/map/buildMap.ts';
import type { Basemap } from '../../src/scenes/map/basemap.ts';
import { projectPoint } from '../../src/scenes/map/projection.ts';

const committed = readFileSync(OUTPUT, 'utf8');
const map = JSON.parse(committed) as Basemap;

// The first test builds the whole base map from its sources again: about 2 s of CPU quiet.
describe('base map', { timeout: 60_000 }, () => {
  it('is what scripts/map/buildMap.ts makes (run `npm run map` after changing it)', () => {
    expect(buildBasemap() === committed).toBe(true);
  });

  it('projects places at run time exactly where d3-geo puts them', () => {
    const f = map.frame;
    const d3 = geoConicEquidistant()
      .center([0, 0])
      .rotate([f.rotate, 0])
      .parallels(f.parallels)
      .scale(f.k)
      .translate([f.tx, f.ty]);
    for (const [lon, lat] of [
      [88.2, 69.35],
      [67.616, 47.84],
      [13.405, 52.52],
      [150.8, 59.57],
    ] as const) {
      const [x, y] = projectPoint(f, lon, lat);
      const [dx, dy] = d3([lon, lat])!;
      expect(Math.abs(x - dx) + Math.abs(y - dy)).toBeLessThan(0.01);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(f.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(f.height);
    }
  });

  it('is small enough to load at boot', () => {
    expect(committed.length).toBeLessThan(400_000);
    expect(map.ussr.length).toBeGreaterThan(10);
  });
});
