// kiosk.json on the kiosk's server: found (--config, KIOSK_FILE, or beside the build), validated
// with the page's own schema (src/kiosk/kioskFile.ts), served at `<base>kiosk.json`, and read
// again when it changes. A config tool (Ansible's template, Salt) replaces the file by renaming a
// new one over it, so the directory is watched (fs.watch), with a 5 s poll where watching is not
// possible (network filesystems, some containers).
//
// A bad file never blanks a kiosk: at start the server prints every problem (file, key, what to
// fix) and serves the last good copy it kept (`kiosk.json.last-good`, written on each good read)
// or none; a later bad edit keeps the copy in use and logs why.
import { watch } from 'node:fs';
import { readFile, writeFile, rename } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatError } from '../../src/content/errors.ts';
import { parseKioskFile } from '../../src/kiosk/kioskFile.ts';

const POLL_MS = 5_000;
const SETTLE_MS = 100;

/**
 * Where kiosk.json is by default: beside the build directory (`<build>/../kiosk.json`), or for a
 * release in `releases/<version>/`, beside `releases/` (`releases/<version>/../../kiosk.json`).
 */
export function defaultKioskFile(root) {
  const parent = dirname(resolve(root));
  return basename(parent) === 'releases'
    ? join(dirname(parent), 'kiosk.json')
    : join(parent, 'kiosk.json');
}

/** The last good copy kept beside `file`. */
export const lastGoodOf = (file) => `${file}.last-good`;

/**
 * Checks one file: `{ ok, errors: string[] }`, each error a line naming the file and the key.
 * `node --import tsx scripts/serve.mjs --check-config <path>` (Ansible's `validate:`) prints them.
 */
export async function checkKioskFile(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`${file}: cannot be read (${e?.code ?? e})`] };
  }
  const read = parseKioskFile(text, file);
  return read.ok
    ? { ok: true, errors: [], value: read.value }
    : { ok: false, errors: read.errors.map(formatError) };
}

/**
 * Loads `file` and keeps it current. `current()` is the kiosk.json in use (or null), `text()` its
 * text as served, `status()` how it stands for the staff panel: `loaded`, `none` or `refused`
 * (with the problems, and whether a last good copy is served instead). `log` hears every change
 * and problem.
 * @param {{ file: string, log?: (line: string) => void, pollMs?: number }} o
 */
export async function watchKioskFile({ file, log = (l) => console.error(l), pollMs = POLL_MS }) {
  file = resolve(file);
  const lastGood = lastGoodOf(file);
  /** @type {{ value: import('../../src/kiosk/kioskFile.ts').KioskFile, text: string } | null} */
  let good = null;
  /** The text last read from the file (null: missing), to tell a change from a repeat. */
  let seen;
  let status = { state: 'none', file, problems: [] };
  const listeners = new Set();

  const keep = async (text) => {
    try {
      const tmp = `${lastGood}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, lastGood);
    } catch (e) {
      log(`kiosk.json: could not keep a last good copy in ${lastGood} (${e?.code ?? e})`);
    }
  };

  const read = async (starting) => {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if (e?.code !== 'ENOENT') throw e;
      text = null;
    }
    if (text === seen && !starting) return;
    seen = text;
    if (text === null) {
      if (good || starting) log(`kiosk.json: none at ${file}; the kiosk runs on its own settings`);
      good = null;
      status = { state: 'none', file, problems: [] };
      return notify();
    }
    const parsed = parseKioskFile(text, file);
    if (parsed.ok) {
      const changed = good?.text !== text;
      good = { value: parsed.value, text };
      status = { state: 'loaded', file, problems: [] };
      log(`kiosk.json: ${starting ? 'loaded' : 'read again'} ${file} (kiosk "${parsed.value.id}")`);
      if (changed) await keep(text);
      return notify();
    }
    const problems = parsed.errors.map(formatError);
    if (starting) {
      // Nothing in use yet: the last good copy, if one was kept and still reads.
      const kept = await readFile(lastGood, 'utf8').catch(() => null);
      const old = kept === null ? null : parseKioskFile(kept, lastGood);
      good = old?.ok ? { value: old.value, text: kept } : null;
    }
    const fallback = good
      ? starting
        ? `serving the last good copy (${lastGood})`
        : 'keeping the copy already in use'
      : 'serving none: the kiosk runs on its own settings';
    log(
      `kiosk.json: ${file} was refused, ${fallback}. Fix:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    // For the staff panel, each problem without the file's path (the panel names the file).
    const keys = parsed.errors.map((e) => formatError({ ...e, file: 'kiosk.json' }));
    status = { state: 'refused', file, problems: keys, serving: good ? 'last-good' : 'none' };
    notify();
  };

  const notify = () => {
    for (const f of listeners) f(good?.value ?? null);
  };

  // Reads run one at a time; a change during a read is read after it.
  let running = Promise.resolve();
  const again = () =>
    (running = running.then(() =>
      read(false).catch((e) => log(`kiosk.json: reading ${file} failed: ${e}`)),
    ));

  await read(true);
  let timer;
  let watcher;
  try {
    watcher = watch(dirname(file), (_event, name) => {
      if (name && name !== basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(again, SETTLE_MS);
    });
    watcher.on('error', () => watcher?.close());
  } catch (e) {
    log(
      `kiosk.json: cannot watch ${dirname(file)} (${e?.code ?? e}); checking every ${pollMs / 1000} s`,
    );
  }
  const poll = setInterval(again, pollMs);
  poll.unref();

  return {
    file,
    current: () => good?.value ?? null,
    text: () => good?.text ?? null,
    status: () => status,
    /** Hears each (re)load: the kiosk.json now in use, or null. */
    onChange(f) {
      listeners.add(f);
      return () => listeners.delete(f);
    },
    /** Reads the file now (tests; the watcher and the poll do it otherwise). */
    reread: () => again(),
    close() {
      clearInterval(poll);
      clearTimeout(timer);
      watcher?.close();
    },
  };
}

/**
 * Answers `<base>kiosk.json` from `config` (a watchKioskFile result), or from `kioskFile()` (the
 * object in use) when given a plain getter: 200 with the file, or 204 for none, never cached.
 * The header `Kiosk-File-Status` tells the page how the file stands, for the staff panel.
 * Returns true when it answered.
 */
export function kioskFileHandler({ base = '/', config, kioskFile, headers = {} }) {
  const path = `${base.endsWith('/') ? base : `${base}/`}kiosk.json`;
  return (req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url !== path || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const text = config ? config.text() : kioskFile?.() ? JSON.stringify(kioskFile()) : null;
    const status = config?.status() ?? { state: text ? 'loaded' : 'none', problems: [] };
    const common = {
      ...headers,
      'Cache-Control': 'no-store',
      'Kiosk-File-Status': encodeURIComponent(
        JSON.stringify({
          state: status.state,
          problems: status.problems,
          ...(status.serving ? { serving: status.serving } : {}),
        }),
      ),
    };
    if (text === null) {
      res.writeHead(204, common);
      res.end();
      return true;
    }
    const body = Buffer.from(text);
    res.writeHead(200, {
      ...common,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
