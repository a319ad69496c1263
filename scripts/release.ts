// `npm run release -- --key <private key> [--version <v>] [--out <dir>]`: a signed release of the
// kiosk (docs/releases.md). It builds the kiosk with VITE_KIOSK_RELEASE=<version> into app/,
// bundles the server (scripts/serve.mjs) and the technician's CLI (scripts/kioskctl.mjs) into one
// file each with everything they import inlined (a kiosk needs only `node`), and writes
// manifest.json (every file's size and SHA-256) and manifest.sig (Ed25519) beside them.
//
// The version defaults to package.json's version and the UTC time: 0.1.0-20261203.1842.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRelease, defaultVersion } from './releaseBuild.ts';

const { values } = parseArgs({
  options: {
    key: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
  },
});
if (!values.key) {
  console.error(
    'usage: npm run release -- --key <private key .pem> [--version <v>] [--out <dir>]\n' +
      '(make a key once with: npm run release:key -- <dir outside the repository>)',
  );
  process.exit(1);
}
const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  engines?: { node?: string };
};
const version = values.version ?? defaultVersion(pkg.version);
const out = resolve(values.out ?? join(root, 'dist-release'), version);
const started = performance.now();
try {
  const manifest = await buildRelease({
    root,
    out,
    version,
    privateKey: readFileSync(values.key, 'utf8'),
    node: pkg.engines?.node,
  });
  const bytes = manifest.files.reduce((n, f) => n + f.size, 0);
  console.log(
    `release ${version}: ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, signed, in ${out}` +
      ` (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} catch (e) {
  console.error(`release: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
