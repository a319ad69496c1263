// `npm start` serves the built kiosk (dist/) on localhost and prints where to point the browser.
//
//   node scripts/serve.mjs [--dir <build>] [--host <address>]
//
// PORT changes the port (default 4173); --dir (or SERVE_DIR) the build served (default dist/);
// --host (or HOST) the address it listens on (default 127.0.0.1: only this machine).
// The server is scripts/server/: 404 for missing files, the kiosk's security headers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './server/index.mjs';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, host: { type: 'string' } },
});
const root = values.dir ?? process.env.SERVE_DIR ?? 'dist';
const host = values.host ?? process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build found in ${root}/: run "npm run build" first (npm start does both).`);
  process.exit(1);
}
try {
  const { url } = await startServer({ root, port, host });
  console.log(
    `\nThe kiosk is running at ${url}\nOpen it full screen in Chromium or Chrome; stop it with Ctrl+C.\n`,
  );
} catch (e) {
  const busy = e && typeof e === 'object' && 'code' in e && e.code === 'EADDRINUSE';
  console.error(busy ? `Port ${port} is in use: set PORT to another port.` : String(e));
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
