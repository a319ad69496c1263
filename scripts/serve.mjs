// `npm start` serves the built kiosk (dist/) on localhost and prints where to point the browser.
// A release carries this file bundled as its own server.mjs (scripts/release.ts), run with plain
// `node` and no node_modules.
//
//   node --import tsx scripts/serve.mjs [--dir <build>] [--host <address>] [--base <sub-path>]
//        [--config <kiosk.json>]
//   node --import tsx scripts/serve.mjs --check-config <kiosk.json>
//   node server.mjs --home <kiosk home> [--base /kiosk/]      (a release's server, plain node)
//
// PORT changes the port (default 4173); --dir (or SERVE_DIR) the build served (default dist/);
// --host (or HOST) the address it listens on (default 127.0.0.1: only this machine); --base (or
// KIOSK_BASE) the sub-path it serves under (default /). --home (or KIOSK_HOME) serves a kiosk's
// current release (<home>/current/app, docs/releases.md) and rolls a new one back by itself when
// its page does not start within the trial.
// --config (or KIOSK_FILE) this kiosk's kiosk.json (default: <home>/kiosk.json with --home, else
// kiosk.json beside the build directory), served to the page and read again whenever it changes
// (docs/deployment.md). --check-config validates a kiosk.json and exits 0, or 1 with every
// problem: Ansible's `template: validate:` runs it before a new file replaces the old.
// The server is scripts/server/: 404 for missing files, the kiosk's security headers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server/index.mjs';
import { checkKioskFile, defaultKioskFile } from './server/kioskConfig.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    host: { type: 'string' },
    base: { type: 'string' },
    home: { type: 'string' },
    config: { type: 'string' },
    'check-config': { type: 'string' },
  },
});

if (values['check-config'] !== undefined) {
  const { ok, errors, value } = await checkKioskFile(values['check-config']);
  if (ok) console.log(`${values['check-config']}: valid (kiosk "${value.id}")`);
  else console.error(errors.join('\n'));
  process.exit(ok ? 0 : 1);
}

const home = values.home ?? process.env.KIOSK_HOME;
const root = values.dir ?? process.env.SERVE_DIR ?? 'dist';
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const base = values.base ?? process.env.KIOSK_BASE ?? '/';
const port = Number(process.env.PORT ?? 4173);
const configFile =
  values.config ??
  process.env.KIOSK_FILE ??
  (home ? join(home, 'kiosk.json') : defaultKioskFile(root));

if (!home && !existsSync(join(root, 'index.html'))) {
  console.error(`No build found in ${root}/: run "npm run build" first (npm start does both).`);
  process.exit(1);
}
if (home && !existsSync(join(home, 'current')))
  console.error(
    `No release installed in ${home} yet: "kioskctl install <release>" (docs/releases.md).`,
  );
try {
  const { url } = await startServer({
    root,
    port,
    host,
    base,
    configFile,
    releases: home ? { home } : undefined,
  });
  console.log(
    `\nThe kiosk is running at ${url}${home ? ` (releases in ${home})` : ''}\nOpen it full screen in Chromium or Chrome; stop it with Ctrl+C.\n`,
  );
} catch (e) {
  const busy = e && typeof e === 'object' && 'code' in e && e.code === 'EADDRINUSE';
  console.error(busy ? `Port ${port} is in use: set PORT to another port.` : String(e));
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
