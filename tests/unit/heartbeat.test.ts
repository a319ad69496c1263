// The page's heartbeat to the kiosk launcher: every 5 s, frames, state and the last problem; the
// beacon to the kiosk's server on the same beat; and nothing at all without either.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHeartbeat, stateName } from '../../src/kiosk/heartbeat.ts';
import { logProblem } from '../../src/kiosk/log.ts';

/** A window with what the launcher defines (or without it). */
function fakeWindow(launcher: boolean) {
  const sent: unknown[] = [];
  const w = {
    setInterval: (f: () => void, ms: number) => setInterval(f, ms),
    clearInterval: (t: ReturnType<typeof setInterval>) => clearInterval(t),
    ...(launcher
      ? {
          __kioskLauncher: { version: 1, commands: {} },
          __kioskLauncherSend: (json: string) => sent.push(JSON.parse(json)),
        }
      : {}),
  };
  return { w: w as unknown as Window, sent };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the heartbeat', () => {
  it('tells the launcher the frames drawn, the state and the last problem every 5 s', () => {
    const { w, sent } = fakeWindow(true);
    let frames = 0;
    const stop = startHeartbeat({ frames: () => frames, state: () => 'attract' }, w);
    expect(sent).toEqual([{ type: 'heartbeat', frames: 0, state: 'attract' }]);
    frames = 42;
    logProblem('narration failed: chapter-1.opus');
    vi.advanceTimersByTime(5_000);
    expect(sent[1]).toEqual({
      type: 'heartbeat',
      frames: 42,
      state: 'attract',
      lastError: 'narration failed: chapter-1.opus',
    });
    vi.advanceTimersByTime(10_000);
    expect(sent).toHaveLength(4);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(sent).toHaveLength(4);
  });

  it('starts nothing without the launcher', () => {
    const { w, sent } = fakeWindow(false);
    startHeartbeat({ frames: () => 1, state: () => 'attract' }, w);
    vi.advanceTimersByTime(30_000);
    expect(sent).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('beats the beacon every 5 s, with or without the launcher', () => {
    for (const launcher of [false, true]) {
      const { w, sent } = fakeWindow(launcher);
      let beats = 0;
      const stop = startHeartbeat({ frames: () => 1, state: () => 'attract' }, w, {
        beat: () => beats++,
      });
      vi.advanceTimersByTime(10_000);
      expect(beats).toBe(3);
      expect(sent).toHaveLength(launcher ? 3 : 0);
      stop();
      vi.advanceTimersByTime(10_000);
      expect(beats).toBe(3);
    }
  });

  it('names parallel and nested states in one short string', () => {
    expect(stateName('attract')).toBe('attract');
    expect(stateName({ visit: { flow: { chapter: 'playing' }, idle: 'counting' } })).toBe(
      'visit.flow.chapter.playing+idle.counting',
    );
  });
});
