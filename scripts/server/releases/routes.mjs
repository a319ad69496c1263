// The server's release routes, under its base (index.mjs strips the base first):
//   GET  /__kiosk/release   {release, trial}: the release the server serves now; the page polls it
//                           each minute and reloads into a new one from its attract or display loop
//   POST /__kiosk/release   {release}: the page's "I started" (updates.ts), a heartbeat that
//                           confirms a release on trial, like the beacon's (onBeacon)
import { currentVersion, readState } from './store.mjs';

const MAX_BODY = 4096;

/**
 * A handler answering the release routes (returns true when it answered). `home` is the kiosk's
 * home (null: the server serves a plain build, not a release); `trial` the running trial watch.
 * @param {{home: string | null, trial?: {heartbeat(v: string): boolean} | null}} o
 */
export function releaseRoutes(o) {
  return async (req, res, path) => {
    if (path !== '/__kiosk/release') return false;
    const json = (status, body) => {
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' || req.method === 'HEAD') {
      const release = o.home ? currentVersion(o.home) : null;
      const trial = o.home ? (readState(o.home).trial?.version ?? null) : null;
      json(200, { release, trial });
      return true;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, HEAD, POST' });
      res.end();
      return true;
    }
    let body = '';
    for await (const chunk of req) {
      body += chunk;
      if (body.length > MAX_BODY) {
        json(413, { error: 'too large' });
        return true;
      }
    }
    let release;
    try {
      release = JSON.parse(body).release;
    } catch {
      json(400, { error: 'expected JSON {"release": "<version>"}' });
      return true;
    }
    json(200, { confirmed: o.trial?.heartbeat(release) ?? false });
    return true;
  };
}
