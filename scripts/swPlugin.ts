// Vite plugin: once the build is written (content copied in too), writes the service worker
// `sw.js` with a manifest of the build (src/sw/worker.js says how the worker uses it):
// - shell: index.html (as `./`) and every file under assets/, each with its revision;
// - content: every file under exhibits/ and media/, each with its revision;
// - exhibits: for each exhibit, the content the worker precaches when that exhibit is shown: its
//   own files and the shared ones (media/prompts/…), without fallback encodings (an .mp3 beside
//   an .opus of the same name: Chromium plays the Opus), without notes (.md) and without picture
//   sources (media/<id>/images/, drawings/: the kiosk loads their variants/).
// A revision is the start of the file's SHA-256, so each change of any file makes a new sw.js,
// and the worker can check that what the server sends is the file this build was made with.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_EXHIBIT } from '../src/config.ts';

/** What the build holds, as the worker reads it. */
export interface BuildManifest {
  /** Changes with any file: names this build's caches. */
  version: string;
  defaultExhibit: string;
  shell: Record<string, string>;
  content: Record<string, string>;
  exhibits: Record<string, string[]>;
}

/** The revision of a file's bytes. */
export function revision(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function walk(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? walk(root, rel) : [rel];
  });
}

/** Reads a written build (index.html, assets/, exhibits/, media/) into its manifest. */
export function buildManifest(outDir: string, defaultExhibit = DEFAULT_EXHIBIT): BuildManifest {
  const files = walk(outDir).filter((f) => !f.endsWith('.map') && !f.endsWith('.md'));
  const rev = (f: string) => revision(readFileSync(join(outDir, f)));
  const shell: Record<string, string> = { './': rev('index.html') };
  const content: Record<string, string> = {};
  for (const f of files) {
    if (f.startsWith('assets/')) shell[f] = rev(f);
    else if (/^(exhibits|media)\//.test(f)) content[f] = rev(f);
  }
  const ids = [...new Set(files.map((f) => /^exhibits\/([^/]+)\//.exec(f)?.[1]).filter(Boolean))];
  const owned = (f: string) => ids.some((id) => f.startsWith(`media/${id}/`));
  const fallback = (f: string) => f.endsWith('.mp3') && `${f.slice(0, -4)}.opus` in content;
  // Picture sources (images/, drawings/) are build input: the kiosk shows their sized variants
  // (variants/, listed in images.json), which are precached like any other media.
  const pictureSource = (f: string) => /^media\/[^/]+\/(images|drawings)\//.test(f);
  const exhibits: Record<string, string[]> = {};
  for (const id of ids as string[]) {
    exhibits[id] = Object.keys(content)
      .filter(
        (f) =>
          f.startsWith(`exhibits/${id}/`) ||
          f.startsWith(`media/${id}/`) ||
          (f.startsWith('media/') && !owned(f)),
      )
      .filter((f) => !fallback(f) && !pictureSource(f))
      .sort();
  }
  const all = JSON.stringify([shell, content]);
  return { version: revision(all).slice(0, 12), defaultExhibit, shell, content, exhibits };
}

/**
 * The plugin; `source` is the worker's code with a `self.__MANIFEST__` placeholder, and
 * `defaultExhibit` the exhibit the build starts on (exhibits/default.json's unless the studio's
 * publish names another).
 */
export function serviceWorkerPlugin(
  source = 'src/sw/worker.js',
  defaultExhibit = DEFAULT_EXHIBIT,
): Plugin {
  let outDir = 'dist';
  return {
    name: 'museum-kiosk-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After every plugin's writeBundle: the content plugin copies exhibits and media there.
    closeBundle() {
      if (process.env.VITEST) return;
      const manifest = buildManifest(outDir, defaultExhibit);
      const code = readFileSync(source, 'utf8').replace(
        'self.__MANIFEST__',
        JSON.stringify(manifest),
      );
      writeFileSync(join(outDir, 'sw.js'), code);
    },
  };
}
