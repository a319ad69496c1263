// The reading list in the Vite content plugin: written into the build, and made on request in dev
// and preview, so `npm run dev` shows the same QR code and take-home page as the kiosk's build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Connect } from 'vite';
import { findExhibits } from '../fsReader.ts';
import { readingListFiles } from './files.ts';

const TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  html: 'text/html; charset=utf-8',
};

/** Writes every exhibit's reading-list files into `outDir`; an unreadable exhibit is skipped with `warn`. */
export async function writeReadingLists(
  roots: string[],
  outDir: string,
  warn: (message: string) => void,
): Promise<void> {
  for (const { root, id } of findExhibits(roots)) {
    try {
      for (const [path, text] of Object.entries(await readingListFiles(root, id))) {
        mkdirSync(dirname(join(outDir, path)), { recursive: true });
        writeFileSync(join(outDir, path), text);
      }
    } catch (e) {
      warn(`no reading list for "${id}": ${(e as Error).message}`);
    }
  }
}

/** Serves /media/<id>/reading-list/qr.svg and /take-home/<id>/… as the build would write them. */
export function readingListMiddleware(roots: string[]): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const m = /^\/(?:media\/([a-z0-9-]+)\/reading-list\/|take-home\/([a-z0-9-]+)\/)/.exec(path);
    const id = m?.[1] ?? m?.[2];
    const exhibit = id && findExhibits(roots).find((e) => e.id === id);
    if (!exhibit) return next();
    const want = path.slice(1).replace(/\/$/, '/index.html');
    readingListFiles(exhibit.root, exhibit.id)
      .then((files) => {
        const text = files[want];
        if (text === undefined) return next();
        res.setHeader('Content-Type', TYPES[want.split('.').pop()!] ?? 'text/plain');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(text);
      })
      .catch(next);
  };
}
