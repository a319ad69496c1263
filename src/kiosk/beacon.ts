// The page's beacon to its own server (scripts/server/beacon.mjs), which turns it into Prometheus
// metrics at /metrics: with every heartbeat (5 s), and soon after analytics events, a small JSON
// POST to `<base>__kiosk/beacon` with what the kiosk runs (kiosk id, release, content version),
// how it is (frames drawn, state, quality, heap, cache, uptime), the analytics events and the
// frame times since the last beacon. It works with or without the launcher.
// A batch of events and frame times is numbered (page session + sequence number) and sent again,
// with the same number, until the server takes it, so the server counts it once. A plain static
// host (404 or 405) stops the beacon at once; a server that does not answer is tried less often
// (5 s, 10 s, … 1 min: the browser logs each failed try), and nothing is tried while offline.
import type { AnalyticsEvent } from './analytics/events.ts';
import { handingOver } from './handover.ts';

/** Upper bounds of the frame-time buckets, in ms (the server's kiosk_frame_seconds' `le`). */
export const FRAME_BUCKETS_MS = [8, 17, 25, 34, 50, 100, 250, 1000] as const;
/** Events in one batch at most; more wait for the next. */
const MAX_BATCH = 100;
/** Events kept waiting while the server does not answer; the oldest go first. */
const MAX_WAITING = 1_000;
/** A frame gap longer than this is a hidden page or a debugger, not a slow frame. */
const MAX_GAP_MS = 5_000;
/** After analytics events, the beacon goes this soon (not waiting for the heartbeat). */
const SOON_MS = 1_000;
/** The longest wait between tries while the server does not answer. */
const MAX_BACKOFF_MS = 60_000;
const CACHE_EVERY_MS = 60_000;

/** Frame times since the last batch: counts per bucket (the last is "over 1 s") and their sum. */
export interface FrameTimes {
  counts: number[];
  sumMs: number;
}

/** One numbered batch: counted once by the server, however often it is sent. */
export interface BeaconBatch {
  seq: number;
  events: AnalyticsEvent[];
  frameTimes: FrameTimes;
}

/** The beacon's JSON body. */
export interface BeaconBody extends BeaconBatch {
  /** Body format. */
  v: 1;
  /** kiosk.json's id, gallery and location; null without them. */
  kiosk: string | null;
  gallery: string | null;
  location: string | null;
  release: string;
  content: string;
  /** The exhibit shown (its folder in exhibits/). */
  exhibit: string;
  /** This page load's random id. */
  session: string;
  frames: number;
  state: string;
  quality: number;
  /** JS heap in use, bytes (Chromium's performance.memory); null where unknown. */
  heap: number | null;
  /** The origin's storage in use (caches, IndexedDB), bytes; null where unknown. */
  cache: number | null;
  /** Seconds since the page loaded. */
  uptime: number;
}

/** What the beacon reads from the page, each time it goes. */
export interface BeaconSource {
  kiosk: string | null;
  gallery: string | null;
  location: string | null;
  release: string;
  content(): string;
  exhibit(): string;
  frames(): number;
  state(): string;
  /** The stage's quality level (scenes/quality.ts): 1 full to 4 lowest; 0 without a stage. */
  quality(): number;
}

/** What the beacon needs of the browser; the page's own by default (tests pass fakes). */
export interface BeaconEnv {
  url: string;
  /** A service worker answers `Kiosk-Beacon: undelivered` when the server did not answer it. */
  fetch: (
    url: string,
    init: RequestInit,
  ) => Promise<{ status: number; headers?: { get(name: string): string | null } }>;
  now: () => number;
  setTimeout: (f: () => void, ms: number) => unknown;
  /** False while the browser knows it has no network (nothing is tried: no console errors). */
  online: () => boolean;
  /** True while a new build takes over (handover.ts): the beacon waits for the next beat. */
  handingOver?: () => boolean;
  heap: () => number | null;
  cache: () => Promise<number | null>;
  session: string;
}

/** Counts frame gaps into FRAME_BUCKETS_MS. */
export class FrameHistogram {
  private counts = Array<number>(FRAME_BUCKETS_MS.length + 1).fill(0);
  private sumMs = 0;

  add(ms: number): void {
    if (!(ms >= 0) || ms > MAX_GAP_MS) return;
    let i = FRAME_BUCKETS_MS.findIndex((le) => ms <= le);
    if (i < 0) i = FRAME_BUCKETS_MS.length;
    this.counts[i]!++;
    this.sumMs += ms;
  }

  /** The counts so far, and starts again from zero. */
  take(): FrameTimes {
    const taken = { counts: this.counts, sumMs: Math.round(this.sumMs * 10) / 10 };
    this.counts = Array<number>(FRAME_BUCKETS_MS.length + 1).fill(0);
    this.sumMs = 0;
    return taken;
  }
}

