// The page's beacon (src/kiosk/beacon.ts): `POST <base>__kiosk/beacon`, a small JSON body, checked
// and handed to the metrics (metrics.mjs) and to whoever listens (`onBeacon`: the releases'
// trial, which a beacon from the new release confirms). 204 when taken; 400 for a body that is not
// a beacon, 413 for one over 64 KiB, 405 for another method. Nothing is written to disk.
import { z } from 'zod';
import { commonHeaders } from './headers.mjs';

/** The largest body taken. */
export const MAX_BEACON_BYTES = 64 * 1024;

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const short = (max) => z.string().max(max);

/** An analytics event as the beacon carries it (src/kiosk/analytics/events.ts); extra keys pass. */
const eventSchema = z.looseObject({
  t: z.number(),
  type: short(40),
  chapter: short(80).optional(),
  lang: short(10).optional(),
  message: short(400).optional(),
});

export const beaconSchema = z.strictObject({
  v: z.literal(1),
  kiosk: short(64).nullable(),
  gallery: short(64).nullable().optional(),
  location: short(80).nullable().optional(),
  release: short(64),
  content: short(64),
  exhibit: short(64).optional(),
  session: z.string().regex(/^[0-9a-f]{8,64}$/),
  seq: count.min(1),
  events: z.array(eventSchema).max(200),
  frameTimes: z.strictObject({
    counts: z.array(count).length(9),
    sumMs: z.number().min(0),
  }),
  frames: count,
  state: short(200),
  quality: z.number().min(0).max(100),
  heap: count.nullable(),
  cache: count.nullable(),
  uptime: z.number().min(0),
});

/**
 * A handler for `<base>__kiosk/beacon`: true when it answered. `take(body)` gets each valid beacon
 * (the metrics), then every listener in `listeners`.
 */
export function beaconHandler({ base = '/', metrics, listeners = [] }) {
  const path = `${base.endsWith('/') ? base : `${base}/`}__kiosk/beacon`;
  return (req, res) => {
    if ((req.url ?? '/').split('?')[0] !== path) return false;
    if (req.method !== 'POST') {
      answer(res, 405, { Allow: 'POST' });
      return true;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BEACON_BYTES) {
      metrics?.refused();
      answer(res, 413, { Connection: 'close' });
      req.resume();
      return true;
    }
    const chunks = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BEACON_BYTES) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (over) {
        metrics?.refused();
        return answer(res, 413);
      }
      let body;
      try {
        body = beaconSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        metrics?.refused();
        return answer(res, 400);
      }
      metrics?.take(body);
      for (const listener of listeners) {
        try {
          listener(body);
        } catch (e) {
          console.error('A beacon listener failed:', e);
        }
      }
      answer(res, 204);
    });
    req.on('error', () => res.destroy());
    return true;
  };
}

function answer(res, status, headers = {}) {
  res.writeHead(status, { ...commonHeaders(), 'Cache-Control': 'no-store', ...headers });
  res.end();
}
