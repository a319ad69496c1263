// Local, privacy-first analytics, part 2: keeps the events of events.ts on the kiosk itself, in
// IndexedDB (database "museum-kiosk", store "events"), bounded, written in batches off the
// caller's path. Without IndexedDB the events are kept in memory instead. Also turns events
// into CSV or JSON for export, and into the few numbers a staff panel plots.
// Storage can fail a kiosk in two quiet ways, and neither may lose the day's events or hang
// anything: an IndexedDB that never answers (every open and transaction has 5 s; the events wait
// in memory, bounded, and saving is tried again a minute later), and a full disk (the oldest 10 %
// of the stored events make room for the new ones).
import { logProblem } from '../log.ts';
import type { AnalyticsEvent } from './events.ts';
import {
  STORE,
  StorageTimeout,
  addBounded,
  finished,
  isQuotaFull,
  openDb,
  pruneOldest,
  read,
} from './idb.ts';

const FLUSH_MS = 2_000;
const BATCH_SIZE = 50;
/** How long an open or a transaction may take before IndexedDB counts as not answering. */
const DEADLINE_MS = 5_000;
/** How long events wait in memory before saving is tried again, after a failure. */
const RETRY_MS = 60_000;
/** The share of stored events deleted, oldest first, when the storage is full. */
const PRUNE_SHARE = 0.1;
/** Prunings tried for one batch before it waits for the next try. */
const PRUNE_TRIES = 3;

/** Options for the store; the defaults suit the kiosk. */
export interface StoreOptions {
  /** The most events kept (stored, or waiting in memory); the oldest go first. Default 50,000. */
  maxEvents?: number;
  /** The IndexedDB to use, or null to keep events in memory. Default: the page's, if any. */
  indexedDB?: IDBFactory | null;
}

/** Stores analytics events. `record` never blocks and never throws; no method waits for ever. */
export class AnalyticsStore {
  private queue: AnalyticsEvent[] = [];
  private memory: AnalyticsEvent[] = [];
  private db: Promise<IDBDatabase | null> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** While IndexedDB is failing: when to try again (epoch ms); 0 when it works. */
  private retryAt = 0;
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

  /**
   * Writes the queued events now; resolves when every write so far has finished or failed (each
   * within seconds). While IndexedDB is failing, the events wait for the next try instead.
   */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const wait = this.retryAt - Date.now();
    if (wait > 0) {
      if (this.queue.length) this.schedule(wait);
      return this.writing;
    }
    const batch = this.queue;
    this.queue = [];
    if (batch.length) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  /** Every event, oldest first: those stored, then those waiting in memory. */
  async all(): Promise<AnalyticsEvent[]> {
    await this.flush();
    const waiting = () => [...this.memory, ...this.queue];
    if (this.retryAt > Date.now()) return waiting();
    try {
      const db = await this.open();
      if (!db) return waiting();
      const tx = db.transaction(STORE);
      const stored = await read(tx, tx.objectStore(STORE).getAll(), DEADLINE_MS);
      return [...(stored as AnalyticsEvent[]), ...waiting()];
    } catch (e) {
      logProblem('analytics: the stored events could not be read; showing those in memory', e);
      return waiting();
    }
  }

  /** Forgets every event, stored or queued; rejects if IndexedDB does not answer in 5 s. */
  async clear(): Promise<void> {
    this.queue = [];
    await this.flush();
    this.memory = [];
    const db = await this.open();
    if (!db) return;
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    await finished(tx, DEADLINE_MS);
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
      await this.save(db, batch);
      if (this.retryAt) logProblem(`analytics: saving works again (${batch.length} events saved)`);
      this.retryAt = 0;
    } catch (e) {
      if (e instanceof StorageTimeout || isQuotaFull(e)) this.later(batch, e);
      else logProblem('analytics: events could not be saved', e);
    }
  }

  /** Saves `batch`; when the storage is full, deletes the oldest 10 % and tries again. */
  private async save(db: IDBDatabase, batch: AnalyticsEvent[]): Promise<void> {
    for (let tries = 0; ; tries++) {
      try {
        return await addBounded(db, batch, this.maxEvents, DEADLINE_MS);
      } catch (e) {
        if (!isQuotaFull(e) || tries === PRUNE_TRIES) throw e;
        const { had, deleted } = await pruneOldest(db, PRUNE_SHARE, DEADLINE_MS);
        logProblem(
          `analytics: the storage is full; deleted the oldest ${deleted} of ${had} stored ` +
            `events (${PRUNE_SHARE * 100} %) to save ${batch.length} new ones`,
        );
        if (!deleted) throw e;
      }
    }
  }

  /** The batch waits in memory (bounded, oldest dropped) and saving is tried again later. */
  private later(batch: AnalyticsEvent[], e: unknown): void {
    this.queue = [...batch, ...this.queue];
    this.queue.splice(0, this.queue.length - this.maxEvents);
    this.retryAt = Date.now() + RETRY_MS;
    if (e instanceof StorageTimeout) {
      // The connection may be wedged: the next try opens a new one.
      void this.db?.then(
        (db) => db?.close(),
        () => {},
      );
      this.db = undefined;
    }
    const why =
      e instanceof StorageTimeout ? 'IndexedDB did not answer in 5 s' : 'the storage is full';
    logProblem(
      `analytics: ${why}; events wait in memory (at most ${this.maxEvents}) and are saved ` +
        'when it works again (tried every minute)',
      e,
    );
    this.schedule(RETRY_MS);
  }

  private open(): Promise<IDBDatabase | null> {
    this.db ??= this.factory
      ? openDb(this.factory, DEADLINE_MS).then(
          (db) => {
            // The browser closes a connection when its data is cleared or a newer version opens;
            // the next write opens a new one instead of failing on the old one for ever.
            const forget = () => {
              db?.close();
              this.db = undefined;
            };
            if (db) db.onclose = db.onversionchange = forget;
            return db;
          },
          (e: unknown) => {
            if (e instanceof StorageTimeout) {
              this.db = undefined;
              throw e;
            }
            logProblem('analytics: no IndexedDB, events are kept in memory', e);
            return null;
          },
        )
      : Promise.resolve(null);
    return this.db;
  }
}

const COLUMNS =
  't,iso,type,mode,chapter,lang,reason,seconds,at,message,kiosk,release,content'.split(',');

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
