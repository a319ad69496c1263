// An exhibit's text in one file (issue 20): the build's bundle.json round-trips every file the
// loader reads, so a kiosk loads the same exhibit from it with no other request for text; a bad
// file inside it gives the same file and field errors as the file alone; a bundle that is not one
// names itself and the field, and the kiosk reads file by file instead.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBundle } from '../../scripts/contentBundle.ts';
import { fsReader } from '../../scripts/fsReader.ts';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import type { ContentReader } from '../../src/content/reader.ts';
import {
  bundleReader,
  bundles,
  fetchBundle,
  isBundleProblem,
  parseBundle,
  type BundleProblem,
  type ExhibitBundle,
} from '../../src/content/readerBundle.ts';

/** fsReader over `root`, counting the text it is asked for. */
function counted(root: string, id: string) {
  const reader = fsReader(root, id);
  const asked: string[] = [];
  return {
    asked,
    reader: {
      ...reader,
      readExhibitFile: (p: string) => (
        asked.push(`exhibits/${id}/${p}`),
        reader.readExhibitFile(p)
      ),
      readMediaText: (p: string) => (asked.push(`media/${id}/${p}`), reader.readMediaText(p)),
    } satisfies ContentReader,
  };
}

/** The errors loading through `reader` gives (none: []). */
async function errorsOf(reader: ContentReader): Promise<string[]> {
  try {
    await loadExhibit(reader, { checkMedia: false });
    return [];
  } catch (e) {
    if (e instanceof ContentLoadError) return e.errors.map(formatError);
    throw e;
  }
}

/** A reader over the test exhibit with some exhibit files' text replaced. */
function changed(files: Record<string, string>): ContentReader {
  const reader = fsReader('tests/fixtures', 'test-exhibit');
  return {
    ...reader,
    readExhibitFile: async (p) => files[`exhibits/test-exhibit/${p}`] ?? reader.readExhibitFile(p),
  };
}

