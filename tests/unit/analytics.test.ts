// Local analytics: the real kiosk machine, driven on fake timers, yields the expected visit events;
// the store keeps them in (fake) IndexedDB in batches, bounded, across reloads, and sums them up.
import 'fake-indexeddb/auto';
import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Exhibit } from '../../src/content/types.ts';
import type { AnalyticsEvent, AnalyticsEventBody } from '../../src/kiosk/analytics/events.ts';
import { VisitRecorder } from '../../src/kiosk/analytics/events.ts';
import { AnalyticsStore, summary, toCsv, toJson } from '../../src/kiosk/analytics/store.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import type { KioskMode } from '../../src/machine/types.ts';
import { FakeNarration, fakeActors, fixtureExhibit } from '../helpers/fakes.ts';

let exhibit: Exhibit;
beforeAll(async () => {
  exhibit = await fixtureExhibit();
});

/** Starts the kiosk with a recorder watching it; `seen` lists the events without their times. */
function start(mode: KioskMode = 'visitor', how: 'watch' | 'subscribe' = 'watch') {
  const events: AnalyticsEvent[] = [];
  const recorder = new VisitRecorder((e) => events.push(e));
  const actor = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
    input: { exhibitId: 'test-exhibit', mode },
  });
  if (how === 'watch') recorder.watch(actor);
  else actor.subscribe((s) => recorder.observe(s));
  actor.start();
  const seen = (): AnalyticsEventBody[] => events.map(({ t: _t, ...body }) => body);
  return { actor, recorder, events, seen };
}
/** Lets story time and the clock run together for `s` seconds. */
function play(s: number) {
  for (let t = 0; t < s; t += 0.1) {
    FakeNarration.latest()?.advance(0.1);
    vi.advanceTimersByTime(100);
  }
}

