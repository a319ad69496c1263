// A new build waits: it is told to take over only while the kiosk is in its attract or display
// loop, and the page reloads into it only then, never in the middle of a visit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HANDOVER_QUIET_MS,
  beginHandover,
  endHandover,
  handingOver,
} from '../../src/kiosk/handover.ts';
import { followReleases, keepUpToDate } from '../../src/kiosk/updates.ts';

function fakeWorkers(controlled = true) {
  const posted: unknown[] = [];
  const listeners: (() => void)[] = [];
  const registration = {
    waiting: { postMessage: (m: unknown) => posted.push(m) } as {
      postMessage(m: unknown): void;
    } | null,
    update: vi.fn(async () => {}),
  };
  const serviceWorker = {
    controller: controlled ? {} : null,
    register: vi.fn(async () => registration),
    addEventListener: (_: string, f: () => void) => listeners.push(f),
  };
  const reload = vi.fn();
  vi.stubGlobal('navigator', { serviceWorker });
  vi.stubGlobal('location', { reload });
  return { posted, changeController: () => listeners.forEach((f) => f()), reload, registration };
}

describe('updates', () => {
  afterEach(() => {
    endHandover();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('a waiting build takes over only from the loop, and the page reloads only there', async () => {
    vi.useFakeTimers();
    const w = fakeWorkers();
    let inLoop = false;
    keepUpToDate(() => inLoop, 'test-exhibit');
    // The worker is registered for the exhibit shown: it precaches that exhibit's files.
    expect(navigator.serviceWorker.register).toHaveBeenCalledWith('./sw.js?exhibit=test-exhibit');
    await vi.advanceTimersByTimeAsync(60_000); // a visit goes on
    expect(w.posted).toEqual([]);
    w.changeController(); // another tab's take-over must not reload under the visitor
    expect(w.reload).not.toHaveBeenCalled();
    inLoop = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(w.posted).toEqual(['take-over']);
    w.changeController();
    expect(w.reload).toHaveBeenCalledTimes(1);
    w.changeController();
    expect(w.reload).toHaveBeenCalledTimes(1);
    // It asks the server for a new build every hour.
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(w.registration.update).toHaveBeenCalled();
  });

  it("the take-over's reload goes through the kiosk's own (which saves first, 2 s at most)", async () => {
    vi.useFakeTimers();
    const w = fakeWorkers();
    const reload = vi.fn();
    keepUpToDate(() => true, 'uprising', reload);
    await vi.advanceTimersByTimeAsync(10_000);
    w.changeController();
    expect(reload).toHaveBeenCalledWith('a new build took over');
    expect(w.reload).not.toHaveBeenCalled();
  });

  it('the first take-over a waiting build is told of starts a quiet spell, later ones do not', async () => {
    // Chromium swaps workers once the old one has stopped; a request of the page's reaching it
    // then starts it again and parks the swap (src/kiosk/handover.ts).
    vi.useFakeTimers();
    const w = fakeWorkers();
    keepUpToDate(() => true, 'uprising');
    await vi.advanceTimersByTimeAsync(9_000);
    expect(handingOver()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(w.posted).toEqual(['take-over']);
    expect(handingOver()).toBe(true);
    await vi.advanceTimersByTimeAsync(HANDOVER_QUIET_MS - 1);
    expect(handingOver()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    // Told again (the same waiting worker): the page's requests go on.
    expect(w.posted).toEqual(['take-over', 'take-over']);
    expect(handingOver()).toBe(false);
    // A newer build waiting is told afresh.
    w.registration.waiting = { postMessage: (m: unknown) => w.posted.push(m) };
    await vi.advanceTimersByTimeAsync(10_000);
    expect(handingOver()).toBe(true);
  });

  it('the release check holds off while a new build takes over', async () => {
    vi.useFakeTimers();
    const s = releaseServer('1.0.0');
    followReleases({
      idleLoop: () => true,
      reload: vi.fn(),
      update: () => true,
      release: 'dev',
      url: 'x',
      fetch: s.fetch,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(s.calls).toEqual(['GET']);
    await vi.advanceTimersByTimeAsync(55_000);
    beginHandover();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(s.calls).toEqual(['GET']); // the minute's check fell in the quiet spell
    await vi.advanceTimersByTimeAsync(60_000);
    expect(s.calls).toEqual(['GET', 'GET']);
  });

  it("the first worker taking control (a new kiosk's first session) does not reload the page", async () => {
    const w = fakeWorkers(false);
    keepUpToDate(() => true, 'uprising');
    await Promise.resolve();
    await Promise.resolve();
    w.changeController();
    expect(w.reload).not.toHaveBeenCalled();
    w.changeController(); // a later build taking over does
    expect(w.reload).toHaveBeenCalledTimes(1);
  });

  /** A server that serves release `served.now`, and the requests the page made to it. */
  function releaseServer(first: string | null) {
    const served = { now: first };
    const calls: string[] = [];
    const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
      calls.push(init?.method === 'POST' ? `POST ${String(init.body)}` : 'GET');
      return new Response(JSON.stringify({ release: served.now }), { status: 200 });
    }) as unknown as typeof globalThis.fetch;
    return { served, calls, fetch };
  }

  it('a switched release is noticed within a minute and taken only from the loop', async () => {
    vi.useFakeTimers();
    const s = releaseServer('1.0.0');
    const reload = vi.fn();
    let inLoop = false;
    let started = () => {};
    followReleases({
      idleLoop: () => inLoop,
      reload,
      update: () => false, // no service worker
      release: '1.0.0',
      url: 'http://kiosk/kiosk/__kiosk/release',
      fetch: s.fetch,
      whenStarted: (then) => (started = then),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(s.calls).toEqual(['GET']);
    // Once its machine runs, the page tells its server it started: that confirms its trial.
    started();
    expect(s.calls).toEqual(['GET', 'POST {"release":"1.0.0"}']);
    s.served.now = '1.1.0';
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.advanceTimersByTimeAsync(120_000); // a visit goes on
    expect(reload).not.toHaveBeenCalled();
    inLoop = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reload).toHaveBeenCalledWith("the kiosk's server now serves release 1.1.0");
  });

  it('with a worker, a switched release asks it for the new build (which takes over from the loop)', async () => {
    vi.useFakeTimers();
    const s = releaseServer('1.0.0');
    const update = vi.fn(() => true);
    const reload = vi.fn();
    followReleases({
      idleLoop: () => true,
      reload,
      update,
      release: 'dev',
      url: 'x',
      fetch: s.fetch,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(update).not.toHaveBeenCalled();
    expect(s.calls).not.toContain('POST {"release":"dev"}'); // a build that is no release confirms nothing
    s.served.now = '0.9.0'; // a rollback is a switch too
    await vi.advanceTimersByTimeAsync(60_000);
    expect(update).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
  });

  it('a server that serves no releases (a plain build) is asked once, then left alone', async () => {
    vi.useFakeTimers();
    const s = releaseServer(null);
    followReleases({
      idleLoop: () => true,
      reload: vi.fn(),
      update: () => false,
      release: '1',
      url: 'x',
      fetch: s.fetch,
    });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(s.calls).toEqual(['GET']);
  });
});
