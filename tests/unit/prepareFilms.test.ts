// Pixi's video question is asked once, when the page is idle, not in a film cue's first frames.
import { afterEach, describe, expect, it, vi } from 'vitest';

const detect = vi.fn(async () => 'premultiplied-alpha');
vi.mock('pixi.js', () => ({ detectVideoAlphaMode: detect }));

afterEach(() => vi.unstubAllGlobals());

describe('prepareFilms', () => {
  it('asks once, when the page is next idle, however often it is called', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const { prepareFilms } = await import('../../src/cues/video/prepare.ts');
    prepareFilms();
    prepareFilms();
    expect(detect).not.toHaveBeenCalled(); // nothing in the caller's task
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(detect).toHaveBeenCalledTimes(1);
  });
});
