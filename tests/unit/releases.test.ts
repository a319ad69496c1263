// Signed releases (scripts/server/releases/, docs/releases.md): the manifest and its Ed25519
// signature, installs refused for any tampering with nothing changed on disk, the atomic switch of
// `current`, keeping N, rollback by hand, the trial's automatic rollback on an injected clock, a
// download over HTTP, and the server serving the current release under a sub-path.
import { generateKeyPairSync } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultVersion } from '../../scripts/releaseBuild.ts';
import { inside, makeReleaseKey } from '../../scripts/releaseKey.mjs';
import { startServer } from '../../scripts/server/index.mjs';
import {
  checkRelease,
  makeManifest,
  manifestBytes,
  signBytes,
  signRelease,
  verifyBytes,
} from '../../scripts/server/releases/manifest.mjs';
import {
  currentApp,
  currentVersion,
  install,
  readState,
  rollback,
  status,
} from '../../scripts/server/releases/store.mjs';
import { trialWatch } from '../../scripts/server/releases/trial.mjs';

const pair = () =>
  generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
const KEY = pair();
const OTHER = pair();

const temps: string[] = [];
function temp(prefix = 'kiosk-releases-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A small signed release: app/index.html naming its version, a script, a server stub. */
function makeRelease(version: string, privateKey = KEY.privateKey): string {
  const dir = join(temp(), version);
  const files: Record<string, string> = {
    'app/index.html': `<!doctype html><title>${version}</title>`,
    'app/assets/index-abc.js': `console.log(${JSON.stringify(version)});`,
    'app/media/x/a.opus': 'OggS…',
    'server.mjs': '// server',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  signRelease(dir, { version, privateKey, created: new Date('2026-12-03T18:42:00Z') });
  return dir;
}

/** Every path under `dir` with its kind and, for links, their target: what "nothing changed" means. */
function snapshot(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const p = join(e.parentPath, e.name);
      const rel = p.slice(dir.length);
      return e.isSymbolicLink() ? `${rel} -> ${readlinkSync(p)}` : `${rel} ${statSync(p).size}`;
    })
    .sort();
}

const opts = { publicKey: KEY.publicKey, trialSeconds: 5, keep: 2 };

