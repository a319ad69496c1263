// kiosk.json on the kiosk's server (scripts/server/kioskConfig.mjs): found beside the build,
// validated with errors naming the key, served never cached, read again when a config tool
// renames a new file over it, and a bad file never blanks the kiosk (the last good copy). Real
// servers on free ports, real files in a temporary folder; waits are for states, not for time.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/server/index.mjs';
import { checkKioskFile, defaultKioskFile, lastGoodOf } from '../../scripts/server/kioskConfig.mjs';
import { parseKioskFile } from '../../src/kiosk/kioskFile.ts';

const run = promisify(execFile);
const GOOD = { id: 'gallery-2-east', settings: { volume: 0.2 } };
const OTHER = { id: 'gallery-2-east', settings: { volume: 0.6 } };
const BAD = { id: 'gallery-2-east', settings: { volume: 2 } };

let dir: string;
let root: string;
let file: string;
let server: RunningServer | undefined;
let lines: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-config-'));
  root = join(dir, 'dist');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>k</title>');
  file = join(dir, 'kiosk.json');
  lines = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Replaces the file as Ansible's template does: a new file renamed over the old. */
function push(value: unknown): void {
  const tmp = join(dir, '.kiosk.json.tmp');
  writeFileSync(tmp, typeof value === 'string' ? value : JSON.stringify(value));
  renameSync(tmp, file);
}

async function start(): Promise<RunningServer> {
  server = await startServer({ root, port: 0, configFile: file, log: (l) => lines.push(l) });
  return server;
}

async function served(s: RunningServer) {
  const res = await fetch(new URL('kiosk.json', s.url));
  const status = JSON.parse(decodeURIComponent(res.headers.get('kiosk-file-status') ?? '{}'));
  return {
    code: res.status,
    cache: res.headers.get('cache-control'),
    body: res.status === 200 ? await res.json() : null,
    status,
  };
}

