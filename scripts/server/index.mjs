// The kiosk's static server: serves a build directory on one port. Used by `npm start`,
// `npm run kiosk --serve` (through scripts/serve.mjs) and the browser tests.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { staticHandler } from './handler.mjs';
import { commonHeaders } from './headers.mjs';
import { kioskFileHandler, watchKioskFile } from './kioskConfig.mjs';

/**
 * Starts serving `root` on `host:port` (port 0: any free port). Resolves once it listens, with
 * the server, its URL and a `close()` that also drops open connections. `onRequest` hears each
 * request's method and URL (for tests and logs). `configFile` is this kiosk's kiosk.json (watched
 * and served at `<base>kiosk.json`); `kioskFile`, instead, gives the object to serve.
 */
export async function startServer({
  root,
  port = 4173,
  host = '127.0.0.1',
  onRequest,
  base = '/',
  configFile,
  kioskFile,
  log,
}) {
  const config = configFile
    ? await watchKioskFile({ file: configFile, ...(log ? { log } : {}) })
    : undefined;
  const handlers = [
    ...(config || kioskFile
      ? [kioskFileHandler({ base, config, kioskFile, headers: commonHeaders() })]
      : []),
    staticHandler(resolve(root)),
  ];
  const server = createServer((req, res) => {
    onRequest?.(req.method ?? 'GET', req.url ?? '/');
    // Each handler answers (true) or passes the request on; the static files come last.
    for (const handle of handlers) if (handle(req, res) !== false) return;
  });
  return new Promise((done, fail) => {
    const failed = (e) => {
      config?.close();
      fail(e);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        server,
        url: `http://${host}:${actual}/`,
        kioskConfig: config,
        close: () =>
          new Promise((closed) => {
            config?.close();
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
