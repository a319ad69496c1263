// The kiosk's static server: serves a build directory on one port. Used by `npm start`,
// `npm run kiosk --serve` (through scripts/serve.mjs), a release's own server.mjs (the same file
// bundled) and the browser tests. Handlers are chained: each returns true when it answered.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { staticHandler } from './handler.mjs';
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
 * ("/kiosk/"). `releases.home` serves the current release of a kiosk's home instead of `root`
 * (the link resolved on each request, so a switch takes effect at once) and watches its trial:
 * the running server's `trial.heartbeat(version)` confirms it (the beacon's onBeacon calls it
 * with the beacon's `release`; the page's POST to __kiosk/release does too).
 */
export function startServer({ root, port = 4173, host = '127.0.0.1', onRequest, base, releases }) {
  const prefix = normalBase(base);
  const home = releases?.home ? resolve(releases.home) : null;
  const trial = home
    ? trialWatch({ home, log: releases.log, now: releases.now, every: releases.every })
    : null;
  const serveRoot = home ? () => currentApp(home) : resolve(root);
  const handlers = [releaseRoutes({ home, trial }), staticHandler(serveRoot)];
  const server = createServer((req, res) => {
    onRequest?.(req.method ?? 'GET', req.url ?? '/');
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
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({
        server,
        url: `http://${host}:${actual}${prefix}`,
        trial,
        close: () =>
          new Promise((closed) => {
            trial?.stop();
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
