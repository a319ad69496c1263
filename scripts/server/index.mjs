// The kiosk's server: serves a build directory on one port, with this kiosk's kiosk.json
// (kioskConfig.mjs), the page's beacon and the Prometheus metrics it feeds (beacon.mjs,
// metrics.mjs). Used by `npm start`, `npm run kiosk --serve` (through scripts/serve.mjs) and the
// browser tests.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { beaconHandler } from './beacon.mjs';
import { staticHandler } from './handler.mjs';
import { commonHeaders } from './headers.mjs';
import { kioskFileHandler, watchKioskFile } from './kioskConfig.mjs';
import { kioskMetrics, metricsHandler } from './metrics.mjs';

/**
 * Starts serving `root` on `host:port` (port 0: any free port). Resolves once it listens, with
 * the server, its URL and a `close()` that also drops open connections. `onRequest` hears each
 * request's method and URL (for tests and logs). `configFile` is this kiosk's kiosk.json (watched
 * and served at `<base>kiosk.json`); `kioskFile`, instead, gives the object to serve. The page's
 * beacons (`<base>__kiosk/beacon`) feed the metrics at `/metrics`, labelled from kiosk.json, and
 * go to `onBeacon`.
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
  onBeacon,
}) {
  const config = configFile
    ? await watchKioskFile({ file: configFile, ...(log ? { log } : {}) })
    : undefined;
  const given = typeof kioskFile === 'function' ? kioskFile : () => kioskFile ?? null;
  const current = config ? () => config.current() : given;
  const metrics = kioskMetrics({ kioskFile: current });
  // Each handler answers (true) or passes the request on; the build's files come last.
  const handlers = [
    metricsHandler(metrics),
    beaconHandler({ base, metrics, listeners: onBeacon ? [onBeacon] : [] }),
    ...(config || kioskFile
      ? [kioskFileHandler({ base, config, kioskFile: given, headers: commonHeaders() })]
      : []),
  ];
  const handle = staticHandler(resolve(root));
  const server = createServer((req, res) => {
    onRequest?.(req.method ?? 'GET', req.url ?? '/');
    if (!handlers.some((h) => h(req, res))) handle(req, res);
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
        metrics,
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
