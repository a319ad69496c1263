// The kiosk's metrics, served at GET /metrics (at the server's root, whatever its base) in
// Prometheus' text format 0.0.4 for a museum's own Prometheus to scrape: a small registry of
// counters, gauges and one histogram, fed by the page's beacons (beacon.mjs). Every series carries
// the kiosk's `kiosk` and `gallery` labels, from kiosk.json (docs/monitoring.md says why).

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** A label value as the text format wants it: backslash, double quote and newline escaped. */
export function escapeLabel(value) {
  return String(value).replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');
}

/** HELP text escaped: backslash and newline. */
function escapeHelp(text) {
  return text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
}

/** A number as the text format writes it. */
export function formatValue(n) {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(n);
}

function labelText(labels) {
  const pairs = Object.entries(labels).filter(([, v]) => v !== undefined && v !== null);
  if (!pairs.length) return '';
  return `{${pairs.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** One metric family: its series keyed by their label values. */
class Family {
  constructor(name, help, type, labelNames) {
    if (!NAME.test(name)) throw new Error(`not a metric name: ${name}`);
    this.name = name;
    this.help = help;
    this.type = type;
    this.labelNames = labelNames;
    /** @type {Map<string, { labels: Record<string,string>, value: number }>} */
    this.series = new Map();
  }

  entry(labels = {}) {
    const values = this.labelNames.map((k) => String(labels[k] ?? ''));
    const key = JSON.stringify(values);
    let e = this.series.get(key);
    if (!e) {
      e = { labels: Object.fromEntries(this.labelNames.map((k, i) => [k, values[i]])), value: 0 };
      this.series.set(key, e);
    }
    return e;
  }

  lines(constant) {
    return [...this.series.values()].map(
      (e) => `${this.name}${labelText({ ...constant, ...e.labels })} ${formatValue(e.value)}`,
    );
  }
}

class Counter extends Family {
  inc(labels, by = 1) {
    if (!(by >= 0)) throw new Error(`${this.name}: a counter only goes up`);
    this.entry(labels).value += by;
  }
}

class Gauge extends Family {
  set(labels, value) {
    this.entry(labels).value = value;
  }
  /** Forgets every series (a state gauge keeps only the current one). */
  reset() {
    this.series.clear();
  }
}

class Histogram extends Family {
  constructor(name, help, buckets) {
    super(name, help, 'histogram', []);
    this.buckets = buckets;
    this.counts = Array(buckets.length + 1).fill(0);
    this.sum = 0;
  }
  /** Adds counts per bucket (not cumulative; the last is above the highest bound) and their sum. */
  addCounts(counts, sum) {
    counts.forEach((n, i) => (this.counts[i] += n));
    this.sum += sum;
  }
  lines(constant) {
    const out = [];
    let running = 0;
    this.buckets.forEach((le, i) => {
      running += this.counts[i];
      out.push(`${this.name}_bucket${labelText({ ...constant, le: formatValue(le) })} ${running}`);
    });
    running += this.counts[this.buckets.length];
    out.push(`${this.name}_bucket${labelText({ ...constant, le: '+Inf' })} ${running}`);
    out.push(`${this.name}_sum${labelText(constant)} ${formatValue(this.sum)}`);
    out.push(`${this.name}_count${labelText(constant)} ${running}`);
    return out;
  }
}

/** A registry; `constantLabels()` is read at each scrape and added to every series. */
export class Registry {
  constructor(constantLabels = () => ({})) {
    this.constantLabels = constantLabels;
    /** @type {Family[]} */
    this.families = [];
    /** @type {(() => void)[]} */
    this.beforeRender = [];
  }
  counter(name, help, labelNames = []) {
    return this.add(new Counter(name, help, 'counter', labelNames));
  }
  gauge(name, help, labelNames = []) {
    return this.add(new Gauge(name, help, 'gauge', labelNames));
  }
  histogram(name, help, buckets) {
    return this.add(new Histogram(name, help, buckets));
  }
  add(family) {
    if (this.families.some((f) => f.name === family.name))
      throw new Error(`metric ${family.name} registered twice`);
    this.families.push(family);
    return family;
  }
  /** Every family in the text format, HELP and TYPE first, one trailing newline. */
  render() {
    for (const f of this.beforeRender) f();
    const constant = this.constantLabels();
    const out = [];
    for (const f of this.families) {
      out.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
      out.push(...f.lines(constant));
    }
    return out.join('\n') + '\n';
  }
}

/** Frame-time buckets in seconds: the page's FRAME_BUCKETS_MS (src/kiosk/beacon.ts). */
export const FRAME_BUCKETS = [0.008, 0.017, 0.025, 0.034, 0.05, 0.1, 0.25, 1];
/** A page is up while its heartbeats are at most this old. */
export const UP_WITHIN_S = 15;

const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const LANG = /^[a-z]{2,3}$/;

/** An error message's kind, from a short fixed list (labels must stay few). */
export function errorKind(message) {
  const m = String(message).toLowerCase();
  if (/scene|draw|webgl|context|render/.test(m)) return 'render';
  if (/narration|audio|sound|music|howl|\.opus|\.ogg|\.mp3|\.wav/.test(m)) return 'audio';
  if (/image|picture|film|video|\.png|\.webp|\.jpe?g|\.webm|\.mp4/.test(m)) return 'media';
  if (/indexeddb|storage|quota/.test(m)) return 'storage';
  if (/fetch|network|http|load/.test(m)) return 'network';
  return 'script';
}

/** The top of a state name ("visit.flow.chapter.playing+idle.counting" → "visit"). */
export function topState(state) {
  const top = String(state).split(/[.+]/)[0] ?? '';
  return ID.test(top) ? top : 'other';
}

/**
 * The kiosk's metrics, fed by beacons. `kioskFile()` gives kiosk.json (or null) at each scrape;
 * without one the kiosk id, gallery and location are the beacon's. `now()` is epoch ms.
 */
export function kioskMetrics({ kioskFile = () => null, now = () => Date.now() } = {}) {
  let last; // the last beacon taken, and when
  const file = () => (typeof kioskFile === 'function' ? kioskFile() : kioskFile) ?? null;
  const identity = () => {
    const f = file();
    // The server's own kiosk.json first; else what the page read from it (the same file).
    if (f) return { kiosk: f.id, gallery: f.gallery ?? '' };
    return { kiosk: last?.body.kiosk ?? '', gallery: last?.body.gallery ?? '' };
  };
  const r = new Registry(identity);
  const up = r.gauge('kiosk_up', `1 while the page's heartbeat is at most ${UP_WITHIN_S} s old.`);
  const lastBeat = r.gauge(
    'kiosk_last_heartbeat_timestamp_seconds',
    "When the page's last heartbeat (beacon) arrived, Unix time; 0 before the first.",
  );
  const info = r.gauge(
    'kiosk_info',
    'What the kiosk runs: location, release, content version and exhibit, always 1.',
    ['location', 'release', 'content', 'exhibit'],
  );
  const visits = r.counter('kiosk_visits_total', 'Visits begun (touch to begin).');
  const started = r.counter('kiosk_chapters_started_total', 'Chapters started.', [
    'chapter',
    'lang',
  ]);
  const completed = r.counter('kiosk_chapters_completed_total', 'Chapters heard to the end.', [
    'chapter',
    'lang',
  ]);
  const idle = r.counter(
    'kiosk_idle_resets_total',
    'Visits ended by the idle warning running out.',
  );
  const errors = r.counter('kiosk_errors_total', 'Errors the page reported, by kind.', ['kind']);
  const frameTime = r.histogram(
    'kiosk_frame_seconds',
    'Time between animation frames on the page.',
    FRAME_BUCKETS,
  );
  const frames = r.counter(
    'kiosk_frames_total',
    'Frames the stage has drawn since the page loaded (resets on reload).',
  );
  const quality = r.gauge(
    'kiosk_quality_level',
    "The stage's adaptive quality level: 1 full to 4 lowest (half resolution, 30 fps, no particles or grain); 0 no stage.",
  );
  const heap = r.gauge('kiosk_js_heap_bytes', "The page's JavaScript heap in use.");
  const cache = r.gauge(
    'kiosk_cache_bytes',
    "Storage the kiosk's origin uses (caches, IndexedDB).",
  );
  const uptime = r.gauge('kiosk_uptime_seconds', 'Seconds since the page last loaded (reloaded).');
  const state = r.gauge('kiosk_state', "The machine's current state (top level), always 1.", [
    'state',
  ]);
  const beacons = r.counter('kiosk_beacons_total', 'Beacons received, by result.', ['result']);

  // Counters without labels start at 0, so the first visit is an increase Prometheus sees.
  for (const c of [visits, idle, frames]) c.inc({}, 0);

  /** Per page session: the last batch counted and the language being heard. */
  const sessions = new Map();
  r.beforeRender.push(() => {
    const t = now();
    const age = last ? (t - last.at) / 1000 : Infinity;
    up.set({}, age <= UP_WITHIN_S ? 1 : 0);
    lastBeat.set({}, last ? last.at / 1000 : 0);
    info.reset();
    const f = file();
    info.set(
      {
        location: (f ? f.location : last?.body.location) ?? '',
        release: last?.body.release ?? 'unknown',
        content: last?.body.content ?? 'unknown',
        exhibit: f?.exhibit ?? last?.body.exhibit ?? '',
      },
      1,
    );
    if (last) uptime.set({}, Math.round((last.body.uptime + age) * 10) / 10);
  });

  const count = (session, e) => {
    const chapter = (id) => (ID.test(String(id)) ? String(id) : 'other');
    const lang = (l) => (LANG.test(String(l)) ? String(l) : 'other');
    switch (e.type) {
      case 'session.start':
        visits.inc();
        session.lang = lang(e.lang);
        break;
      case 'language':
        session.lang = lang(e.lang);
        break;
      case 'chapter.start':
        session.lang = lang(e.lang);
        started.inc({ chapter: chapter(e.chapter), lang: session.lang });
        break;
      case 'chapter.complete':
        completed.inc({ chapter: chapter(e.chapter), lang: session.lang ?? 'other' });
        break;
      case 'idle.reset':
        idle.inc();
        break;
      case 'error':
        errors.inc({ kind: errorKind(e.message) });
        break;
    }
  };

  return {
    registry: r,
    render: () => r.render(),
    /** A beacon whose body has been validated (beacon.mjs); returns whether its batch was new. */
    take(body) {
      const t = now();
      let s = sessions.get(body.session);
      if (!s) {
        s = { seq: 0, lang: undefined, frames: 0 };
        sessions.set(body.session, s);
        // A page reloads a few times a day: old sessions are forgotten, the newest kept.
        if (sessions.size > 50) sessions.delete(sessions.keys().next().value);
      }
      const fresh = body.seq > s.seq;
      if (fresh) {
        s.seq = body.seq;
        for (const e of body.events) count(s, e);
        frameTime.addCounts(body.frameTimes.counts, body.frameTimes.sumMs / 1000);
      }
      // Frames drawn: a counter across page loads (each session's own count only rises).
      if (body.frames > s.frames) {
        frames.inc({}, body.frames - s.frames);
        s.frames = body.frames;
      }
      quality.set({}, body.quality);
      if (body.heap !== null) heap.set({}, body.heap);
      if (body.cache !== null) cache.set({}, body.cache);
      state.reset();
      state.set({ state: topState(body.state) }, 1);
      beacons.inc({ result: fresh ? 'counted' : 'repeated' });
      last = { body, at: t };
      return fresh;
    },
    /** A beacon refused (invalid, too large). */
    refused() {
      beacons.inc({ result: 'refused' });
    },
  };
}

/** A handler for `GET /metrics` (at the server's root): true when it answered. */
export function metricsHandler(metrics) {
  return (req, res) => {
    if ((req.url ?? '/').split('?')[0] !== '/metrics') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return true;
    }
    const text = metrics.render();
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPE,
      'Cache-Control': 'no-store',
      'Content-Length': String(Buffer.byteLength(text)),
    });
    res.end(req.method === 'HEAD' ? undefined : text);
    return true;
  };
}
