// Exhibit extensions: Uprising registers its own atmospheres and map; an exhibit without an
// extension (the test exhibit) gets the engine's neutral defaults: no Soviet outline, no kites.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT } from '../../scripts/map/buildMap.ts';
import { extensionModule, extensionOf, loadExtension } from '../../src/scenes/extensions.ts';
import { basemap } from '../../src/scenes/map/current.ts';

describe('exhibit extensions', () => {
  it('the test exhibit has none: neutral atmospheres, a still attract loop, the neutral map', async () => {
    expect(await extensionModule('test-exhibit')).toBeUndefined();
    const loaded = await loadExtension('test-exhibit');
    expect(loaded).toEqual({ atmospheres: {}, attract: [] });
    expect(extensionOf('test-exhibit')).toBe(loaded);
    const map = basemap()!;
    expect(map.emphasis).toEqual([]);
    expect(JSON.stringify(map) + '\n').toBe(readFileSync(OUTPUT, 'utf8'));
  });

  it('Uprising registers kites, a searchlight, dust under the attract loop and its own map', async () => {
    const uprising = (await extensionModule('uprising'))!;
    expect(Object.keys(uprising.atmospheres ?? {}).sort()).toEqual(['kites', 'searchlight']);
    expect(uprising.attract).toEqual(['dust']);
    const map = await uprising.basemap!();
    expect(map.emphasis.length).toBeGreaterThan(10);
  });

  it('an exhibit that has not loaded is drawn with the neutral defaults', () => {
    expect(extensionOf('never-loaded')).toEqual({ atmospheres: {}, attract: [] });
    expect(extensionOf(undefined)).toEqual({ atmospheres: {}, attract: [] });
  });
});
