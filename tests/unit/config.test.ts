// The default exhibit is the build's data (exhibits/default.json), not a name in the engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXHIBIT, defaultExhibit, readConfig } from '../../src/config.ts';

describe('the default exhibit', () => {
  it('is the one exhibits/default.json names', () => {
    const file = JSON.parse(readFileSync('exhibits/default.json', 'utf8')) as { exhibit: string };
    expect(DEFAULT_EXHIBIT).toBe(file.exhibit);
    expect(readConfig('', false).exhibitId).toBe(file.exhibit);
    expect(readConfig('?exhibit=test-exhibit', false).exhibitId).toBe('test-exhibit');
  });

  it('a missing or malformed id stops the build with the file, the field and the fix', () => {
    for (const bad of [{}, { exhibit: 'My Exhibit' }, { exhibit: 3 }])
      expect(() => defaultExhibit(bad)).toThrow(
        'exhibits/default.json: at exhibit: expected the id of a folder in exhibits/',
      );
  });
});
