// Signed releases on a kiosk without the repository (docs/releases.md): releases made from the test
// build (dist-test) with the release's own manifest and signing functions and its bundled server
// and kioskctl, installed into a kiosk home under the system's temporary folder (no node_modules
// above it) and served by the release's server.mjs run with plain `node`, under /kiosk/.
// - the exhibit loads from it, and its service worker caches it under the sub-path (offline reload);
// - a tampered release is refused, naming the file; a good one on trial is confirmed by its
//   heartbeat; a broken one (its page never starts) is rolled back by the server by itself.
import { expect, test, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { bundleNode } from '../../scripts/releaseBuild.ts';
import { signRelease } from '../../scripts/server/releases/manifest.mjs';
import { revision, type BuildManifest } from '../../scripts/swPlugin.ts';
import { tryUpdate } from './deployBuild.ts';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

const ROOT = resolve(import.meta.dirname, '../..');
const KEY = generateKeyPairSync('ed25519', {
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
// Made in beforeAll: Playwright also loads this file to list its tests.
let work = '';
let home = '';
let bundles = '';
let server: ChildProcess | undefined;
let url = '';
const serverLog: string[] = [];

/** A release made from dist-test: app/, the bundled server and kioskctl, signed as `version`. */
function makeRelease(version: string, change?: (dir: string) => void): string {
  const dir = join(work, 'made', version);
  cpSync(join(ROOT, 'dist-test'), join(dir, 'app'), {
    recursive: true,
    filter: (src) => !/[/\\](exhibits|media)[/\\]uprising([/\\]|$)/.test(src),
  });
  cpSync(join(bundles, 'server.mjs'), join(dir, 'server.mjs'));
  cpSync(join(bundles, 'kioskctl.mjs'), join(dir, 'kioskctl.mjs'));
  change?.(dir);
  signRelease(dir, { version, privateKey: KEY.privateKey });
  return dir;
}

/** Plain node, no tsx, nothing from the repository's environment. */
function plainEnv(extra: Record<string, string> = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  delete env.NODE_PATH;
  return env;
}

/** `node kioskctl.mjs <args> --home <home>` from the installed (or a given) release. */
function kioskctl(args: string[], from = join(home, 'current')) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(from, 'kioskctl.mjs'), ...args, '--home', home], {
    cwd: work,
    env: plainEnv(),
    encoding: 'utf8',
  });
  return { ...r, seconds: (performance.now() - started) / 1000 };
}

/**
 * Makes the app in a release dir believe it was built as `version` (as `npm run release` builds
 * it with VITE_KIOSK_RELEASE), and its worker's manifest list the changed script.
 */
function buildAs(dir: string, version: string): void {
  const app = join(dir, 'app');
  const main = /src="\.\/(assets\/index-[^"]+\.js)"/.exec(
    readFileSync(join(app, 'index.html'), 'utf8'),
  )![1]!;
  const code = readFileSync(join(app, main), 'utf8');
  const patched = code.replace('.release??`dev`', `.release??${JSON.stringify(version)}`);
  expect(patched, 'the release the page believes it is').not.toBe(code);
  writeFileSync(join(app, main), patched);
  const sw = readFileSync(join(app, 'sw.js'), 'utf8');
  const manifest = JSON.parse(/const MANIFEST = (\{.*?\});\n/s.exec(sw)![1]!) as BuildManifest;
  manifest.shell[main] = revision(patched);
  manifest.version = revision(JSON.stringify([manifest.shell, manifest.content])).slice(0, 12);
  writeFileSync(
    join(app, 'sw.js'),
    sw.replace(/const MANIFEST = \{.*?\};\n/s, `const MANIFEST = ${JSON.stringify(manifest)};\n`),
  );
}

/**
 * The kiosk's release route, on a new connection each time: a kept-alive one may be closed by the
 * server's keep-alive timer just as it is reused ("other side closed" on a busy machine).
 */
function releaseRoute(post?: object): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    const req = request(
      new URL('__kiosk/release', url),
      { agent: false, method: post ? 'POST' : 'GET' },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => done(JSON.parse(body)));
      },
    );
    req.on('error', fail).end(post && JSON.stringify(post));
  });
}

/** The release the server serves, and the one on trial. */
const served = () => releaseRoute() as Promise<{ release: string | null; trial: string | null }>;

async function noConsoleErrors(page: Page, run: () => Promise<void>) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await run();
  expect(errors, 'console errors').toEqual([]);
}