const CH1 = 'exhibits/test-exhibit/chapters/first-light.json';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the content bundle', () => {
  it.each([
    ['.', 'uprising'],
    ['tests/fixtures', 'test-exhibit'],
    ['tests/fixtures', 'gallery'],
  ])(
    'round-trips every file the loader reads (%s, %s): the same exhibit, no file read alone',
    { timeout: 60_000 },
    async (root, id) => {
      const alone = counted(root, id);
      const expected = await loadExhibit(alone.reader, { checkMedia: false });
      const bundle = makeBundle(root, id);
      // Every text file the loader read file by file is in the bundle.
      expect(alone.asked.length).toBeGreaterThan(2);
      for (const file of alone.asked)
        if (file in bundle.files || bundles(id, file)) continue;
        else throw new Error(`${file} is read by the loader but a bundle would not hold it`);
      const fallback = counted(root, id);
      const fromBundle = await loadExhibit(bundleReader(id, bundle, fallback.reader), {
        checkMedia: false,
      });
      expect(fromBundle).toEqual(expected);
      expect(fallback.asked).toEqual([]);
      // And bundle.json's own text reads back as the bundle.
      expect(parseBundle(JSON.stringify(bundle), id)).toEqual(bundle);
    },
  );

  it('holds the exhibit’s JSON, captions and ledgers, not its code, notes or other media', () => {
    expect(bundles('x', 'exhibits/x/exhibit.json')).toBe(true);
    expect(bundles('x', 'exhibits/x/plans/camp.json')).toBe(true);
    expect(bundles('x', 'media/x/narration/a.en.vtt')).toBe(true);
    expect(bundles('x', 'media/x/descriptions.json')).toBe(true);
    expect(bundles('x', 'media/x/voices.json')).toBe(true);
    expect(bundles('x', 'exhibits/x/bundle.json')).toBe(false);
    expect(bundles('x', 'exhibits/x/extension/data.json')).toBe(false);
    expect(bundles('x', 'exhibits/x/media-wanted.md')).toBe(false);
    expect(bundles('x', 'media/x/manifest.json')).toBe(false);
    expect(bundles('x', 'media/x/narration/a.en.opus')).toBe(false);
    expect(bundles('x', 'exhibits/y/exhibit.json')).toBe(false);
  });

  it('a bad chapter inside a bundle gives the errors the file alone gives', async () => {
    const bundle = makeBundle('tests/fixtures', 'test-exhibit');
    const chapter = JSON.parse(bundle.files[CH1]!) as { title: unknown };
    chapter.title = 42;
    const files = {
      [CH1]: JSON.stringify(chapter),
      'exhibits/test-exhibit/chapters/second-step.json': '{ "id": ',
    };
    const expected = await errorsOf(changed(files));
    expect(expected.join('\n')).toMatch(/first-light\.json: at title: /);
    expect(expected.join('\n')).toMatch(/second-step\.json: not valid JSON/);
    const bad: ExhibitBundle = { ...bundle, files: { ...bundle.files, ...files } };
    const fallback = counted('tests/fixtures', 'test-exhibit');
    expect(await errorsOf(bundleReader('test-exhibit', bad, fallback.reader))).toEqual(expected);
    expect(fallback.asked).toEqual([]);
  });

  it('a file a bundle would hold but does not is not found, and not asked for again', async () => {
    const bundle = makeBundle('tests/fixtures', 'test-exhibit');
    delete bundle.files[CH1];
    const fallback = counted('tests/fixtures', 'test-exhibit');
    const errors = await errorsOf(bundleReader('test-exhibit', bundle, fallback.reader));
    expect(errors.join('\n')).toMatch(
      /first-light\.json: file not found: create it or fix the id that points to it/,
    );
    expect(fallback.asked).toEqual([]);
  });

  it('a file in a bundle over its kind’s limit is refused as the server’s would be', async () => {
    const bundle = makeBundle('tests/fixtures', 'test-exhibit');
    const vtt = 'media/test-exhibit/narration/second-step.ru.vtt';
    bundle.files[vtt] = `WEBVTT\n\n${'x'.repeat(300 * 1024)}`;
    const errors = await errorsOf(
      bundleReader('test-exhibit', bundle, fsReader('tests/fixtures', 'test-exhibit')),
    );
    expect(errors.join('\n')).toMatch(
      /second-step\.json: at narration\.ru\.captions: media file \S+second-step\.ru\.vtt: too large: .+, more than the 256 KB a caption file may have; it was not read/,
    );
  });

  it.each<[string, string, string, string]>([
    ['not JSON', '{ "bundle": 1,', '', 'not valid JSON'],
    ['another version', '{"bundle":2,"exhibit":"x","files":{}}', 'bundle', 'expected 1, got 2'],
    [
      'another exhibit',
      '{"bundle":1,"exhibit":"y","files":{}}',
      'exhibit',
      'expected "x", got "y"',
    ],
    [
      'a file that is not text',
      '{"bundle":1,"exhibit":"x","files":{"exhibits/x/chapters/a.json":{"id":"a"}}}',
      'files["exhibits/x/chapters/a.json"]',
      "expected the file's text, got object",
    ],
    [
      'a file of another exhibit',
      '{"bundle":1,"exhibit":"x","files":{"exhibits/y/exhibit.json":"{}"}}',
      'files["exhibits/y/exhibit.json"]',
      'not a file of exhibit "x" a bundle may hold',
    ],
  ])('a malformed bundle (%s) names the file and the field', (_, text, path, message) => {
    const parsed = parseBundle(text, 'x');
    expect(isBundleProblem(parsed)).toBe(true);
    const problem = parsed as BundleProblem;
    expect(problem.file).toBe('exhibits/x/bundle.json');
    expect(problem.path).toBe(path);
    expect(problem.message).toContain(message);
    expect(problem.message).toContain('rebuild the kiosk');
  });
});

describe('fetchBundle', () => {
  const serve = (res: () => Response) => {
    const fetch = vi.fn(async () => res());
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('reads the build’s bundle with one request', async () => {
    const bundle = makeBundle('tests/fixtures', 'test-exhibit');
    const fetch = serve(
      () =>
        new Response(JSON.stringify(bundle), { headers: { 'Content-Type': 'application/json' } }),
    );
    expect(await fetchBundle('test-exhibit', '/kiosk/')).toEqual(bundle);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual([
      '/kiosk/exhibits/test-exhibit/bundle.json',
      { cache: 'no-cache' },
    ]);
  });

  it('without one (a 404, the dev server’s page, no server) is quietly none', async () => {
    const warn = vi.fn();
    serve(() => new Response('not found', { status: 404 }));
    expect(await fetchBundle('x', '/', warn)).toBeUndefined();
    serve(() => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }));
    expect(await fetchBundle('x', '/', warn)).toBeUndefined();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchBundle('x', '/', warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('a malformed one is none, and the warning names the file and the field', async () => {
    const warn = vi.fn();
    serve(
      () =>
        new Response('{"bundle":1,"exhibit":"x","files":{"exhibits/x/exhibit.json":7}}', {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    expect(await fetchBundle('x', '/', warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledWith({
      file: 'exhibits/x/bundle.json',
      path: 'files["exhibits/x/exhibit.json"]',
      message: expect.stringContaining("expected the file's text, got number") as string,
    });
  });
});
