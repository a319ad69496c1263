// Vite plugin: writes the service worker `sw.js` into the build with the app shell's file list
// (index.html and every bundled asset, whose names carry their hash) and a version derived from
// that list, so each new build installs a new worker. The worker's code is src/sw/worker.js.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The plugin; `source` is the worker's code with a `self.__SHELL__` placeholder. */
export function serviceWorkerPlugin(source = 'src/sw/worker.js'): Plugin {
  return {
    name: 'museum-kiosk-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const shell = ['./', ...Object.keys(bundle).filter((f) => !f.endsWith('.map'))].sort();
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const code = readFileSync(source, 'utf8')
        .replace('self.__SHELL__', JSON.stringify(shell))
        .replace('self.__VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}
