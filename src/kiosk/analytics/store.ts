// Local, privacy-first analytics, part 2: keeps the events of events.ts on the kiosk itself, in
// IndexedDB (database "museum-kiosk", store "events"), bounded, written in batches off the
// caller's path. Without IndexedDB the events are kept in memory instead. Also turns events
// into CSV or JSON for export, and into the few numbers a staff panel plots.
import { logProblem } from '../log.ts';
import type { AnalyticsEvent } from './events.ts';

const DB_NAME = 'museum-kiosk';
const STORE = 'events';
const FLUSH_MS = 2_000;
const BATCH_SIZE = 50;

/** Options for the store; the defaults suit the kiosk. */
export interface StoreOptions {
  /** The most events kept; the oldest go first. Default 50,000. */
  maxEvents?: number;
  /** The IndexedDB to use, or null to keep events in memory. Default: the page's, if any. */
  indexedDB?: IDBFactory | null;
}

/** Stores analytics events. `record` never blocks and never throws. */
export class AnalyticsStore {
  private queue: AnalyticsEvent[] = [];
  private memory: AnalyticsEvent[] = [];
  private db: Promise<IDBDatabase | null> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly maxEvents: number;
  private readonly factory: IDBFactory | null;

  constructor(options: StoreOptions = {}) {
    this.maxEvents = options.maxEvents ?? 50_000;
    try {
      // Reading the page's IndexedDB throws in some private modes.
      this.factory =
        options.indexedDB === undefined ? (globalThis.indexedDB ?? null) : options.indexedDB;
    } catch {
      this.factory = null;
    }
  }

  /** How many recorded events wait to be written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues an event; the queue is written 2 s after its first event, or at once at 50. */
  record(event: AnalyticsEvent): void {
    this.queue.push(event);
    if (this.queue.length > this.maxEvents) this.queue.shift();
    if (this.queue.length >= BATCH_SIZE) this.schedule(0);
    else if (this.timer === undefined) this.schedule(FLUSH_MS);
  }

  /** Writes the queued events now; resolves when every write so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.queue;
    this.queue = [];
    if (batch.length) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  /** Every stored event, oldest first (queued ones are written first). */
  async all(): Promise<AnalyticsEvent[]> {
    await this.flush();
    const db = await this.open();
    if (!db) return [...this.memory];
    return done(db.transaction(STORE).objectStore(STORE).getAll()) as Promise<AnalyticsEvent[]>;
  }

  /** Forgets every event, stored or queued. */
  async clear(): Promise<void> {
    this.queue = [];
    await this.flush();
    this.memory = [];
    const db = await this.open();
    if (!db) return;
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await finished(tx);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async write(batch: AnalyticsEvent[]): Promise<void> {
    try {
      const db = await this.open();
      if (!db) {
        this.memory.push(...batch);
        this.memory.splice(0, this.memory.length - this.maxEvents);
        return;
      }
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      for (const event of batch) store.add(event);
      const count = store.count();
      count.onsuccess = () => {
        // Keys grow with every event, so the cursor meets the oldest first.
        let excess = count.result - this.maxEvents;
        if (excess <= 0) return;
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          if (!cursor.result || excess-- <= 0) return;
          cursor.result.delete();
          cursor.result.continue();
        };
      };
      await finished(tx);
    } catch (e) {
      logProblem('analytics: events could not be saved', e);
    }
  }

  private open(): Promise<IDBDatabase | null> {
    this.db ??= new Promise<IDBDatabase | null>((resolve) => {
      const unavailable = (e: unknown) => {
        logProblem('analytics: no IndexedDB, events are kept in memory', e);
        resolve(null);
      };
      if (!this.factory) return resolve(null);
      try {
        const request = this.factory.open(DB_NAME, 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore(STORE, { autoIncrement: true });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => unavailable(request.error);
      } catch (e) {
        unavailable(e);
      }
    });
    return this.db;
  }
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
  });
}

const COLUMNS = 't,iso,type,mode,chapter,lang,reason,seconds,at,message'.split(',');

/** The events as CSV (RFC 4180: CRLF lines, fields with commas, quotes or newlines quoted). */
export function toCsv(events: readonly AnalyticsEvent[]): string {
  const quote = (value: unknown) => {
    const s = value === undefined ? '' : String(value);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const row = (e: AnalyticsEvent) => {
    const fields: Record<string, unknown> = { ...e, iso: new Date(e.t).toISOString() };
    return COLUMNS.map((c) => quote(fields[c])).join(',');
  };
  return [COLUMNS.join(','), ...events.map(row)].join('\r\n') + '\r\n';
}

/** The events as a JSON array. */
export function toJson(events: readonly AnalyticsEvent[]): string {
  return JSON.stringify(events, null, 1);
}

/** What the staff panel plots. */
export interface Summary {
  /** Visits started in each hour of the day, local time: 24 numbers, midnight first. */
  visitsByHour: number[];
  /** Per chapter id, how often it was started and how often heard to the end. */
  chapters: Record<string, { starts: number; completes: number }>;
  /** Per language, the visits that ended in it (the visitor's last choice). */
  languages: Record<string, number>;
  /** Visits ended by the idle warning running out. */
  idleResets: number;
  /** Visits started. */
  sessions: number;
  /** Median length of the visits that ended, in seconds; 0 when none did. */
  medianSeconds: number;
}

/** Sums up events (in time order) for the staff panel. */
export function summary(events: readonly AnalyticsEvent[]): Summary {
  const s: Summary = {
    visitsByHour: Array<number>(24).fill(0),
    chapters: {},
    languages: {},
    idleResets: 0,
    sessions: 0,
    medianSeconds: 0,
  };
  const lengths: number[] = [];
  let lang: string | undefined; // the language of the visit under way, if any
  const endVisit = () => {
    if (lang !== undefined) s.languages[lang] = (s.languages[lang] ?? 0) + 1;
    lang = undefined;
  };
  for (const e of events) {
    if (e.type === 'session.start') {
      endVisit();
      lang = e.lang;
      s.sessions++;
      const hour = new Date(e.t).getHours();
      s.visitsByHour[hour] = (s.visitsByHour[hour] ?? 0) + 1;
    } else if (e.type === 'language' && lang !== undefined) lang = e.lang;
    else if (e.type === 'session.end') {
      endVisit();
      lengths.push(e.seconds);
      if (e.reason === 'idle') s.idleResets++;
    } else if (e.type === 'chapter.start' || e.type === 'chapter.complete') {
      const funnel = (s.chapters[e.chapter] ??= { starts: 0, completes: 0 });
      if (e.type === 'chapter.start') funnel.starts++;
      else funnel.completes++;
    }
  }
  endVisit();
  const mid = lengths.sort((a, b) => a - b).length >> 1;
  if (lengths.length % 2) s.medianSeconds = lengths[mid]!;
  else if (lengths.length) s.medianSeconds = (lengths[mid - 1]! + lengths[mid]!) / 2;
  return s;
}
