// No await on storage holds a reload for more than 2 s: a save that never ends is cut short (and
// logged), a quick one lets the reload go at once, and one that throws does not stop it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveThenReload } from '../../src/kiosk/deadline.ts';

describe('saveThenReload', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('a save that never answers holds the reload 2 s, then it goes, logged', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reload = vi.fn();
    void saveThenReload(() => new Promise(() => {}), reload, 'the daily reload');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(reload).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(
      'saving before the reload (the daily reload) took more than 2 s; reloading anyway',
    );
  });

  it('a quick save, a failed one and one that throws all reload at once', async () => {
    vi.useFakeTimers();
    const reload = vi.fn();
    await saveThenReload(() => Promise.resolve(), reload, 'a');
    await saveThenReload(() => Promise.reject(new Error('no')), reload, 'b');
    await saveThenReload(
      () => {
        throw new Error('no');
      },
      reload,
      'c',
    );
    expect(reload).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
  });
});