describe('kiosk.json errors', () => {
  it('name the key and say what to fix, in words a technician reads', () => {
    const read = parseKioskFile(
      JSON.stringify({
        id: 'x',
        settings: { volume: 2, mode: 'party', idleTimeoutSeconds: 5.5, defaultLanguage: 'English' },
        colour: 'red',
      }),
      'kiosk.json',
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const messages = Object.fromEntries(read.errors.map((e) => [e.path, e.message]));
    expect(messages).toEqual({
      'settings.volume': 'expected a number from 0 to 1, got 2',
      'settings.mode': 'expected one of "visitor", "docent" or "display", got "party"',
      'settings.idleTimeoutSeconds':
        "expected a whole number from 10 to 3600, or null for the exhibit's own, got 5.5",
      'settings.defaultLanguage':
        'expected a language code in lower case, such as "en" or "ru", got "English"',
      colour: 'unknown field: remove it or check its spelling',
    });
    for (const message of Object.values(messages)) expect(message).not.toMatch(/Too big|Invalid/);
  });

  it('not valid JSON is said so, with the file', () => {
    const read = parseKioskFile('{"id": ', 'ops/k.json');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatchObject({ file: 'ops/k.json', path: '' });
  });
});

describe('where kiosk.json is', () => {
  it('beside the build, or beside releases/ for a release', () => {
    expect(defaultKioskFile('/srv/kiosk/dist')).toBe('/srv/kiosk/kiosk.json');
    expect(defaultKioskFile('/srv/kiosk/current')).toBe('/srv/kiosk/kiosk.json');
    expect(defaultKioskFile('/srv/kiosk/releases/1.2.0')).toBe('/srv/kiosk/kiosk.json');
  });
});

describe('the server and kiosk.json', () => {
  it('serves none as 204 and a good file as 200, never cached, with its status', async () => {
    const s = await start();
    expect(await served(s)).toMatchObject({
      code: 204,
      cache: 'no-store',
      status: { state: 'none' },
    });
    push(GOOD);
    await s.kioskConfig!.reread();
    expect(await served(s)).toMatchObject({
      code: 200,
      cache: 'no-store',
      body: GOOD,
      status: { state: 'loaded', problems: [] },
    });
    expect(JSON.parse(readFileSync(lastGoodOf(file), 'utf8'))).toEqual(GOOD);
  });

  it('reads the file again when a config tool renames a new one over it (fs.watch)', async () => {
    push(GOOD);
    const s = await start();
    const changes: unknown[] = [];
    s.kioskConfig!.onChange((k) => changes.push(k));
    push(OTHER);
    await vi.waitFor(() => expect(changes).toEqual([OTHER]), { timeout: 5_000, interval: 20 });
    expect((await served(s)).body).toEqual(OTHER);
  });

  it('keeps the copy in use when a later edit is bad, and logs what to fix', async () => {
    push(GOOD);
    const s = await start();
    push(BAD);
    await s.kioskConfig!.reread();
    expect(await served(s)).toMatchObject({
      code: 200,
      body: GOOD,
      status: { state: 'refused', serving: 'last-good' },
    });
    expect((await served(s)).status.problems).toEqual([
      'kiosk.json: at settings.volume: expected a number from 0 to 1, got 2',
    ]);
    expect(lines.join('\n')).toContain('keeping the copy already in use');
    push(OTHER);
    await s.kioskConfig!.reread();
    expect(await served(s)).toMatchObject({ body: OTHER, status: { state: 'loaded' } });
  });

  it('starting with a bad file serves the last good copy kept, or none', async () => {
    push(BAD);
    let s = await start();
    expect(await served(s)).toMatchObject({
      code: 204,
      status: { state: 'refused', serving: 'none' },
    });
    expect(lines.join('\n')).toMatch(
      /refused, serving none[\s\S]*at settings\.volume: expected a number from 0 to 1/,
    );
    await s.close();
    writeFileSync(lastGoodOf(file), JSON.stringify(GOOD));
    s = await start();
    expect(await served(s)).toMatchObject({
      code: 200,
      body: GOOD,
      status: { state: 'refused', serving: 'last-good' },
    });
    // The bad file never replaces the kept copy.
    expect(JSON.parse(readFileSync(lastGoodOf(file), 'utf8'))).toEqual(GOOD);
  });

  it('checks a file for Ansible: exit 0, or 1 with every problem naming the key', async () => {
    push(BAD);
    expect(await checkKioskFile(file)).toMatchObject({ ok: false });
    const fail = await run('node', [
      '--import',
      'tsx',
      'scripts/serve.mjs',
      '--check-config',
      file,
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(fail).toMatchObject({ code: 1 });
    expect((fail as { stderr: string }).stderr).toContain(
      'at settings.volume: expected a number from 0 to 1, got 2',
    );
    push(GOOD);
    const ok = await run('node', ['--import', 'tsx', 'scripts/serve.mjs', '--check-config', file]);
    expect(ok.stdout).toContain('valid');
    expect(existsSync(lastGoodOf(file))).toBe(false);
  }, 30_000);

  it('kiosk:pin refuses a weak PIN and prints a record kiosk.json takes', async () => {
    const pin = (input: string) =>
      new Promise<{ code: number | null; out: string; err: string }>((done) => {
        const child = execFile('npx', ['tsx', 'scripts/kioskPin.ts'], (e, out, err) =>
          done({ code: e ? (e.code as number) : 0, out, err }),
        );
        child.stdin?.end(input);
      });
    const weak = await pin('111111\n');
    expect(weak).toMatchObject({ code: 1, out: '' });
    expect(weak.err).toContain('not one digit repeated');
    const good = await pin('482913\n');
    expect(good.code).toBe(0);
    const read = parseKioskFile(JSON.stringify({ id: 'k', pin: JSON.parse(good.out) }));
    expect(read.ok).toBe(true);
  }, 30_000);
});