test.beforeAll(async () => {
  test.setTimeout(60_000);
  work = mkdtempSync(join(tmpdir(), 'kiosk-release-e2e-'));
  home = join(work, 'home');
  bundles = join(work, 'bundles');
  // The kiosk's folders sit where no node_modules can be found above them.
  for (let d = work; dirname(d) !== d; d = dirname(d))
    expect(existsSync(join(d, 'node_modules')), `${d}/node_modules`).toBe(false);
  await bundleNode(ROOT, 'scripts/serve.mjs', bundles, 'server.mjs');
  await bundleNode(ROOT, 'scripts/kioskctl.mjs', bundles, 'kioskctl.mjs');
  mkdirSync(home, { recursive: true });
  writeFileSync(
    join(home, 'kiosk.json'),
    JSON.stringify({ id: 'test-kiosk', releases: { publicKey: KEY.publicKey, trialSeconds: 5 } }),
  );
  const first = makeRelease('1.0.0');
  const install = kioskctl(['install', first], first);
  expect(install.stderr).toBe('');
  expect(install.stdout).toMatch(/^installed 1\.0\.0/);
  console.log(`kioskctl install 1.0.0: ${install.seconds.toFixed(2)} s (${install.stdout.trim()})`);
  server = spawn(
    process.execPath,
    [join(home, 'current', 'server.mjs'), '--home', home, '--base', '/kiosk/'],
    { cwd: work, env: plainEnv({ PORT: '0' }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no server: ${serverLog.join('')}`)), 20_000);
    const hear = (chunk: Buffer) => {
      serverLog.push(chunk.toString());
      const m = /running at (http:\S+)/.exec(serverLog.join(''));
      if (m) {
        clearTimeout(timer);
        done(m[1]!);
      }
    };
    server!.stdout!.on('data', hear);
    server!.stderr!.on('data', hear);
    server!.once('exit', (code) => fail(new Error(`server exited ${code}: ${serverLog.join('')}`)));
  });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/kiosk\/$/);
});

test.afterAll(() => {
  if (server?.exitCode !== null) console.log(`the server had stopped:\n${serverLog.join('')}`);
  server?.kill('SIGTERM');
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a release runs from plain node under /kiosk/, and its worker caches it there', async ({
  page,
  context,
}) => {
  await noConsoleErrors(page, async () => {
    await page.goto(`${url}?exhibit=test-exhibit`);
    await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
      timeout: 30_000,
    });
    expect(await served()).toEqual({ release: '1.0.0', trial: null });
    await expect
      .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
      .toBe(true);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(cached).toContain('/kiosk/');
    expect(cached.some((u) => u.startsWith('/kiosk/assets/index-'))).toBe(true);
    expect(cached).toContain('/kiosk/exhibits/test-exhibit/exhibit.json');
    expect(
      cached.filter((u) => u.startsWith('/kiosk/media/test-exhibit/narration/')).length,
    ).toBeGreaterThan(4);
    expect(cached.filter((u) => !u.startsWith('/kiosk/'))).toEqual([]);
    expect(cached.filter((u) => u.includes('__kiosk'))).toEqual([]);
    // With the server unreachable the kiosk boots again from its worker's cache.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
      timeout: 30_000,
    });
    await context.setOffline(false);
  });
});

test('a tampered release is refused; a good one is confirmed; a broken one rolls back by itself', async ({
  page,
}) => {
  // Tampered: one file changed after signing. Refused, naming it; nothing switched.
  const tampered = makeRelease('1.1.0-tampered');
  const chapter = join(tampered, 'app/exhibits/test-exhibit/exhibit.json');
  writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('"id"', ' "id"'));
  const refused = kioskctl(['install', tampered]);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/app\/exhibits\/test-exhibit\/exhibit\.json: changed/);
  expect(existsSync(join(home, 'releases', '1.1.0-tampered'))).toBe(false);
  expect(await served()).toEqual({ release: '1.0.0', trial: null });

  // Good: on trial until its page says it started, which it does by itself (a POST of its own
  // version to __kiosk/release once its machine runs; the beacon's onBeacon does the same).
  const good = kioskctl(['install', makeRelease('1.1.0', (dir) => buildAs(dir, '1.1.0'))]);
  expect(good.stdout).toMatch(/installed 1\.1\.0 .*on trial/);
  console.log(`kioskctl install 1.1.0: ${good.seconds.toFixed(2)} s`);
  expect(await served()).toEqual({ release: '1.1.0', trial: '1.1.0' });
  await page.goto(`${url}?exhibit=test-exhibit`);
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect.poll(served, { timeout: 10_000 }).toEqual({ release: '1.1.0', trial: null });
  expect(serverLog.join('')).toMatch(/1\.1\.0 confirmed: its page started/);
  await page.close();
  // A heartbeat for a release not on trial confirms nothing.
  expect(await releaseRoute({ release: '1.1.0' })).toEqual({ confirmed: false });

  // Broken: its page never starts (index.html without its script): no heartbeat within 5 s.
  const broken = makeRelease('1.2.0', (dir) => {
    const index = join(dir, 'app/index.html');
    writeFileSync(
      index,
      readFileSync(index, 'utf8').replace(/<script type="module"[^>]*><\/script>/, ''),
    );
  });
  const installed = performance.now();
  expect(kioskctl(['install', broken]).status).toBe(0);
  expect((await served()).release).toBe('1.2.0');
  await expect.poll(async () => (await served()).release, { timeout: 20_000 }).toBe('1.1.0');
  console.log(
    `rolled back ${((performance.now() - installed) / 1000).toFixed(1)} s after the install`,
  );
  const status = JSON.parse(kioskctl(['status', '--json']).stdout);
  expect(status).toMatchObject({ current: '1.1.0', bad: ['1.2.0'], trial: null });
  expect(status.log.at(-1)).toMatch(
    /rolled back from 1\.2\.0 to 1\.1\.0: no heartbeat from 1\.2\.0 within 5 s/,
  );
  expect(serverLog.join('')).toMatch(/rolled back from 1\.2\.0 to 1\.1\.0/);
  // By hand: back to 1.0.0.
  expect(kioskctl(['rollback']).stdout).toMatch(/rolled back from 1\.1\.0 to 1\.0\.0/);
  expect((await served()).release).toBe('1.0.0');
});

test('an open kiosk reloads into a switched release from its attract loop, which confirms it', async ({
  page,
}) => {
  // Three waits on the kiosk's own timers, one after another: its look for a waiting build (every
  // 10 s; when this Chromium has not told the kiosk's page of the build the second page fetched,
  // the page's own release check finds it within 60 s), a reload and boot under the new worker
  // (slow on a busy machine), and its confirming POST.
  test.setTimeout(240_000);
  // What the kiosk said, printed should a step below fail (which of its timers did not come).
  const said: string[] = [];
  page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
  await page.goto(`${url}?exhibit=test-exhibit`);
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 })
    .toBe(true);
  writeFileSync(
    join(home, 'kiosk.json'),
    JSON.stringify({ id: 'test-kiosk', releases: { publicKey: KEY.publicKey, trialSeconds: 120 } }),
  );
  const next = kioskctl(['install', makeRelease('1.3.0', (dir) => buildAs(dir, '1.3.0'))]);
  expect(next.stderr).toBe('');
  expect(await served()).toEqual({ release: '1.3.0', trial: '1.3.0' });
  // The page notices within a minute and asks its worker for the new build (unit-tested in
  // updates.test.ts). Update checks from the kiosk's own page stall in this headless Chromium
  // (deploy.spec.ts), so a second page of the origin asks for it, as the browser would.
  const updater = await page.context().newPage();
  await updater.goto(`${url}media/test-exhibit/manifest.json`);
  const started = performance.now();
  const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const reloaded = page.waitForEvent('load', { timeout: 120_000 });
  reloaded.catch(() => {}); // awaited below; a step before it may fail first
  try {
    await takeTheSwitch();
  } catch (e) {
    const workers = await page
      .evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const w = (s?: ServiceWorker | null) => s && `${s.state} ${s.scriptURL}`;
        return JSON.stringify({
          state: window.__exhibit?.state().value,
          controller: w(navigator.serviceWorker.controller),
          active: w(r?.active),
          waiting: w(r?.waiting),
          installing: w(r?.installing),
        });
      })
      .catch((e: unknown) => String(e));
    console.log(`the kiosk's console:\n  ${said.join('\n  ')}\nits workers: ${workers}`);
    console.log(`the server's log:\n${serverLog.join('').slice(-3000)}`);
    throw e;
  }
  async function takeTheSwitch() {
    const installed = await tryUpdate(updater);
    expect(installed).toBe('installed');
    // The kiosk, in its attract loop, lets it take over and reloads into 1.3.0, whose page says it
    // started: only a page running 1.3.0 confirms 1.3.0.
    expect(await page.evaluate(() => window.__exhibit!.state().value)).toBe('attract');
    await reloaded;
    console.log(`the attract loop reloaded into the new build ${since()} after it was installed`);
    await expect(page.locator('html[data-started]')).toBeAttached({ timeout: 60_000 });
    console.log(`its machine started ${since()} after`);
    await expect.poll(served, { timeout: 30_000 }).toEqual({ release: '1.3.0', trial: null });
    console.log(`1.3.0 confirmed by its page ${since()} after`);
  }
});
