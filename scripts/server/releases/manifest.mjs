// A release's manifest and its signature. A release is a directory:
//   manifest.json  {version, created, node, files: [{path, size, sha256}]} (every other file)
//   manifest.sig   the Ed25519 signature of manifest.json's exact bytes, base64
//   server.mjs, kioskctl.mjs, app/…   the files the manifest lists
// `npm run release` writes one (scripts/release.ts); the kiosk checks one before it installs it
// (store.mjs). Plain node:crypto, no dependencies: the kiosk's server bundles this file.
import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';

/** A version as a release may be named: a directory name, no path, no dots at the ends. */
export const VERSION = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,63}$/;

/** Every file under `dir` as a relative path with `/`, sorted; the manifest and its signature left out. */
export function listFiles(dir, sub = '') {
  const out = [];
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, rel));
    else if (!(sub === '' && (e.name === MANIFEST || e.name === SIGNATURE))) out.push(rel);
  }
  return out.sort();
}

/** The SHA-256 of a file, hex. */
export function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The manifest of the release in `dir`. */
export function makeManifest(dir, { version, created = new Date(), node = '>=20.19' }) {
  if (!VERSION.test(version))
    throw new Error(`"${version}" is not a release version (letters, digits, . _ + -)`);
  const files = listFiles(dir).map((path) => ({
    path,
    size: statSync(join(dir, path)).size,
    sha256: sha256(join(dir, path)),
  }));
  return { version, created: created.toISOString(), node, files };
}

/** The bytes the signature covers: the manifest as written. */
export function manifestBytes(manifest) {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** An Ed25519 signature of `bytes` with a private key in PEM, base64. */
export function signBytes(bytes, privateKeyPem) {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the release key is not an Ed25519 key');
  return sign(null, bytes, key).toString('base64');
}

/** Whether `signature` (base64) is an Ed25519 signature of `bytes` by the public key (PEM). */
export function verifyBytes(bytes, signature, publicKeyPem) {
  let key;
  try {
    key = createPublicKey(publicKeyPem);
  } catch {
    return false;
  }
  if (key.asymmetricKeyType !== 'ed25519') return false;
  try {
    return verify(null, bytes, key, Buffer.from(String(signature).trim(), 'base64'));
  } catch {
    return false;
  }
}

/** Writes manifest.json and manifest.sig into the release directory `dir`; returns the manifest. */
export function signRelease(dir, { version, privateKey, created, node }) {
  const manifest = makeManifest(dir, { version, created, node });
  const bytes = manifestBytes(manifest);
  writeFileSync(join(dir, MANIFEST), bytes);
  writeFileSync(join(dir, SIGNATURE), `${signBytes(bytes, privateKey)}\n`);
  return manifest;
}

/** Problem with a release, naming the file. */
export class ReleaseError extends Error {
  name = 'ReleaseError';
}

/**
 * Checks a manifest's bytes against its signature and reads it: the manifest, or a ReleaseError
 * saying what is wrong.
 */
export function readSignedManifest(bytes, signature, publicKey) {
  if (!verifyBytes(bytes, signature, publicKey))
    throw new ReleaseError(
      `${SIGNATURE}: the signature does not match manifest.json and this kiosk's releases.publicKey`,
    );
  let manifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ReleaseError(`${MANIFEST}: not valid JSON`);
  }
  if (!manifest || typeof manifest.version !== 'string' || !VERSION.test(manifest.version))
    throw new ReleaseError(`${MANIFEST}: no valid "version"`);
  if (!Array.isArray(manifest.files)) throw new ReleaseError(`${MANIFEST}: no "files" list`);
  for (const f of manifest.files)
    if (!safePath(f?.path) || typeof f.sha256 !== 'string' || typeof f.size !== 'number')
      throw new ReleaseError(`${MANIFEST}: a bad entry ${JSON.stringify(f?.path ?? f)}`);
  return manifest;
}

/** A relative path inside a release: no `..`, no absolute path, no hidden part. */
export function safePath(path) {
  return (
    typeof path === 'string' &&
    path.length > 0 &&
    !path.includes('\\') &&
    !path.includes('\0') &&
    path.split('/').every((p) => p !== '' && p !== '.' && p !== '..')
  );
}

/**
 * Checks the release in `dir` whole: the signature, then every file the manifest lists (there,
 * with its size and hash) and no file it does not list. Returns the manifest; throws a
 * ReleaseError naming the first file that is wrong.
 */
export function checkRelease(dir, publicKey) {
  let bytes;
  let signature;
  try {
    bytes = readFileSync(join(dir, MANIFEST));
  } catch {
    throw new ReleaseError(`${MANIFEST}: missing from ${dir}`);
  }
  try {
    signature = readFileSync(join(dir, SIGNATURE), 'utf8');
  } catch {
    throw new ReleaseError(`${SIGNATURE}: missing from ${dir}`);
  }
  const manifest = readSignedManifest(bytes, signature, publicKey);
  const listed = new Set();
  for (const f of manifest.files) {
    listed.add(f.path);
    let size;
    try {
      size = statSync(join(dir, f.path)).size;
    } catch {
      throw new ReleaseError(`${f.path}: listed in the manifest but missing`);
    }
    if (size !== f.size || sha256(join(dir, f.path)) !== f.sha256)
      throw new ReleaseError(`${f.path}: changed (its SHA-256 is not the one signed)`);
  }
  for (const path of listFiles(dir))
    if (!listed.has(path)) throw new ReleaseError(`${path}: not in the signed manifest`);
  return manifest;
}
