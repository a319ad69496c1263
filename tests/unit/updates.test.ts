// A new build waits: it is told to take over only while the kiosk is in its attract or display
// loop, and the page reloads into it only then, never in the middle of a visit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepUpToDate } from '../../src/kiosk/updates.ts';

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
});
