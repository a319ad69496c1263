// The browser's loader reads content over HTTP (fetchReader). A file the server does not have says
// "not found (404)"; a web page where JSON belongs names its Content-Type; an oversize answer is
// refused from its Content-Length, or after its first bytes over the limit, and never parsed.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, setup } from 'xstate';
import { loaderActor } from '../../src/actors/loader.ts';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { fetchReader } from '../../src/content/reader.ts';

const TYPES: Record<string, string> = {
  json: 'application/json',
  vtt: 'text/vtt; charset=utf-8',
  opus: 'audio/ogg',
  mp3: 'audio/mpeg',
};

type Answer = (method: string) => Response | undefined;

/** A server for the test exhibit from disk, with some paths answered otherwise. */
function serve(overrides: Record<string, Answer> = {}) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const own = overrides[url]?.(method);
    if (own) return own;
    const path = url.replace(/^\/(exhibits|media)\//, 'tests/fixtures/$1/');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(readFileSync(path));
    } catch {
      return new Response('not found', { status: 404 });
    }
    const type = TYPES[url.split('.').pop()!] ?? 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Content-Length': String(body.length) };
    return new Response(method === 'HEAD' ? null : body, { headers });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A 50 MB body in 64 KB chunks, counting what was taken from it. */
function endless(size = 50 * 1024 ** 2) {
  const taken = { bytes: 0 };
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (taken.bytes >= size) return controller.close();
      taken.bytes += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, taken };
}

async function bootErrors(checkMedia = false): Promise<string[]> {
  try {
    await loadExhibit(fetchReader('test-exhibit'), { checkMedia });
  } catch (e) {
    if (e instanceof ContentLoadError) return e.errors.map(formatError);
    throw e;
  }
  throw new Error('expected the exhibit to fail');
}

const EX = 'exhibits/test-exhibit/exhibit.json';
const CH2 = 'exhibits/test-exhibit/chapters/second-step.json';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('fetchReader', () => {
  it('loads the test exhibit as served', async () => {
    serve();
    const exhibit = await loadExhibit(fetchReader('test-exhibit'));
    expect(exhibit.chapters).toHaveLength(2);
  });

  it('a chapter the server does not have (404) is "not found", with what to check', async () => {
    serve({ [`/${CH2}`]: () => new Response('Not Found', { status: 404 }) });
    expect(await bootErrors()).toEqual([
      `${CH2}: not found (404): the server has no such file; check that it was copied to the kiosk with the rest of the exhibit, or fix the name that points to it`,
    ]);
  });

  it('a web page where a chapter belongs names the Content-Type, not "Unexpected token"', async () => {
    const page = '<!doctype html><html><body><div id="ui"></div></body></html>';
    serve({
      [`/${CH2}`]: () =>
        new Response(page, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
    });
    const errors = await bootErrors();
    expect(errors).toEqual([
      `${CH2}: expected JSON, but the server sent a web page (Content-Type: text/html; charset=utf-8), as servers do for a missing file: check that the file is on the kiosk's server under this name`,
    ]);
    expect(errors.join()).not.toMatch(/Unexpected token/);
  });

  it('another server error names its status', async () => {
    serve({
      [`/${CH2}`]: () => new Response('', { status: 503, statusText: 'Service Unavailable' }),
    });
    expect(await bootErrors()).toEqual([
      `${CH2}: the server answered 503 Service Unavailable instead of the file: check the kiosk's server and its log`,
    ]);
  });

  it('a 50 MB exhibit.json is refused from its Content-Length, its body never read', async () => {
    const { body, taken } = endless();
    const parse = vi.spyOn(JSON, 'parse');
    serve({
      [`/${EX}`]: () =>
        new Response(body, {
          headers: { 'Content-Type': 'application/json', 'Content-Length': String(50 * 1024 ** 2) },
        }),
    });
    expect(await bootErrors()).toEqual([
      `${EX}: too large: 50.0 MB, more than the 512 KB an exhibit file may have; it was not read: shorten its texts`,
    ]);
    expect(parse).not.toHaveBeenCalled();
    // A stream may pull a chunk ahead on its own; nothing more is taken.
    expect(taken.bytes).toBeLessThanOrEqual(128 * 1024);
  });

  it('a 50 MB answer without Content-Length is cut off just past the limit', async () => {
    const { body, taken } = endless();
    const parse = vi.spyOn(JSON, 'parse');
    serve({
      [`/${EX}`]: () => new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    });
    expect(await bootErrors()).toEqual([
      `${EX}: too large: more than 576 KB, more than the 512 KB an exhibit file may have; it was not read: shorten its texts`,
    ]);
    expect(parse).not.toHaveBeenCalled();
    expect(taken.bytes).toBeLessThan(1024 * 1024);
  });

  it('an oversize caption file is named with the field that points to it', async () => {
    const { body } = endless();
    const vtt = '/media/test-exhibit/narration/second-step.ru.vtt';
    serve({ [vtt]: () => new Response(body, { headers: { 'Content-Type': 'text/vtt' } }) });
    expect(await bootErrors()).toEqual([
      `${CH2}: at narration.ru.captions: media file media/test-exhibit/narration/second-step.ru.vtt: too large: more than 320 KB, more than the 256 KB a caption file may have; it was not read: check it is WebVTT captions`,
    ]);
  });

  it('an audio file over its limit is refused from a HEAD request, named with its field', async () => {
    const opus = '/media/test-exhibit/music/bed.opus';
    serve({
      [opus]: () =>
        new Response(null, {
          headers: { 'Content-Type': 'audio/ogg', 'Content-Length': String(40 * 1024 ** 2) },
        }),
    });
    const errors = await bootErrors(true);
    expect(errors).toContain(
      `${EX}: at music.audio[0]: media file media/test-exhibit/music/bed.opus: too large: 40.0 MB, more than the 16.0 MB an audio file may have; it was not read: encode it as Opus or MP3 (npm run media)`,
    );
  });
});

describe('the boot loader', () => {
  it(
    'leaves an oversize audio file unread after boot and logs it by name',
    { timeout: 30_000 },
    async () => {
      const { body, taken } = endless();
      const bed = '/media/test-exhibit/music/bed.opus';
      serve({
        [bed]: () =>
          new Response(body, {
            headers: { 'Content-Type': 'audio/ogg', 'Content-Length': String(50 * 1024 ** 2) },
          }),
      });
      const warnings: string[] = [];
      const events: string[] = [];
      const loader = loaderActor({
        base: '/',
        loadFonts: async () => undefined,
        report: (m) => warnings.push(m),
        warn: (m) => warnings.push(m),
      });
      // The kiosk machine's place, reduced to invoking the loader and hearing what it says.
      const boot = setup({ actors: { loader } }).createMachine({
        invoke: { src: 'loader', input: { exhibitId: 'test-exhibit' } },
        on: { '*': { actions: ({ event }) => events.push(event.type) } },
      });
      const actor = createActor(boot).start();
      await vi.waitFor(() => expect(warnings).toHaveLength(1), { timeout: 20_000 });
      expect(warnings[0]).toBe(
        `media file ${bed}: too large: 50.0 MB, more than the 16.0 MB an audio file may have; it was not read: encode it as Opus or MP3 (npm run media)`,
      );
      expect(events).toContain('boot.loaded');
      expect(taken.bytes).toBeLessThanOrEqual(128 * 1024);
      actor.stop();
    },
  );
});
