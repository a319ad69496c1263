// Atmosphere names are checked against the engine's layers and those the exhibit's extension
// registers: Uprising may ask for kites, an exhibit without them is told what to write instead.
import { describe, expect, it } from 'vitest';
import { checkAtmospheres } from '../../src/content/atmospheres.ts';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { fsReader } from '../../scripts/fsReader.ts';

describe('atmosphere names', () => {
  it("come from the exhibit's extension on disk", async () => {
    expect(await fsReader('.', 'uprising').extensionAtmospheres!()).toEqual([
      'kites',
      'searchlight',
    ]);
    expect(await fsReader('tests/fixtures', 'test-exhibit').extensionAtmospheres!()).toEqual([]);
  });

  it('an unregistered layer names the file, the field and what to write', async () => {
    const base = fsReader('tests/fixtures', 'test-exhibit');
    const reader = {
      ...base,
      readExhibitFile: async (p: string) => {
        const text = await base.readExhibitFile(p);
        return p === 'chapters/first-light.json'
          ? text?.replace('"atmosphere": ["snow", "grain"]', '"atmosphere": ["snow", "kites"]')
          : text;
      },
    };
    const errors = await loadExhibit(reader).then(
      () => [],
      (e: unknown) => (e instanceof ContentLoadError ? e.errors.map(formatError) : [String(e)]),
    );
    expect(errors).toEqual([
      'tests/fixtures/exhibits/test-exhibit/chapters/first-light.json: at atmosphere[1]: ' +
        '"kites" is not an atmosphere of this exhibit: write one of snow, dust, grain, or register ' +
        '"kites" in exhibits/test-exhibit/extension/index.ts',
    ]);
  });

  it('a registered layer is accepted, an unknown one is not', () => {
    expect(checkAtmospheres(['kites', 'grain'], ['kites'], 'x', 'f.json')).toEqual([]);
    expect(checkAtmospheres(['searchlight'], ['kites'], 'x', 'f.json').map((e) => e.path)).toEqual([
      'atmosphere[0]',
    ]);
  });
});
