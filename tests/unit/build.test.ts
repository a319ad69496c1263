// A museum's build (vite build, production mode) holds its own exhibits and not the test
// exhibit; its service worker's manifest lists every file it serves with the file's revision.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle } from '../../scripts/contentBundle.ts';
import { revision, type BuildManifest } from '../../scripts/swPlugin.ts';

const run = promisify(execFile);
let out: string;
let manifest: BuildManifest;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'kiosk-build-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A real build, as `npm run build` makes it (Vitest's NODE_ENV=test would make it a DEV build).
  delete env.VITEST;
  delete env.NODE_ENV;
  await run(
    'node_modules/.bin/vite',
    ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'],
    { env },
  );
  const sw = readFileSync(join(out, 'sw.js'), 'utf8');
  manifest = JSON.parse(/const MANIFEST = (\{.*?\});\n/s.exec(sw)![1]!);
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the production build', () => {
  it('has no test exhibit', () => {
    expect(existsSync(join(out, 'exhibits/uprising/exhibit.json'))).toBe(true);
    expect(existsSync(join(out, 'exhibits/test-exhibit'))).toBe(false);
    expect(existsSync(join(out, 'media/test-exhibit'))).toBe(false);
    expect(Object.keys(manifest.exhibits)).toEqual(['uprising']);
    expect(JSON.stringify(manifest)).not.toContain('test-exhibit');
  });

  it("holds none of the studio's preview mode (src/app/preview.ts: dev server and test builds only)", () => {
    const scripts = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const code = readFileSync(join(out, 'assets', file), 'utf8');
      expect(code.includes('preview.content') || code.includes('preview.ready'), file).toBe(false);
    }
  });

  it("lists every file with its revision, and the exhibit's precache without fallbacks", () => {
    expect(manifest.defaultExhibit).toBe('uprising');
    expect(manifest.shell['./']).toBe(revision(readFileSync(join(out, 'index.html'))));
    for (const [file, rev] of Object.entries({ ...manifest.shell, ...manifest.content }))
      if (file !== './') expect(revision(readFileSync(join(out, file))), file).toBe(rev);
    const precache = manifest.exhibits.uprising!;
    expect(precache).toContain('exhibits/uprising/exhibit.json');
    expect(precache.some((f) => /narration\/.*\.opus$/.test(f))).toBe(true);
    expect(
      precache.filter((f) => f.endsWith('.mp3') && precache.includes(`${f.slice(0, -4)}.opus`)),
    ).toEqual([]);
  });

  it('writes the take-home reading list outside the kiosk’s cache, and a QR code only for an address', () => {
    const uprising = JSON.parse(readFileSync('exhibits/uprising/exhibit.json', 'utf8')) as {
      defaultLanguage: string;
      readingList?: unknown;
    };
    const page = readFileSync(join(out, 'take-home/uprising/index.html'), 'utf8');
    expect(page).toContain(`<html lang="${uprising.defaultLanguage}">`);
    expect(existsSync(join(out, 'take-home/uprising/ru.html'))).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain('take-home');
    expect(existsSync(join(out, 'media/uprising/reading-list/qr.svg'))).toBe(
      !!uprising.readingList,
    );
  });

  it("holds each exhibit's text in one bundle, precached, made from the files it serves", () => {
    const bundle = JSON.parse(
      readFileSync(join(out, 'exhibits/uprising/bundle.json'), 'utf8'),
    ) as ReturnType<typeof makeBundle>;
    expect(bundle).toEqual(makeBundle(out, 'uprising'));
    const files = Object.keys(bundle.files);
    expect(files).toContain('exhibits/uprising/exhibit.json');
    expect(files.some((f) => /^exhibits\/uprising\/chapters\/.+\.json$/.test(f))).toBe(true);
    expect(files.some((f) => /^media\/uprising\/narration\/.+\.vtt$/.test(f))).toBe(true);
    for (const f of files) expect(bundle.files[f], f).toBe(readFileSync(join(out, f), 'utf8'));
    expect(manifest.exhibits.uprising).toContain('exhibits/uprising/bundle.json');
  });
});
