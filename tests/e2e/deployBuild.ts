// Deploys on the test's own server: a temporary copy of the test build (dist-test), served by the
// kiosk's server on a port of its own, that a test changes under the running kiosk; and a second
// build "B" made from it by renaming its main script (no second vite build needed).
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startServer, type RunningServer } from '../../scripts/server/index.mjs';
import { revision, type BuildManifest } from '../../scripts/swPlugin.ts';

/**
 * The port these tests serve their copies on (the test exhibit only: Uprising is left out): one a
 * Playwright worker, so that deploy.spec.ts and bootGuard.spec.ts may run side by side.
 */
export const DEPLOY_PORT = 4211 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);

/** A copy of the test build on disk, and its server while it runs. */
export class DeployedBuild {
  readonly dir = mkdtempSync(join(tmpdir(), 'kiosk-deploy-'));
  server: RunningServer | undefined;
  /** Every request the server got, as "GET /path". */
  readonly requests: string[] = [];

  constructor(from = 'dist-test') {
    cpSync(from, this.dir, {
      recursive: true,
      filter: (src) => !/[/\\](exhibits|media)[/\\]uprising([/\\]|$)/.test(src),
    });
  }

  async start(port = DEPLOY_PORT): Promise<void> {
    this.server = await startServer({
      root: this.dir,
      port,
      onRequest: (method, url) => this.requests.push(`${method} ${url}`),
    });
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  read(rel: string): Buffer {
    return readFileSync(this.path(rel));
  }

  write(rel: string, bytes: Buffer | string): void {
    writeFileSync(this.path(rel), bytes);
  }

  /** The main script's name, from index.html. */
  mainScript(): string {
    return /src="\.?\/(assets\/index-[^"]+\.js)"/.exec(this.read('index.html').toString())![1]!;
  }

  /** Sets the boot guard's wait in index.html, and its revision in sw.js to match. */
  setBootSeconds(seconds: number): void {
    const index = this.read('index.html')
      .toString()
      .replace(/data-boot-seconds="\d+"/, `data-boot-seconds="${seconds}"`);
    this.write('index.html', index);
    const sw = this.read('sw.js').toString();
    const manifest = this.manifest();
    manifest.shell['./'] = revision(index);
    this.write(
      'sw.js',
      sw.replace(/const MANIFEST = \{.*?\};\n/s, `const MANIFEST = ${JSON.stringify(manifest)};\n`),
    );
  }

  manifest(): BuildManifest {
    return JSON.parse(/const MANIFEST = (\{.*?\});\n/s.exec(this.read('sw.js').toString())![1]!);
  }
}

/** The files of a build B made from the deployed one, in the order a copy would bring them. */
export interface BuildB {
  /** index.html and sw.js: what a half-finished copy has already replaced. */
  first: Record<string, Buffer>;
  /** B's new main script, the chunks that import it, and one changed chapter. */
  rest: Record<string, Buffer>;
  version: string;
}

/**
 * Makes build B: the main script renamed (B's code also sets `window.__build = 'B'`), every file
 * naming it rewritten, one chapter file changed, and a sw.js whose manifest lists all of that.
 */
export function makeBuildB(a: DeployedBuild, changedContent: string): BuildB {
  const oldMain = a.mainScript();
  const newMain = oldMain.replace(/\.js$/, '-b.js');
  const name = (s: string) => s.split(oldMain.slice('assets/'.length)).join(newMain.slice(7));
  const manifest = a.manifest();
  const first: Record<string, Buffer> = {};
  const rest: Record<string, Buffer> = {};
  const index = Buffer.from(name(a.read('index.html').toString()));
  first['index.html'] = index;
  manifest.shell['./'] = revision(index);
  const main = Buffer.from(`${name(a.read(oldMain).toString())}\nwindow.__build = 'B';\n`);
  delete manifest.shell[oldMain];
  rest[newMain] = main;
  manifest.shell[newMain] = revision(main);
  for (const f of readdirSync(a.path('assets')).filter((f) => f.endsWith('.js'))) {
    const rel = `assets/${f}`;
    if (rel === oldMain) continue;
    const text = a.read(rel).toString();
    if (!text.includes(oldMain.slice(7))) continue;
    rest[rel] = Buffer.from(name(text));
    manifest.shell[rel] = revision(rest[rel]);
  }
  const changed = Buffer.from(`${a.read(changedContent).toString().trimEnd()}\n\n`);
  rest[changedContent] = changed;
  manifest.content[changedContent] = revision(changed);
  manifest.version = 'bbbbbbbbbbbb';
  const sw = a.read('sw.js').toString();
  first['sw.js'] = Buffer.from(
    sw.replace(/const MANIFEST = \{.*?\};\n/s, `const MANIFEST = ${JSON.stringify(manifest)};\n`),
  );
  return { first, rest, version: manifest.version };
}

/** Asks for a new build now and says how its install ended: "installed", "redundant" or "none". */
export function tryUpdate(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update().catch(() => {});
    const worker = registration.installing;
    if (!worker) return registration.waiting ? 'installed' : 'none';
    return new Promise<string>((done) => {
      const settled = () => ['installed', 'activated', 'redundant'].includes(worker.state);
      if (settled()) return done(worker.state);
      worker.addEventListener('statechange', () => settled() && done(worker.state));
    });
  });
}
