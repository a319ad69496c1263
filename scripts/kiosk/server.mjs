// --serve: the exhibit's own server (scripts/serve.mjs), started when nothing answers on the URL
// (building dist/ first when there is no build) and restarted when it fails. With --home, the
// installed release's own server instead (<home>/current/server.mjs --home <home>, plain node,
// under the URL's path as its base): docs/releases.md.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const RESTART_MS = 5_000;
const SERVE_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 5_000;
const OWN_GROUP = process.platform !== 'win32';

/** True when something answers HTTP on `url` (any status). */
export async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The command that serves the kiosk: the repository's scripts/serve.mjs (under tsx: the server
 * shares the page's TypeScript schemas), or with `home` the current release's bundled server.
 * @param {string} root
 * @param {string} url
 * @param {string | undefined} home
 */
export function serverCommand(root, url, home) {
  if (!home) return [process.execPath, ['--import', 'tsx', join(root, 'scripts', 'serve.mjs')]];
  const base = new URL(url).pathname;
  return [
    process.execPath,
    [
      join(home, 'current', 'server.mjs'),
      '--home',
      home,
      ...(base !== '/' ? ['--base', base] : []),
    ],
  ];
}

/**
 * Makes sure something answers on `url`; returns a function that stops the server it started.
 * @param {{root: string, url: string, log: (m: string) => void, fail: (m: string) => void,
 *   stopKiosk: () => void, home?: string}} o
 */
export async function ensureServer(o) {
  if (await answers(o.url)) {
    o.log(`using the server already answering at ${o.url}`);
    return async () => {};
  }
  if (o.home && !existsSync(join(o.home, 'current', 'server.mjs')))
    o.fail(
      `no release installed in ${o.home}: run "kioskctl install <release>" first (docs/releases.md).`,
    );
  if (!o.home && !existsSync(join(o.root, 'dist', 'index.html'))) {
    o.log('no build in dist/: building the exhibit first (npm run build)');
    process.chdir(o.root);
    const { build } = await import('vite');
    await build({ root: o.root, logLevel: 'warn' });
  }
  let stopping = false;
  let answered = false;
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {NodeJS.Timeout | undefined} */
  let restartTimer;
  const start = () => {
    const port = new URL(o.url).port || process.env.PORT || '4173';
    const [command, args] = serverCommand(o.root, o.url, o.home);
    const c = spawn(command, args, {
      cwd: o.root,
      env: { ...process.env, PORT: port },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: OWN_GROUP,
    });
    child = c;
    c.on('exit', (code, signal) => {
      child = undefined;
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!answered) o.fail(`the exhibit server exited (${how}) before it answered.`);
      if (code === 0 || ['SIGTERM', 'SIGINT', 'SIGHUP'].includes(signal ?? '')) {
        o.log(`the exhibit server stopped (${how}); stopping the kiosk`);
        o.stopKiosk();
        return;
      }
      o.log(`the exhibit server exited (${how}); restarting it in 5 s`);
      restartTimer = setTimeout(start, RESTART_MS);
    });
  };
  const stop = async () => {
    stopping = true;
    clearTimeout(restartTimer);
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const gone = new Promise((resolve) => c.once('exit', resolve));
    c.kill('SIGTERM');
    const timer = setTimeout(() => c.kill('SIGKILL'), STOP_GRACE_MS);
    await gone;
    clearTimeout(timer);
  };
  process.on('exit', () => child?.kill('SIGTERM'));
  start();
  const deadline = Date.now() + SERVE_TIMEOUT_MS;
  while (!(await answers(o.url))) {
    if (stopping) return stop;
    if (Date.now() > deadline)
      o.fail(`nothing answered on ${o.url} within ${SERVE_TIMEOUT_MS / 1000} s.`);
    await sleep(500);
  }
  answered = true;
  return stop;
}
