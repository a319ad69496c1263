// `npm start` serves the built kiosk (dist/) on localhost and prints where to point the browser.
// A release carries this file bundled as its own server.mjs (scripts/release.ts), run with plain
// `node` and no node_modules.
//
//   node scripts/serve.mjs [--dir <build>] [--host <address>] [--base <sub-path>]
//   node server.mjs --home <kiosk home> [--base /kiosk/]      (a release's server)
//
// PORT changes the port (default 4173); --dir (or SERVE_DIR) the build served (default dist/);
// --host (or HOST) the address it listens on (default 127.0.0.1: only this machine); --base (or
// KIOSK_BASE) the sub-path it serves under (default /). --home (or KIOSK_HOME) serves a kiosk's
// current release (<home>/current/app, docs/releases.md) and rolls a new one back by itself when
// its page does not start within the trial.
// The server is scripts/server/: 404 for missing files, the kiosk's security headers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server/index.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    host: { type: 'string' },
    base: { type: 'string' },
    home: { type: 'string' },
  },
});
const home = values.home ?? process.env.KIOSK_HOME;
const root = values.dir ?? process.env.SERVE_DIR ?? 'dist';
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const base = values.base ?? process.env.KIOSK_BASE ?? '/';
const port = Number(process.env.PORT ?? 4173);

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
