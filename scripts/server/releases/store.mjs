// A kiosk's releases on disk (its "home", e.g. /var/lib/museum-kiosk):
//   releases/<version>/   installed releases, each as signed (manifest.json, server.mjs, app/…)
//   current               a symbolic link to releases/<version>, switched atomically
//   state.json            {current, installed: [oldest … newest], bad: [...], trial, log: [...]}
//   kiosk.json            this kiosk's configuration (releases.publicKey, trialSeconds, keep)
// Nothing here changes a release in place: an install copies into releases/<v>.partial, checks
// it again there, renames it, and only then points `current` at it (a new link under a temporary
// name renamed over the old one), so a power cut leaves either the old or the new release.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  MANIFEST,
  ReleaseError,
  SIGNATURE,
  VERSION,
  checkRelease,
  readSignedManifest,
} from './manifest.mjs';

/** Where a kiosk keeps its releases when no --home is given. */
export function defaultHome(env = process.env) {
  if (env.KIOSK_HOME) return env.KIOSK_HOME;
  const system = '/var/lib/museum-kiosk';
  try {
    if (statSync(system).isDirectory()) return system;
  } catch {
    // not set up system-wide
  }
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'museum-kiosk');
}

const EMPTY = { current: null, installed: [], bad: [], trial: null, log: [] };

