// The kiosk's server: serves a build directory (or a kiosk's current release) on one port, with
// this kiosk's kiosk.json (kioskConfig.mjs), the page's beacon and the Prometheus metrics it feeds
// (beacon.mjs, metrics.mjs), and the release routes and trial (releases/). Used by `npm start`,
// `npm run kiosk --serve` (through scripts/serve.mjs), a release's own server.mjs (the same file
// bundled) and the browser tests. Handlers are chained: each returns true when it answered.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { beaconHandler } from './beacon.mjs';
import { staticHandler } from './handler.mjs';
import { commonHeaders } from './headers.mjs';
import { kioskFileHandler, watchKioskFile } from './kioskConfig.mjs';
import { kioskMetrics, metricsHandler } from './metrics.mjs';
import { releaseRoutes } from './releases/routes.mjs';
import { currentApp } from './releases/store.mjs';
import { trialWatch } from './releases/trial.mjs';

/** A base path as "/" or "/kiosk/": leading and trailing slash. */
export function normalBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Starts serving `root` on `host:port` (port 0: any free port). Resolves once it listens, with
 * the server, its URL and a `close()` that also drops open connections. `onRequest` hears each
 * request's method and URL (for tests and logs). `base` serves everything under a sub-path
 * ("/kiosk/"); /metrics stays at the root. `configFile` is this kiosk's kiosk.json (watched and
 * served at `<base>kiosk.json`); `kioskFile`, instead, gives the object to serve. The page's
 * beacons (`<base>__kiosk/beacon`) feed the metrics, labelled from kiosk.json, confirm a release
 * on trial and go to `onBeacon`. `releases.home` serves the current release of a kiosk's home
 * instead of `root` (the link resolved on each request, so a switch takes effect at once) and
 * watches its trial.
 */
export async function startServer({
  root,
  port = 4173,
  host = '127.0.0.1',
  onRequest,
  base,
  configFile,
  kioskFile,
  log,
  onBeacon,
  releases,
}) {
  const prefix = normalBase(base);
  const config = configFile
    ? await watchKioskFile({ file: configFile, ...(log ? { log } : {}) })
    : undefined;
  const given = typeof kioskFile === 'function' ? kioskFile : () => kioskFile ?? null;
  const current = config ? () => config.current() : given;
  const metrics = kioskMetrics({ kioskFile: current });
  const home = releases?.home ? resolve(releases.home) : null;
  const trial = home
    ? trialWatch({ home, log: releases.log, now: releases.now, every: releases.every })
    : null;
  const listeners = [(b) => void trial?.heartbeat(b.release), ...(onBeacon ? [onBeacon] : [])];
  const serveRoot = home ? () => currentApp(home) : resolve(root);
  // Under the sub-path, with the prefix taken off the URL; the build's files come last.
  const handlers = [
    beaconHandler({ base: '/', metrics, listeners }),
    ...(config || kioskFile
      ? [kioskFileHandler({ base: '/', config, kioskFile: given, headers: commonHeaders() })]
      : []),
    releaseRoutes({ home, trial }),
    staticHandler(serveRoot),
  ];
  const atRoot = metricsHandler(metrics);
  const server = createServer((req, res) => {
    onRequest?.(req.method ?? 'GET', req.url ?? '/');
    if (atRoot(req, res)) return;
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    if (prefix !== '/') {
      if (`${path}/` === prefix) {
        res.writeHead(301, { Location: prefix + url.slice(path.length) });
        return void res.end();
      }
      if (!path.startsWith(prefix)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return void res.end(`Not found: ${path} (the kiosk is served under ${prefix})\n`);
      }
      req.url = url.slice(prefix.length - 1);
    }
    void (async () => {
      for (const handle of handlers)
        if (await handle(req, res, (req.url ?? '/').split('?')[0])) return;
    })().catch((e) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Server error\n');
      } else res.destroy(e);
    });
  });
  return new Promise((done, fail) => {
    const failed = (e) => {
      config?.close();
      trial?.stop();
      fail(e);
    };
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        server,
        url: `http://${host}:${actual}${prefix}`,
        kioskConfig: config,
        metrics,
        trial,
        close: () =>
          new Promise((closed) => {
            config?.close();
            trial?.stop();
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