/** The beacon; `beat()` with every heartbeat, `record()` with every analytics event. */
export class Beacon {
  readonly frameTimes = new FrameHistogram();
  private waiting: AnalyticsEvent[] = [];
  /** The batch being sent (again, until the server takes it). */
  private batch: BeaconBatch | undefined;
  private seq = 0;
  private busy = false;
  private stopped = false;
  private failures = 0;
  private nextTry = 0;
  private soon = false;
  private cache: number | null = null;
  private cacheAt = -Infinity;

  constructor(
    private readonly source: BeaconSource,
    private readonly env: BeaconEnv,
  ) {}

  /** Whether the server said it takes no beacons (404/405): nothing more is sent. */
  get off(): boolean {
    return this.stopped;
  }

  /** An analytics event: it goes with the next beacon, which goes within a second. */
  record(event: AnalyticsEvent): void {
    if (this.stopped) return;
    this.waiting.push(event);
    if (this.waiting.length > MAX_WAITING) this.waiting.shift();
    if (this.soon) return;
    this.soon = true;
    this.env.setTimeout(() => {
      this.soon = false;
      void this.beat();
    }, SOON_MS);
  }

  /** Sends a beacon now, unless one is on its way or the server is being given a rest. */
  async beat(): Promise<void> {
    if (this.stopped || this.busy || this.env.now() < this.nextTry || !this.env.online()) return;
    if (this.env.handingOver?.()) return;
    this.busy = true;
    try {
      await this.refreshCache();
      this.batch ??= {
        seq: ++this.seq,
        events: this.waiting.splice(0, MAX_BATCH),
        frameTimes: this.frameTimes.take(),
      };
      const body = this.body(this.batch);
      let status: number;
      try {
        const res = await this.env.fetch(this.env.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
          keepalive: true,
          cache: 'no-store',
        });
        status = res.headers?.get('Kiosk-Beacon') === 'undelivered' ? 0 : res.status;
      } catch {
        status = 0; // no answer: the server is down or restarting
      }
      this.settle(status);
    } finally {
      this.busy = false;
    }
  }

  private settle(status: number): void {
    if (status === 404 || status === 405) {
      // A plain static host: it will never take a beacon.
      this.stopped = true;
      this.waiting = [];
      this.batch = undefined;
      return;
    }
    // 2xx: taken. 400/413: this batch will never be taken; it is dropped rather than sent for ever.
    if ((status >= 200 && status < 300) || status === 400 || status === 413) {
      this.batch = undefined;
      this.failures = 0;
      this.nextTry = 0;
      return;
    }
    this.failures++;
    const wait = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** (this.failures - 1));
    this.nextTry = this.env.now() + wait - 500;
  }

  private body(batch: BeaconBatch): BeaconBody {
    const s = this.source;
    return {
      v: 1,
      kiosk: s.kiosk,
      gallery: s.gallery,
      location: s.location,
      release: s.release,
      content: s.content(),
      exhibit: s.exhibit(),
      session: this.env.session,
      ...batch,
      frames: s.frames(),
      state: s.state(),
      quality: s.quality(),
      heap: this.env.heap(),
      cache: this.cache,
      uptime: Math.round(this.env.now() / 100) / 10,
    };
  }

  private async refreshCache(): Promise<void> {
    const now = this.env.now();
    if (now - this.cacheAt < CACHE_EVERY_MS) return;
    this.cacheAt = now;
    try {
      this.cache = await this.env.cache();
    } catch {
      this.cache = null;
    }
  }
}

/** The browser's side of the beacon: its URL beside the page, fetch, heap and storage. */
export function browserBeaconEnv(w: Window = window): BeaconEnv {
  const memory = (w.performance as { memory?: { usedJSHeapSize?: number } }).memory;
  return {
    url: new URL('__kiosk/beacon', w.document.baseURI).href,
    fetch: (url, init) => w.fetch(url, init),
    now: () => w.performance.now(),
    setTimeout: (f, ms) => w.setTimeout(f, ms),
    online: () => w.navigator.onLine !== false,
    handingOver: () => handingOver(w.performance.now()),
    heap: () => (typeof memory?.usedJSHeapSize === 'number' ? memory.usedJSHeapSize : null),
    cache: async () => (await w.navigator.storage?.estimate?.())?.usage ?? null,
    session: randomId(w),
  };
}

/** Starts a beacon for this page, measuring frame times from animation frames. */
export function startBeacon(source: BeaconSource, w: Window = window): Beacon {
  const beacon = new Beacon(source, browserBeaconEnv(w));
  let last: number | undefined;
  const frame = (t: number) => {
    if (beacon.off) return;
    if (last !== undefined && w.document.visibilityState === 'visible')
      beacon.frameTimes.add(t - last);
    last = t;
    w.requestAnimationFrame(frame);
  };
  w.requestAnimationFrame(frame);
  // The last events of a page that is going away (a reload) go with it.
  w.addEventListener('pagehide', () => void beacon.beat());
  return beacon;
}

function randomId(w: Window): string {
  const bytes = w.crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
