// The kiosk's static server (scripts/server/): 404 for missing files with no SPA fallback, the
// right types, byte ranges, no way out of the root, and the kiosk's headers. A real server on a
// free port serving a build-shaped folder on disk.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/server/index.mjs';

const GUARD = '\n      window.__started = false;\n    ';
const INDEX = `<!doctype html><html><head><script>${GUARD}</script><script type="module" src="/assets/index-abc123.js"></script></head><body></body></html>`;
const FILES: Record<string, string> = {
  'index.html': INDEX,
  'sw.js': 'self.x = 1;',
  'assets/index-abc123.js': 'console.log(1);',
  'assets/index-abc123.css': 'body{}',
  'assets/font-abc123.woff2': 'wOF2',
  'assets/font-abc123.woff': 'wOFF',
  'assets/icon-abc123.svg': '<svg/>',
  'exhibits/x/exhibit.json': '{"id":"x"}',
  'media/x/narration/one.en.vtt': 'WEBVTT\n',
  'media/x/narration/one.en.opus': '0123456789abcdef',
  'media/x/music/bed.ogg': 'OggS',
  'media/x/music/bed.mp3': 'ID3',
  'media/x/sfx/touch.wav': 'RIFF',
  'media/x/images/a.png': 'PNG',
  'media/x/images/b.webp': 'RIFF',
  'media/x/notes.txt': 'notes',
};
const TYPES: [string, RegExp][] = [
  ['/', /^text\/html/],
  ['/sw.js', /^text\/javascript/],
  ['/assets/index-abc123.js', /^text\/javascript/],
  ['/assets/index-abc123.css', /^text\/css/],
  ['/assets/font-abc123.woff2', /^font\/woff2$/],
  ['/assets/font-abc123.woff', /^font\/woff$/],
  ['/assets/icon-abc123.svg', /^image\/svg\+xml$/],
  ['/exhibits/x/exhibit.json', /^application\/json/],
  ['/media/x/narration/one.en.vtt', /^text\/vtt/],
  ['/media/x/narration/one.en.opus', /^audio\/ogg$/],
  ['/media/x/music/bed.ogg', /^audio\/ogg$/],
  ['/media/x/music/bed.mp3', /^audio\/mpeg$/],
  ['/media/x/sfx/touch.wav', /^audio\/wav$/],
  ['/media/x/images/a.png', /^image\/png$/],
  ['/media/x/images/b.webp', /^image\/webp$/],
  ['/media/x/notes.txt', /^text\/plain/],
];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let server: RunningServer;
let port: number;

/** A raw request: the path goes out exactly as written (no URL normalisation). */
function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-server-'));
  writeFileSync(join(dir, 'secret.txt'), 'outside the root');
  const root = join(dir, 'build');
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  mkdirSync(join(root, 'media/empty'), { recursive: true });
  server = await startServer({ root, port: 0 });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the kiosk server', () => {
  it('listens on 127.0.0.1 only by default', () => {
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it.each([
    '/assets/index-missing.js',
    '/media/x/narration/missing.en.opus',
    '/exhibits/x/chapters/missing.json',
    '/index.htm',
    '/some/route',
  ])('answers GET and HEAD of missing %s with a plain 404, never index.html', async (path) => {
    for (const method of ['GET', 'HEAD']) {
      const res = await get(path, method);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.body).not.toContain('<html');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it.each(TYPES)('serves %s with its Content-Type', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(type);
    const head = await get(path, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(res.headers['content-length']);
    expect(head.body).toBe('');
  });

  it('lists the sha-256 of every inline script in the policy of the page, and nothing unsafe', async () => {
    const res = await get('/');
    const csp = String(res.headers['content-security-policy']);
    const hash = createHash('sha256').update(GUARD, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets the hashed files under /assets/ be kept for a year; the rest is checked each time', async () => {
    for (const path of ['/assets/index-abc123.js', '/assets/font-abc123.woff2'])
      expect((await get(path)).headers['cache-control']).toBe(
        'public, max-age=31536000, immutable',
      );
    for (const path of [
      '/',
      '/index.html',
      '/sw.js',
      '/exhibits/x/exhibit.json',
      '/media/x/music/bed.ogg',
    ])
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
  });

  it('answers byte ranges of media with 206', async () => {
    const path = '/media/x/narration/one.en.opus';
    const part = await get(path, 'GET', { Range: 'bytes=2-5' });
    expect(part.status).toBe(206);
    expect(part.body).toBe('2345');
    expect(part.headers['content-range']).toBe('bytes 2-5/16');
    expect(part.headers['content-length']).toBe('4');
    expect(part.headers['content-type']).toBe('audio/ogg');
    expect((await get(path, 'GET', { Range: 'bytes=12-' })).body).toBe('cdef');
    expect((await get(path, 'GET', { Range: 'bytes=-3' })).body).toBe('def');
    const beyond = await get(path, 'GET', { Range: 'bytes=99-' });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe('bytes */16');
    expect((await get(path)).headers['accept-ranges']).toBe('bytes');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/media/..%5c..%5csecret.txt',
    '//etc/passwd',
    '/%2Fetc%2Fpasswd',
    '/media/x/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    '/%E0%A4%A',
    '/.hidden',
  ])('does not let %s out of the root', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the root');
  });

  it('lists no directories', async () => {
    for (const path of ['/assets/', '/assets', '/media/empty/', '/media/'])
      expect((await get(path)).status, path).toBe(404);
  });

  it('sends no CORS headers, whatever the Origin', async () => {
    for (const origin of ['http://localhost:5173', 'http://evil.example', 'null']) {
      const res = await get('/exhibits/x/exhibit.json', 'GET', { Origin: origin });
      expect(res.status).toBe(200);
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await get('/index.html', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});