describe('VisitRecorder on the real machine', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-05-01T10:00:00Z'));
    FakeNarration.all = [];
  });
  afterEach(() => vi.useRealTimers());

  it('a visit: one chapter heard to the end, the next left, a new language, then Exit', () => {
    const { actor, events, seen } = start();
    actor.send({ type: 'ui.start' });
    actor.send({ type: 'ui.continue' });
    actor.send({ type: 'ui.chapterChosen', index: 0 });
    play(7); // the fixture chapters last about 6 s
    vi.advanceTimersByTime(8_000); // "Up next", then the second chapter starts on its own
    play(2);
    actor.send({ type: 'ui.home' });
    actor.send({ type: 'ui.languageChosen', lang: 'ru' });
    actor.send({ type: 'ui.exit' });
    expect(seen()).toEqual([
      { type: 'session.start', mode: 'visitor', lang: 'en' },
      { type: 'chapter.start', chapter: 'first-light', lang: 'en' },
      { type: 'chapter.complete', chapter: 'first-light' },
      { type: 'chapter.start', chapter: 'second-step', lang: 'en' },
      { type: 'chapter.abandon', chapter: 'second-step', at: 2 },
      { type: 'language', lang: 'ru' },
      { type: 'session.end', reason: 'exit', seconds: 17 },
    ]);
    expect(events[0]!.t).toBe(Date.parse('2025-05-01T10:00:00Z'));
  });

  it('a language change inside a chapter is not a new chapter', () => {
    const { actor, seen } = start();
    actor.send({ type: 'ui.start' });
    actor.send({ type: 'ui.continue' });
    actor.send({ type: 'ui.chapterChosen', index: 0 });
    play(1);
    actor.send({ type: 'ui.languageChosen', lang: 'ru' });
    actor.send({ type: 'ui.next' });
    expect(seen().slice(1)).toEqual([
      { type: 'chapter.start', chapter: 'first-light', lang: 'en' },
      { type: 'language', lang: 'ru' },
      { type: 'chapter.abandon', chapter: 'first-light', at: expect.any(Number) },
      { type: 'chapter.start', chapter: 'second-step', lang: 'ru' },
    ]);
  });

  it('a paused chapter left alone: warning, then an idle reset that abandons the chapter', () => {
    const { actor, seen } = start();
    actor.send({ type: 'ui.start' });
    actor.send({ type: 'ui.continue' });
    actor.send({ type: 'ui.chapterChosen', index: 0 });
    play(3);
    actor.send({ type: 'ui.pause' });
    vi.advanceTimersByTime(60_000);
    expect(seen().at(-1)).toEqual({ type: 'idle.warning' });
    vi.advanceTimersByTime(20_000);
    expect(seen().slice(1)).toEqual([
      { type: 'chapter.start', chapter: 'first-light', lang: 'en' },
      { type: 'idle.warning' },
      { type: 'chapter.abandon', chapter: 'first-light', at: 3 },
      { type: 'idle.reset' },
      { type: 'session.end', reason: 'idle', seconds: 83 },
    ]);
    expect(actor.getSnapshot().value).toBe('attract');
  });

  it('ending a guided tour is an exit; a recovery is not; errors are cut to 200 characters', () => {
    const { actor, recorder, seen } = start('docent');
    actor.send({ type: 'ui.start' });
    actor.send({ type: 'kiosk.mode', mode: 'visitor' });
    actor.send({ type: 'ui.start' });
    recorder.error('x'.repeat(500));
    actor.send({ type: 'kiosk.recover' });
    expect(seen()).toEqual([
      { type: 'session.start', mode: 'docent', lang: 'en' },
      { type: 'mode', mode: 'visitor' },
      { type: 'session.end', reason: 'exit', seconds: 0 },
      { type: 'session.start', mode: 'visitor', lang: 'en' },
      { type: 'error', message: 'x'.repeat(200) },
      { type: 'session.end', reason: 'recover', seconds: 0 },
    ]);
  });

  it('fed plain snapshots, it tells exits, recoveries and idle resets apart as well', () => {
    const { actor, recorder, seen } = start('visitor', 'subscribe');
    const reasons = () => seen().flatMap((e) => (e.type === 'session.end' ? [e.reason] : []));
    actor.send({ type: 'ui.start' });
    actor.send({ type: 'ui.exit' });
    actor.send({ type: 'ui.start' });
    recorder.error('boom');
    actor.send({ type: 'kiosk.recover' });
    actor.send({ type: 'ui.start' });
    vi.advanceTimersByTime(81_000);
    expect(reasons()).toEqual(['exit', 'recover', 'idle']);
  });
});