describe('the manifest and its signature', () => {
  it('lists every file with its size and SHA-256, not itself nor the signature', () => {
    const dir = makeRelease('1.0.0');
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(m.version).toBe('1.0.0');
    expect(m.created).toBe('2026-12-03T18:42:00.000Z');
    expect(m.files.map((f: { path: string }) => f.path)).toEqual([
      'app/assets/index-abc.js',
      'app/index.html',
      'app/media/x/a.opus',
      'server.mjs',
    ]);
    expect(m.files[3]).toMatchObject({ path: 'server.mjs', size: 9 });
    expect(m.files[3].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(makeManifest(dir, { version: '1.0.0', created: new Date(m.created) })).toEqual(m);
    expect(() => makeManifest(dir, { version: '../1' })).toThrow(/not a release version/);
  });

  it('signs the exact bytes: a changed byte, another key or a cut signature do not verify', () => {
    const m = makeManifest(makeRelease('1.0.0'), { version: '1.0.0' });
    const bytes = manifestBytes(m);
    const sig = signBytes(bytes, KEY.privateKey);
    expect(verifyBytes(bytes, sig, KEY.publicKey)).toBe(true);
    expect(
      verifyBytes(Buffer.from(bytes.toString().replace('1.0.0', '1.0.1')), sig, KEY.publicKey),
    ).toBe(false);
    expect(verifyBytes(bytes, sig, OTHER.publicKey)).toBe(false);
    expect(verifyBytes(bytes, sig.slice(4), KEY.publicKey)).toBe(false);
    expect(verifyBytes(bytes, sig, 'not a key')).toBe(false);
    const rsa = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    expect(() => signBytes(bytes, rsa.privateKey)).toThrow(/not an Ed25519 key/);
  });

  it('the release version defaults to package.json’s and the UTC minute', () => {
    expect(defaultVersion('0.1.0', new Date('2026-12-03T18:42:07Z'))).toBe('0.1.0-20261203.1842');
  });
});

describe('installing', () => {
  it('checks, copies, switches `current` in one rename and puts the new release on trial', async () => {
    const home = temp();
    const r1 = await install(home, makeRelease('1.0.0'), opts);
    expect(r1.previous).toBeNull();
    expect(lstatSync(join(home, 'current')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(home, 'current'))).toBe(join('releases', '1.0.0'));
    expect(readFileSync(join(currentApp(home), 'index.html'), 'utf8')).toContain('1.0.0');
    // The first release has nothing to roll back to: no trial.
    expect(readState(home).trial).toBeNull();
    const r2 = await install(home, makeRelease('1.1.0'), { ...opts, now: () => 1000 });
    expect(r2.previous).toBe('1.0.0');
    expect(currentVersion(home)).toBe('1.1.0');
    expect(readState(home).trial).toEqual({
      version: '1.1.0',
      previous: '1.0.0',
      since: 1000,
      seconds: 5,
    });
    // No temporary link, no .partial copy left behind.
    expect(readdirSync(home).sort()).toEqual(['current', 'releases', 'state.json']);
    expect(readdirSync(join(home, 'releases')).sort()).toEqual(['1.0.0', '1.1.0']);
    await expect(install(home, makeRelease('1.1.0'), opts)).rejects.toThrow(/already the current/);
  });

  const tampered: [string, (dir: string) => void, RegExp][] = [
    [
      'a changed file',
      (d) => writeFileSync(join(d, 'app/index.html'), '<title>evil</title>'),
      /app\/index\.html: changed/,
    ],
    [
      'a missing file',
      (d) => rmSync(join(d, 'app/media/x/a.opus')),
      /app\/media\/x\/a\.opus: listed in the manifest but missing/,
    ],
    [
      'an extra file',
      (d) => writeFileSync(join(d, 'app/extra.js'), 'evil()'),
      /app\/extra\.js: not in the signed manifest/,
    ],
    [
      'a changed manifest',
      (d) =>
        writeFileSync(
          join(d, 'manifest.json'),
          readFileSync(join(d, 'manifest.json'), 'utf8').replace(
            '"version": "2.0.0"',
            '"version": "2.0.1"',
          ),
        ),
      /manifest\.sig: the signature does not match/,
    ],
    ['a missing signature', (d) => rmSync(join(d, 'manifest.sig')), /manifest\.sig: missing/],
  ];
  for (const [what, tamper, message] of tampered)
    it(`refuses ${what}, naming the file, with nothing changed on disk`, async () => {
      const home = temp();
      await install(home, makeRelease('1.0.0'), opts);
      const before = snapshot(home);
      const stateBefore = readFileSync(join(home, 'state.json'), 'utf8');
      const bad = makeRelease('2.0.0');
      tamper(bad);
      await expect(install(home, bad, opts)).rejects.toThrow(message);
      expect(snapshot(home)).toEqual(before);
      expect(readFileSync(join(home, 'state.json'), 'utf8')).toBe(stateBefore);
    });

  it('refuses a release signed with another key', async () => {
    const home = temp();
    await expect(install(home, makeRelease('1.0.0', OTHER.privateKey), opts)).rejects.toThrow(
      /signature does not match/,
    );
    expect(currentVersion(home)).toBeNull();
    expect(readdirSync(join(home, 'releases'))).toEqual([]);
  });

  it('keeps the current release and the `keep` newest others', async () => {
    const home = temp();
    for (const v of ['1', '2', '3', '4', '5']) await install(home, makeRelease(v), opts);
    expect(readdirSync(join(home, 'releases')).sort()).toEqual(['3', '4', '5']);
    expect(status(home)).toMatchObject({ current: '5', installed: ['3', '4', '5'] });
  });

  it('downloads a release over HTTP: the signature first, then every file, then the same checks', async () => {
    const release = makeRelease('1.0.0');
    const server = await startServer({ root: dirname(release), port: 0 });
    try {
      const home = temp();
      await install(home, `${server.url}1.0.0/`, opts);
      expect(currentVersion(home)).toBe('1.0.0');
      expect(readdirSync(join(home, 'incoming'))).toEqual([]);
      writeFileSync(join(release, 'app/index.html'), 'changed on the server');
      const home2 = temp();
      await expect(install(home2, `${server.url}1.0.0`, opts)).rejects.toThrow(
        /app\/index\.html: changed/,
      );
      expect(currentVersion(home2)).toBeNull();
      expect(readdirSync(join(home2, 'incoming'))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('rolling back', () => {
  it('by hand: back to the release before; with nothing before, refused', async () => {
    const home = temp();
    await install(home, makeRelease('1.0.0'), opts);
    expect(() => rollback(home)).toThrow(/no earlier release/);
    await install(home, makeRelease('2.0.0'), opts);
    expect(rollback(home)).toEqual({ from: '2.0.0', to: '1.0.0' });
    expect(currentVersion(home)).toBe('1.0.0');
    expect(readState(home).trial).toBeNull();
    expect(status(home).log.at(-1)).toMatch(/rolled back from 2\.0\.0 to 1\.0\.0: by hand/);
  });

  function clock(start = 1_000_000) {
    let t = start;
    const ticks: (() => void)[] = [];
    return {
      now: () => t,
      every: (f: () => void) => {
        ticks.push(f);
        return { stop: () => ticks.splice(ticks.indexOf(f), 1) };
      },
      /** Moves the clock on by `ms`, one tick a second. */
      advance(ms: number) {
        for (let step = 0; step < ms; step += 1000) {
          t += 1000;
          for (const f of [...ticks]) f();
        }
      },
    };
  }

  it('by itself when the new release sends no heartbeat within its trial, and not again', async () => {
    const home = temp();
    const c = clock();
    const logs: string[] = [];
    await install(home, makeRelease('1.0.0'), { ...opts, now: c.now });
    const watch = trialWatch({ home, now: c.now, every: c.every, log: (m) => logs.push(m) });
    const broken = makeRelease('2.0.0');
    await install(home, broken, { ...opts, now: c.now });
    c.advance(4000);
    expect(currentVersion(home)).toBe('2.0.0');
    expect(watch.heartbeat('1.0.0')).toBe(false); // another release's heartbeat confirms nothing
    c.advance(2000);
    expect(currentVersion(home)).toBe('1.0.0');
    expect(readState(home)).toMatchObject({ bad: ['2.0.0'], trial: null });
    expect(logs.join('\n')).toMatch(
      /rolled back from 2\.0\.0 to 1\.0\.0: no heartbeat from 2\.0\.0 within 5 s; 2\.0\.0 is marked bad/,
    );
    await expect(install(home, broken, { ...opts, now: c.now })).rejects.toThrow(
      /rolled back as bad.*--force/,
    );
    await install(home, broken, { ...opts, now: c.now, force: true });
    expect(currentVersion(home)).toBe('2.0.0');
    watch.stop();
  });

  it('not when the new release’s page confirms in time', async () => {
    const home = temp();
    const c = clock();
    await install(home, makeRelease('1.0.0'), { ...opts, now: c.now });
    const watch = trialWatch({ home, now: c.now, every: c.every, log: () => {} });
    await install(home, makeRelease('2.0.0'), { ...opts, now: c.now });
    c.advance(3000);
    expect(watch.heartbeat('2.0.0')).toBe(true);
    c.advance(60_000);
    expect(currentVersion(home)).toBe('2.0.0');
    expect(readState(home).trial).toBeNull();
    watch.stop();
  });

  it('a server started during a trial gives the page its whole time again', async () => {
    const home = temp();
    const c = clock();
    await install(home, makeRelease('1.0.0'), { ...opts, now: c.now });
    await install(home, makeRelease('2.0.0'), { ...opts, now: c.now });
    c.advance(60_000); // the kiosk was off
    const watch = trialWatch({ home, now: c.now, every: c.every, log: () => {} });
    expect(currentVersion(home)).toBe('2.0.0');
    c.advance(6000);
    expect(currentVersion(home)).toBe('1.0.0');
    watch.stop();
  });
});

describe('the server of a kiosk home', () => {
  it('serves the current release under its base, follows a switch at once, and hears the page', async () => {
    const home = temp();
    await install(home, makeRelease('1.0.0'), opts);
    const server = await startServer({
      port: 0,
      base: '/kiosk',
      releases: { home, log: () => {} },
    });
    try {
      expect(server.url).toMatch(/\/kiosk\/$/);
      const text = async (path: string) => (await fetch(new URL(path, server.url))).text();
      expect(await text('./')).toContain('1.0.0');
      expect(JSON.parse(await text('__kiosk/release'))).toEqual({ release: '1.0.0', trial: null });
      const outside = await fetch(new URL('/index.html', server.url));
      expect(outside.status).toBe(404);
      const bare = await fetch(server.url.slice(0, -1), { redirect: 'manual' });
      expect([bare.status, bare.headers.get('location')]).toEqual([301, '/kiosk/']);
      await install(home, makeRelease('2.0.0'), opts);
      expect(await text('./')).toContain('2.0.0');
      expect(JSON.parse(await text('__kiosk/release'))).toEqual({
        release: '2.0.0',
        trial: '2.0.0',
      });
      const post = await fetch(new URL('__kiosk/release', server.url), {
        method: 'POST',
        body: JSON.stringify({ release: '2.0.0' }),
      });
      expect(await post.json()).toEqual({ confirmed: true });
      expect(readState(home).trial).toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('the release key', () => {
  it('is made outside the repository only, the private half readable by its owner alone', () => {
    const repo = temp();
    expect(() => makeReleaseKey(join(repo, 'keys'), repo)).toThrow(/inside the repository/);
    expect(inside(join(repo, 'a', 'b'), repo)).toBe(true);
    const dir = join(temp(), 'keys');
    const { privatePath, publicKey } = makeReleaseKey(dir, repo);
    expect(statSync(privatePath).mode & 0o777).toBe(0o600);
    expect(publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(() => makeReleaseKey(dir, repo)).toThrow(/exists already/);
    // A release signed with it installs where kiosk.json holds its public half.
    const release = makeRelease('1.0.0', readFileSync(privatePath, 'utf8'));
    expect(checkRelease(release, publicKey).version).toBe('1.0.0');
  });
});

describe('the launcher with --home', () => {
  it("runs the current release's bundled server with plain node, under the URL's path", async () => {
    const { serverCommand } = await import('../../scripts/kiosk/server.mjs');
    expect(serverCommand('/repo', 'http://127.0.0.1:4173/', undefined)).toEqual([
      process.execPath,
      ['--import', 'tsx', '/repo/scripts/serve.mjs'],
    ]);
    expect(serverCommand('/repo', 'http://127.0.0.1:4173/kiosk/', '/var/lib/museum-kiosk')).toEqual(
      [
        process.execPath,
        [
          '/var/lib/museum-kiosk/current/server.mjs',
          '--home',
          '/var/lib/museum-kiosk',
          '--base',
          '/kiosk/',
        ],
      ],
    );
  });
});
