// The dev server's content middleware (scripts/contentPlugin.ts) serves content files, and leaves
// the modules the app imports from the same folders (exhibits/default.json, an extension) to Vite.
import { describe, expect, it } from 'vitest';
import { isModuleRequest, resolveContentFile } from '../../scripts/contentPlugin.ts';

describe('the content middleware', () => {
  it('leaves imported modules to Vite', () => {
    expect(isModuleRequest('/exhibits/default.json?import')).toBe(true);
    expect(isModuleRequest('/exhibits/uprising/extension/index.ts')).toBe(true);
    expect(isModuleRequest('/exhibits/uprising/extension/index.ts?t=123')).toBe(true);
    expect(isModuleRequest('/exhibits/uprising/exhibit.json')).toBe(false);
    expect(isModuleRequest('/media/uprising/narration/strike.en.vtt')).toBe(false);
  });

  it('serves content files from the roots', () => {
    expect(resolveContentFile(['.'], '/exhibits/uprising/exhibit.json')).toMatch(
      /exhibits\/uprising\/exhibit\.json$/,
    );
    expect(resolveContentFile(['.'], '/exhibits/uprising/nothing.json')).toBeUndefined();
  });

  it('serves nothing outside exhibits/ and media/, however the path is written', () => {
    for (const url of [
      '/exhibits/../package.json',
      '/media/../package.json',
      '/exhibits/%2e%2e/package.json',
      '/media/..%2fpackage.json',
      '/exhibits/../../etc/passwd',
      '/package.json',
    ])
      expect(resolveContentFile(['.'], url), url).toBeUndefined();
  });
});