describe('AnalyticsStore', () => {
  const at = (t: number, body: AnalyticsEventBody = { type: 'idle.warning' }) =>
    ({ t, ...body }) as AnalyticsEvent;
  /** What IndexedDB holds now, read past the store. */
  function stored(): Promise<AnalyticsEvent[]> {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('museum-kiosk', 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('events').objectStore('events').getAll();
        all.onsuccess = () => resolve(all.result as AnalyticsEvent[]);
      };
    });
  }
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser profile
  });
  afterEach(() => vi.useRealTimers());

  it('writes in batches: 2 s after the first event, or at once at 50', async () => {
    // Only setTimeout is faked: fake IndexedDB runs on setImmediate.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const store = new AnalyticsStore();
    await store.all(); // opens the database
    for (let i = 0; i < 3; i++) store.record(at(i));
    vi.advanceTimersByTime(1_999);
    expect(store.pending).toBe(3);
    expect(await stored()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(store.pending).toBe(0);
    await store.flush();
    expect((await stored()).map((e) => e.t)).toEqual([0, 1, 2]);
    for (let i = 0; i < 50; i++) store.record(at(100 + i));
    vi.advanceTimersByTime(0);
    expect(store.pending).toBe(0);
    await store.flush();
    expect(await stored()).toHaveLength(53);
  });

  it('keeps at most maxEvents, dropping the oldest first', async () => {
    const store = new AnalyticsStore({ maxEvents: 5 });
    for (let t = 1; t <= 3; t++) store.record(at(t));
    await store.flush();
    for (let t = 4; t <= 8; t++) store.record(at(t));
    expect((await store.all()).map((e) => e.t)).toEqual([4, 5, 6, 7, 8]);
    for (let t = 9; t <= 20; t++) store.record(at(t));
    expect((await store.all()).map((e) => e.t)).toEqual([16, 17, 18, 19, 20]);
  });

  it('survives a reload: a new store on the same database sees the events; clear forgets', async () => {
    const before = new AnalyticsStore();
    before.record(at(1, { type: 'session.start', mode: 'visitor', lang: 'en' }));
    before.record(at(2, { type: 'session.end', reason: 'exit', seconds: 1 }));
    await before.flush();
    const after = new AnalyticsStore();
    expect(await after.all()).toEqual([
      { t: 1, type: 'session.start', mode: 'visitor', lang: 'en' },
      { t: 2, type: 'session.end', reason: 'exit', seconds: 1 },
    ]);
    await after.clear();
    expect(await new AnalyticsStore().all()).toEqual([]);
  });

  it('without IndexedDB keeps events in memory, bounded', async () => {
    const store = new AnalyticsStore({ indexedDB: null, maxEvents: 2 });
    for (let t = 1; t <= 3; t++) store.record(at(t));
    expect((await store.all()).map((e) => e.t)).toEqual([2, 3]);
    await store.clear();
    expect(await store.all()).toEqual([]);
  });

  it('storage full: the oldest 10 % are deleted to make room, the new events kept, logged once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A quota of 100 events: an add beyond it fails as Chromium's does, with a QuotaExceededError
    // that aborts the transaction (fake-indexeddb's records, reached through a store).
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('museum-kiosk', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('events', { autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
    });
    type Raw = { records: { size(): number }; storeRecord(...args: unknown[]): unknown };
    const raw = (
      db.transaction('events').objectStore('events') as unknown as { _rawObjectStore: Raw }
    )._rawObjectStore;
    db.close();
    const proto = Object.getPrototypeOf(raw) as Raw;
    const storeRecord = proto.storeRecord;
    const quota = vi.spyOn(proto, 'storeRecord').mockImplementation(function (this: Raw, ...args) {
      if (this.records.size() >= 100) throw new DOMException('quota', 'QuotaExceededError');
      return storeRecord.apply(this, args);
    });
    const store = new AnalyticsStore();
    for (let t = 1; t <= 100; t++) store.record(at(t));
    await store.flush();
    expect(await stored()).toHaveLength(100);
    for (let t = 101; t <= 105; t++) store.record(at(t));
    await store.flush();
    const ts = (await stored()).map((e) => e.t);
    expect(ts).toHaveLength(95);
    expect(ts[0]).toBe(11); // the oldest 10 went
    expect(ts.slice(-5)).toEqual([101, 102, 103, 104, 105]); // and every new one was kept
    const lines = warn.mock.calls.map((c) => String(c[0]));
    expect(lines.filter((l) => l.includes('storage is full'))).toEqual([
      '[kiosk] analytics: the storage is full; deleted the oldest 10 of 100 stored events (10 %) to save 5 new ones',
    ]);
    quota.mockRestore();
    warn.mockRestore();
  });

  it('an IndexedDB that never answers: nothing hangs, events wait in memory (bounded), saved later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const real = indexedDB;
    let stuck = true;
    // Open requests are left pending for ever (no success, no error) while `stuck`.
    const factory = {
      open: (name: string, version?: number) =>
        stuck ? ({} as IDBOpenDBRequest) : real.open(name, version),
    } as IDBFactory;
    const store = new AnalyticsStore({ indexedDB: factory, maxEvents: 5 });
    for (let t = 1; t <= 3; t++) store.record(at(t));
    await vi.advanceTimersByTimeAsync(2_000); // the batch is due: the open hangs
    let flushed = false;
    void store.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(5_000); // the open's deadline
    expect(flushed).toBe(true);
    expect(store.pending).toBe(3);
    for (let t = 4; t <= 8; t++) store.record(at(t));
    expect(store.pending).toBe(5); // bounded: the oldest waiting events go first
    // Flushes and reads answer at once while it is failing: a reload is never held by them.
    await store.flush();
    expect((await store.all()).map((e) => e.t)).toEqual([4, 5, 6, 7, 8]);
    expect(warn.mock.calls.map((c) => String(c[0]))).toContain(
      '[kiosk] analytics: IndexedDB did not answer in 5 s; events wait in memory (at most 5) ' +
        'and are saved when it works again (tried every minute)',
    );
    stuck = false; // the database answers again; the next try, a minute on, saves the events
    await vi.advanceTimersByTimeAsync(60_000);
    vi.useRealTimers();
    await store.flush();
    expect(store.pending).toBe(0);
    expect((await stored()).map((e) => e.t)).toEqual([4, 5, 6, 7, 8]);
    warn.mockRestore();
  });

  it('a connection the browser closed (its data cleared) is replaced, not written to for ever', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = new AnalyticsStore();
    store.record(at(1));
    await store.flush();
    const db = await (store as unknown as { db: Promise<IDBDatabase> }).db;
    forceCloseDatabase(db as unknown as Parameters<typeof forceCloseDatabase>[0]);
    store.record(at(2));
    await store.flush();
    expect((await stored()).map((e) => e.t)).toEqual([1, 2]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('exports CSV with RFC 4180 quoting, and JSON', () => {
    const events = [
      at(0, { type: 'chapter.abandon', chapter: 'first-light', at: 2.5 }),
      at(1000, { type: 'error', message: 'bad "thing", then\nmore' }),
      {
        ...at(2000, { type: 'idle.reset' }),
        kiosk: 'hall-1',
        release: '1.2.0',
        content: 'ab12cd34',
      },
    ];
    expect(toCsv(events)).toBe(
      't,iso,type,mode,chapter,lang,reason,seconds,at,message,kiosk,release,content\r\n' +
        '0,1970-01-01T00:00:00.000Z,chapter.abandon,,first-light,,,,2.5,,,,\r\n' +
        '1000,1970-01-01T00:00:01.000Z,error,,,,,,,"bad ""thing"", then\nmore",,,\r\n' +
        '2000,1970-01-01T00:00:02.000Z,idle.reset,,,,,,,,hall-1,1.2.0,ab12cd34\r\n',
    );
    expect(JSON.parse(toJson(events))).toEqual(events);
  });

  it('sums up visits by hour, the chapter funnel, languages, idle resets and the median', () => {
    const hour = (h: number, m = 0) => new Date(2025, 4, 1, h, m).getTime(); // local time
    const visit = (t: number, lang: string, seconds: number, reason = 'exit' as const) => [
      at(t, { type: 'session.start', mode: 'visitor', lang }),
      at(t, { type: 'chapter.start', chapter: 'first-light', lang }),
      at(t + 1, { type: 'session.end', reason, seconds }),
    ];
    const s = summary([
      ...visit(hour(9, 5), 'en', 30),
      at(hour(9, 30), { type: 'session.start', mode: 'visitor', lang: 'en' }),
      at(hour(9, 30), { type: 'language', lang: 'ru' }),
      at(hour(9, 30), { type: 'chapter.start', chapter: 'second-step', lang: 'ru' }),
      at(hour(9, 31), { type: 'chapter.complete', chapter: 'second-step' }),
      at(hour(9, 32), { type: 'idle.reset' }),
      at(hour(9, 32), { type: 'session.end', reason: 'idle', seconds: 120 }),
      ...visit(hour(14), 'en', 10),
      ...visit(hour(23, 59), 'ru', 50),
    ]);
    expect(s.visitsByHour).toHaveLength(24);
    expect(s.visitsByHour[9]).toBe(2);
    expect(s.visitsByHour[14]).toBe(1);
    expect(s.visitsByHour[23]).toBe(1);
    expect(s.visitsByHour.reduce((a, b) => a + b)).toBe(4);
    expect(s.chapters).toEqual({
      'first-light': { starts: 3, completes: 0 },
      'second-step': { starts: 1, completes: 1 },
    });
    expect(s.languages).toEqual({ en: 2, ru: 2 });
    expect(s.idleResets).toBe(1);
    expect(s.sessions).toBe(4);
    expect(s.medianSeconds).toBe(40);
    expect(summary([]).medianSeconds).toBe(0);
  });
});