/** state.json, or an empty state. */
export function readState(home) {
  try {
    return { ...EMPTY, ...JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')) };
  } catch {
    return { ...EMPTY };
  }
}

/** Writes state.json whole (a temporary file renamed over it). */
export function writeState(home, state) {
  const tmp = join(home, `.state.${process.pid}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(tmp, join(home, 'state.json'));
}

function note(state, now, message) {
  state.log = [...(state.log ?? []), `${new Date(now).toISOString()} ${message}`].slice(-50);
}

/** The version `current` points at, read from the link itself (null before the first install). */
export function currentVersion(home) {
  try {
    return basename(readlinkSync(join(home, 'current')));
  } catch {
    return null;
  }
}

/** The directory the running server serves: the current release's app/ (the link resolved now). */
export function currentApp(home) {
  return join(realpathSync(join(home, 'current')), 'app');
}

/** Points `current` at releases/<version> in one rename. */
export function switchTo(home, version) {
  const tmp = join(home, `.current.${process.pid}.${Date.now()}`);
  symlinkSync(join('releases', version), tmp);
  renameSync(tmp, join(home, 'current'));
}

/**
 * Fetches a release from an HTTP(S) URL (a directory holding manifest.json) into a new temporary
 * directory under `home`: the manifest and signature first, checked before any other file is
 * asked for. Returns the directory.
 */
export async function download(url, home, publicKey, fetchImpl = fetch) {
  const base = url.endsWith('/') ? url : `${url}/`;
  const get = async (path) => {
    const res = await fetchImpl(new URL(path.split('/').map(encodeURIComponent).join('/'), base));
    if (!res.ok) throw new ReleaseError(`${path}: the server answered ${res.status} at ${base}`);
    return Buffer.from(await res.arrayBuffer());
  };
  const bytes = await get(MANIFEST);
  const signature = (await get(SIGNATURE)).toString('utf8');
  const manifest = readSignedManifest(bytes, signature, publicKey);
  mkdirSync(join(home, 'incoming'), { recursive: true });
  const dir = mkdtempSync(join(home, 'incoming', 'download-'));
  try {
    writeFileSync(join(dir, MANIFEST), bytes);
    writeFileSync(join(dir, SIGNATURE), signature);
    // A few files at a time: a release is hundreds of small files.
    let next = 0;
    const worker = async () => {
      while (next < manifest.files.length) {
        const f = manifest.files[next++];
        const bytes = await get(f.path);
        mkdirSync(dirname(join(dir, f.path)), { recursive: true });
        writeFileSync(join(dir, f.path), bytes);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return dir;
}

/**
 * Installs the release at `source` (a directory or an http(s) URL) and makes it current, on
 * trial: it must confirm within `trialSeconds` (trial.mjs) or it is rolled back. Refused, with
 * nothing on disk changed, when its signature or any file is wrong, or it was marked bad.
 * @param {string} home
 * @param {string} source
 * @param {{publicKey: string, trialSeconds?: number, keep?: number, now?: () => number,
 *   force?: boolean, fetch?: typeof fetch}} o
 */
export async function install(home, source, o) {
  const now = o.now ?? Date.now;
  mkdirSync(join(home, 'releases'), { recursive: true });
  const remote = /^https?:\/\//i.test(source);
  const from = remote ? await download(source, home, o.publicKey, o.fetch) : source;
  try {
    const manifest = checkRelease(from, o.publicKey);
    const { version } = manifest;
    const state = readState(home);
    if (currentVersion(home) === version)
      throw new ReleaseError(`${version} is already the current release`);
    if (state.bad.includes(version) && !o.force)
      throw new ReleaseError(
        `${version} was rolled back as bad; install it again only with --force`,
      );
    const partial = join(home, 'releases', `${version}.partial`);
    const target = join(home, 'releases', version);
    rmSync(partial, { recursive: true, force: true });
    cpSync(from, partial, { recursive: true });
    // Checked again where it lies: a disk that filled up or a copy cut short is not installed.
    checkRelease(partial, o.publicKey);
    rmSync(target, { recursive: true, force: true });
    renameSync(partial, target);
    const previous = currentVersion(home);
    switchTo(home, version);
    state.current = version;
    state.bad = state.bad.filter((v) => v !== version);
    state.installed = [...state.installed.filter((v) => v !== version), version];
    state.trial = previous
      ? { version, previous, since: now(), seconds: o.trialSeconds ?? 120 }
      : null;
    note(state, now(), `installed ${version}${previous ? ` (was ${previous}; on trial)` : ''}`);
    prune(home, state, o.keep ?? 3);
    writeState(home, state);
    return { version, previous, manifest };
  } finally {
    if (remote) rmSync(from, { recursive: true, force: true });
  }
}

/** Deletes all but the current release and the `keep` newest others (and stray .partial copies). */
function prune(home, state, keep) {
  const others = state.installed.filter((v) => v !== state.current);
  const drop = others.slice(0, Math.max(0, others.length - keep));
  for (const v of drop) rmSync(join(home, 'releases', v), { recursive: true, force: true });
  state.installed = state.installed.filter((v) => !drop.includes(v));
}

/**
 * Switches back: to the release the one on trial replaced, else the newest other installed release
 * not marked bad. `bad` marks the release left as bad (an automatic rollback), so it is not taken
 * again. Returns {from, to}.
 */
export function rollback(home, { why = 'by hand', bad = false, now = Date.now } = {}) {
  const state = readState(home);
  const from = currentVersion(home);
  if (!from) throw new ReleaseError('nothing is installed: no release to roll back from');
  const candidates = state.installed.filter(
    (v) => v !== from && !state.bad.includes(v) && existsSync(join(home, 'releases', v)),
  );
  const to =
    state.trial?.version === from && candidates.includes(state.trial.previous)
      ? state.trial.previous
      : candidates.at(-1);
  if (!to) throw new ReleaseError(`no earlier release to roll back to from ${from}`);
  switchTo(home, to);
  state.current = to;
  state.trial = null;
  if (bad && !state.bad.includes(from)) state.bad.push(from);
  // The rolled-back release goes to the front of the queue: the next prune drops it first.
  state.installed = [from, ...state.installed.filter((v) => v !== from)];
  note(state, now(), `rolled back from ${from} to ${to}: ${why}`);
  writeState(home, state);
  return { from, to };
}

/** Marks the release on trial as good (its page started). Returns whether one was on trial. */
export function confirm(home, version, now = Date.now) {
  const state = readState(home);
  if (!state.trial || state.trial.version !== version || currentVersion(home) !== version)
    return false;
  state.trial = null;
  note(state, now(), `${version} confirmed: its page started`);
  writeState(home, state);
  return true;
}

/** What a technician asks: the current release, the others, the trial, the last events. */
export function status(home) {
  const state = readState(home);
  const current = currentVersion(home);
  let manifest = null;
  try {
    manifest = JSON.parse(readFileSync(join(home, 'current', MANIFEST), 'utf8'));
  } catch {
    // nothing installed
  }
  return {
    home,
    current,
    created: manifest?.created ?? null,
    installed: state.installed,
    bad: state.bad,
    trial: state.trial,
    log: state.log.slice(-10),
  };
}

export { VERSION };
