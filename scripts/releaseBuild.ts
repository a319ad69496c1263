// The steps of `npm run release` (scripts/release.ts), each callable on its own by tests.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { signRelease, type ReleaseManifest } from './server/releases/manifest.mjs';

/** package.json's version and the UTC time to the minute: 0.1.0-20261203.1842. */
export function defaultVersion(packageVersion: string, now = new Date()): string {
  const iso = now.toISOString(); // 2026-12-03T18:42:07.000Z
  return `${packageVersion}-${iso.slice(0, 10).replaceAll('-', '')}.${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}

/** Builds the kiosk into `outDir` with the release's version in VITE_KIOSK_RELEASE. */
export async function buildApp(root: string, outDir: string, version: string): Promise<void> {
  const before = process.env.VITE_KIOSK_RELEASE;
  process.env.VITE_KIOSK_RELEASE = version;
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.VITE_KIOSK_RELEASE;
    else process.env.VITE_KIOSK_RELEASE = before;
  }
}

/**
 * Bundles a Node entry (and the TypeScript and zod it imports) into one self-contained ES module
 * `<outDir>/<name>`: Vite's SSR build with nothing external but Node's own modules.
 */
export async function bundleNode(root: string, entry: string, outDir: string, name: string) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(root, entry),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      rolldownOptions: { output: { entryFileNames: name, codeSplitting: false } },
    },
  });
}

/**
 * A whole release in `out`: app/, server.mjs, kioskctl.mjs, manifest.json, manifest.sig.
 * Returns the manifest.
 */
export async function buildRelease(o: {
  root: string;
  out: string;
  version: string;
  privateKey: string;
  node?: string;
}): Promise<ReleaseManifest> {
  rmSync(o.out, { recursive: true, force: true });
  await buildApp(o.root, join(o.out, 'app'), o.version);
  await bundleNode(o.root, 'scripts/serve.mjs', o.out, 'server.mjs');
  await bundleNode(o.root, 'scripts/kioskctl.mjs', o.out, 'kioskctl.mjs');
  return signRelease(o.out, { version: o.version, privateKey: o.privateKey, node: o.node });
}
