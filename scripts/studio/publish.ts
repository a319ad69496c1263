// The studio's publish step: `tsx scripts/studio/publish.ts --root <dir> --exhibit <id> --out <dir>`
// builds the kiosk (the repository's vite config: its plugins, relative base) with only that
// content root's exhibits and media, starting on <id>, into <out>. The studio runs it as a child
// process after the exhibit's check passed.
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { contentPlugin } from '../contentPlugin.ts';
import { serviceWorkerPlugin } from '../swPlugin.ts';
import { KEBAB, REPO } from './roots.ts';

/** exhibits/default.json, as the build sees it: the published exhibit is the one it starts on. */
export function startOn(exhibit: string): Plugin {
  return {
    name: 'studio-default-exhibit',
    enforce: 'pre',
    load(id) {
      if (/[\\/]exhibits[\\/]default\.json$/.test(id.split('?')[0]!))
        return JSON.stringify({ exhibit });
      return null;
    },
  };
}

/** Builds the kiosk for one exhibit of `root` into `out`. */
export async function publish(root: string, exhibit: string, out: string): Promise<void> {
  if (!KEBAB.test(exhibit)) throw new Error(`"${exhibit}" is not an exhibit id`);
  await build({
    configFile: false,
    root: REPO,
    base: './',
    mode: 'production',
    logLevel: 'warn',
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      outDir: resolve(out),
      emptyOutDir: true,
    },
    plugins: [
      startOn(exhibit),
      contentPlugin([resolve(root)]),
      serviceWorkerPlugin(join(REPO, 'src/sw/worker.js'), exhibit),
    ],
  });
}

if (process.argv[1]?.endsWith('publish.ts')) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const root = arg('--root') ?? '.';
  const exhibit = arg('--exhibit');
  const out = arg('--out') ?? resolve(root, 'dist');
  if (!exhibit) {
    console.error('usage: tsx scripts/studio/publish.ts --root <dir> --exhibit <id> [--out <dir>]');
    process.exit(2);
  }
  console.log('progress 0/1 building the kiosk');
  await publish(root, exhibit, out);
  console.log('progress 1/1 built');
  console.log(`built ${exhibit} into ${resolve(out)}`);
}
