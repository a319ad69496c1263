// The kiosk's static server: serves a build directory on one port. Used by `npm start`,
// `npm run kiosk --serve` (through scripts/serve.mjs) and the browser tests.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { beaconHandler } from './beacon.mjs';
import { staticHandler } from './handler.mjs';
import { kioskMetrics, metricsHandler } from './metrics.mjs';

/**
 * Starts serving `root` on `host:port` (port 0: any free port). Resolves once it listens, with
 * the server, its URL and a `close()` that also drops open connections. `onRequest` hears each
 * request's method and URL (for tests and logs). The page's beacons (`<base>__kiosk/beacon`) feed
 * the metrics at `/metrics`, labelled from `kioskFile` (kiosk.json, or a function giving it), and
 * go to `onBeacon`.
 */
export function startServer({
  root,
  port = 4173,
  host = '127.0.0.1',
  onRequest,
  base = '/',
  kioskFile = null,
  onBeacon,
}) {
  const metrics = kioskMetrics({ kioskFile });
  // Each handler answers (true) or passes the request on; the build's files come last.
  const handlers = [
    metricsHandler(metrics),
    beaconHandler({ base, metrics, listeners: onBeacon ? [onBeacon] : [] }),
  ];
  const handle = staticHandler(resolve(root));
  const server = createServer((req, res) => {
    onRequest?.(req.method ?? 'GET', req.url ?? '/');
    if (!handlers.some((h) => h(req, res))) handle(req, res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        server,
        url: `http://${host}:${actual}/`,
        metrics,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
