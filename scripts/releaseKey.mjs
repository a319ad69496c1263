// `npm run release:key -- <dir>`: makes the Ed25519 key pair releases are signed with.
// Writes <dir>/release-key.pem (private, mode 0600: keep it off the kiosks and out of the
// repository) and <dir>/release-key.pub.pem, and prints the public key for kiosk.json's
// `releases.publicKey`. Refuses a directory inside the repository, and an existing key.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));

/** Whether `dir` lies inside `root` (both resolved through their links as far as they exist). */
export function inside(dir, root) {
  const real = (p) => {
    let head = resolve(p);
    const tail = [];
    while (!existsSync(head) && dirname(head) !== head) {
      tail.unshift(head.slice(dirname(head).length + 1));
      head = dirname(head);
    }
    return join(realpathSync(head), ...tail);
  };
  const rel = relative(real(root), real(dir));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Makes the pair in `dir`; returns the paths and the public key's PEM. */
export function makeReleaseKey(dir, repo = REPO) {
  if (inside(dir, repo))
    throw new Error(
      `${dir} is inside the repository: keep the private key elsewhere (e.g. ~/.config/museum-kiosk)`,
    );
  const privatePath = join(dir, 'release-key.pem');
  const publicPath = join(dir, 'release-key.pub.pem');
  if (existsSync(privatePath)) throw new Error(`${privatePath} exists already: not overwritten`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(privatePath, privateKey, { mode: 0o600, flag: 'wx' });
  writeFileSync(publicPath, publicKey, { mode: 0o644 });
  return { privatePath, publicPath, publicKey };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run release:key -- <directory outside the repository>');
    process.exit(1);
  }
  try {
    const { privatePath, publicKey } = makeReleaseKey(dir);
    console.log(
      `private key: ${privatePath} (mode 0600; sign with: npm run release -- --key ${privatePath})`,
    );
    console.log(`public key, for each kiosk's kiosk.json "releases": {"publicKey": …}:\n`);
    console.log(publicKey);
    console.log(`as JSON: ${JSON.stringify(publicKey)}`);
  } catch (e) {
    console.error(`release:key: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
