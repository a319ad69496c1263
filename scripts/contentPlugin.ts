// Vite plugin: serves `/exhibits/*` and `/media/*` from the content roots in dev and preview, and
// copies them into the build, so the kiosk fetches its content at boot like any other static file;
// the build also gets each exhibit's text content in one file (scripts/contentBundle.ts).
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { writeBundles } from './contentBundle.ts';
import { readingListMiddleware, writeReadingLists } from './readingList/plugin.ts';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.vtt': 'text/vtt; charset=utf-8',
  '.opus': 'audio/ogg',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** Finds the file behind a content URL in the first root that has it, refusing paths that climb out. */
export function resolveContentFile(roots: string[], url: string): string | undefined {
  const path = decodeURIComponent(url.split('?')[0] ?? '');
  // Normalised first: `/exhibits/../package.json` is not under exhibits/.
  const rel = normalize(path).replace(/\\/g, '/').replace(/^\/+/, '');
  if (!/^(exhibits|media)\//.test(rel)) return undefined;
  for (const root of roots) {
    const file = resolve(root, rel);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/**
 * Code the app imports (`import x from '../exhibits/default.json'`, an exhibit's extension): Vite's
 * to serve as modules, not this plugin's as files.
 */
export function isModuleRequest(url: string): boolean {
  return /[?&](import|raw|url|inline|worker)\b/.test(url) || /\.m?[jt]sx?(\?|$)/.test(url);
}

function middleware(roots: string[]): Connect.NextHandleFunction {
  return (req, res, next) => {
    if (isModuleRequest(req.url ?? '')) return next();
    const file = resolveContentFile(roots, req.url ?? '');
    if (!file) return next();
    const ext = file.slice(file.lastIndexOf('.'));
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
}

/** The plugin; `roots` are folders that each may contain `exhibits/` and `media/`. */
export function contentPlugin(roots: string[]): Plugin {
  let outDir = 'dist';
  let copy = false;
  return {
    name: 'exhibit-content',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      // Vitest resolves a build config too; only a real build copies content.
      copy = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use(readingListMiddleware(roots));
      server.middlewares.use(middleware(roots));
    },

    // writeBundle, not closeBundle: the service worker plugin lists the copied files in its
    // closeBundle, which runs after every plugin's writeBundle.
    async writeBundle() {
      if (!copy) return;
      for (const root of roots) {
        for (const dir of ['exhibits', 'media']) {
          const from = join(root, dir);
          // An exhibit's extension/ is code and build input, bundled by Vite, and its notes (*.md,
          // e.g. media-wanted.md) are for its curators: neither is served as content.
          const code = (src: string) => /(^|[\\/])exhibits[\\/][^\\/]+[\\/]extension$/.test(src);
          const notes = (src: string) => /(^|[\\/])exhibits[\\/].*\.md$/.test(src);
          // A narrator's takes (media/<id>/recorded/) are the narration's source, not content:
          // `npm run media` makes the track from them, and the kiosk never fetches them.
          const takes = (src: string) => /(^|[\\/])media[\\/][^\\/]+[\\/]recorded$/.test(src);
          if (existsSync(from))
            cpSync(from, join(outDir, dir), {
              recursive: true,
              filter: (src) => !code(src) && !notes(src) && !takes(src),
            });
        }
      }
      // The reading list's QR code and take-home pages, made from the exhibits' data (docs/content-format.md).
      await writeReadingLists(roots, outDir, (m) => this.warn(m));
      // Each exhibit's text in one file (exhibits/<id>/bundle.json), from the copy just made: the
      // kiosk reads its content with one request (src/content/readerBundle.ts).
      writeBundles(outDir);
    },
  };
}
