// Base maps are built once by scripts/map/buildMap.ts; the kiosk projects its places at run time
// without d3. Both must agree, and each committed map must be what the script makes: the engine's
// neutral default and every exhibit's own (exhibits/<id>/extension/map.ts).
import { existsSync, readFileSync } from 'node:fs';
import { geoConicEquidistant } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { buildBasemap, DEFAULT_MAP, mapTarget, OUTPUT } from '../../scripts/map/buildMap.ts';
import { findExhibits } from '../../scripts/fsReader.ts';
import type { Basemap } from '../../src/scenes/map/current.ts';
import { projectPoint } from '../../src/scenes/map/projection.ts';

const exhibitMaps = findExhibits(['.'])
  .map((e) => e.id)
  .filter((id) => existsSync(`exhibits/${id}/extension/map.ts`));
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Basemap;

// Each build test makes a whole base map from its sources again: about 2 s of CPU quiet.
describe('base maps', { timeout: 60_000 }, () => {
  it('the default is what scripts/map/buildMap.ts makes (run `npm run map` after changing it)', () => {
    expect(buildBasemap(DEFAULT_MAP) === readFileSync(OUTPUT, 'utf8')).toBe(true);
  });

  for (const id of exhibitMaps) {
    it(`${id}'s is what its map.ts makes (run \`npm run map -- ${id}\`)`, async () => {
      const { config, output } = await mapTarget(id);
      expect(buildBasemap(config) === readFileSync(output, 'utf8')).toBe(true);
    });
  }

  it('the default emphasises no country and draws every border alike', () => {
    const map = read(OUTPUT);
    expect(map.emphasis).toEqual([]);
    expect(map.borders.length).toBeGreaterThan(100);
  });

  it("Uprising's shows the Soviet Union's outline over the same frame", async () => {
    const map = read((await mapTarget('uprising')).output);
    expect(map.emphasis.length).toBeGreaterThan(10);
    // Inside the outline the default draws borders (Russia–Ukraine, …) that Uprising's leaves out.
    expect(read(OUTPUT).borders.length).toBeGreaterThan(map.borders.length);
  });

  it('an exhibit without a map.ts is told where to write one', async () => {
    await expect(mapTarget('no-such-exhibit')).rejects.toThrow(
      'exhibits/no-such-exhibit/extension/map.ts: missing',
    );
  });

  it('projects places at run time exactly where d3-geo puts them', () => {
    for (const file of [OUTPUT, 'exhibits/uprising/extension/basemap.json']) {
      const f = read(file).frame;
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
    }
  });

  it('are small enough to load at boot', () => {
    for (const file of [
      OUTPUT,
      ...exhibitMaps.map((id) => `exhibits/${id}/extension/basemap.json`),
    ])
      expect(readFileSync(file, 'utf8').length, file).toBeLessThan(400_000);
  });
});
