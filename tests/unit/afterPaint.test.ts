// Touch first (issue 20): the stage's work is applied later, after the next paint; however many
// snapshots come first, the newest is applied once, and nothing wanted is ever dropped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, Latest } from '../../src/scenes/afterPaint.ts';

/** A scheduler the test runs by hand: the runs it was asked for, in order. */
function manual() {
  const runs: (() => void)[] = [];
  return {
    schedule: (run: () => void) => void runs.push(run),
    runs,
    /** Runs what was asked for so far (runs asked for meanwhile wait for the next call). */
    step() {
      for (const run of runs.splice(0)) run();
    },
  };
}

describe('Latest', () => {
  it('applies nothing when wanted, and the value at the next run', () => {
    const clock = manual();
    const applied: number[] = [];
    const latest = new Latest<number>(clock.schedule, (v) => applied.push(v));
    latest.want(1);
    expect(applied).toEqual([]);
    expect(latest.waiting).toBe(true);
    clock.step();
    expect(applied).toEqual([1]);
    expect(latest.waiting).toBe(false);
  });

  it('applies only the newest of several, once, with one run asked for', () => {
    const clock = manual();
    const applied: number[] = [];
    const latest = new Latest<number>(clock.schedule, (v) => applied.push(v));
    latest.want(1);
    latest.want(2);
    latest.want(3);
    expect(clock.runs).toHaveLength(1);
    clock.step();
    expect(applied).toEqual([3]);
    clock.step();
    expect(applied).toEqual([3]);
  });

  it('keeps a value wanted after a run for the next one', () => {
    const clock = manual();
    const applied: number[] = [];
    const latest = new Latest<number>(clock.schedule, (v) => applied.push(v));
    latest.want(1);
    clock.step();
    latest.want(2);
    expect(clock.runs).toHaveLength(1);
    clock.step();
    expect(applied).toEqual([1, 2]);
  });

  it('applies at once when flushed; the scheduled run then does nothing', () => {
    const clock = manual();
    const applied: number[] = [];
    const latest = new Latest<number>(clock.schedule, (v) => applied.push(v));
    latest.want(1);
    latest.flush();
    expect(applied).toEqual([1]);
    clock.step();
    expect(applied).toEqual([1]);
    // A value wanted between the flush and the old run is applied by that run.
    latest.want(2);
    expect(clock.runs).toHaveLength(1);
    clock.step();
    expect(applied).toEqual([1, 2]);
  });

  it('lets the applied value ask for another run (work spread over two frames)', () => {
    const clock = manual();
    const applied: string[] = [];
    let split = true;
    const latest: Latest<string> = new Latest<string>(clock.schedule, (v) => {
      applied.push(v);
      if (split) {
        split = false;
        latest.want(`${v}, then its card`);
      }
    });
    latest.want('scene');
    clock.step();
    expect(applied).toEqual(['scene']);
    expect(latest.waiting).toBe(true);
    clock.step();
    expect(applied).toEqual(['scene', 'scene, then its card']);
  });
});

describe('afterNextPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('runs in a task after the next animation frame, not inside it', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    const order: string[] = [];
    const done = new Promise<void>((resolve) =>
      afterNextPaint(() => {
        order.push('run');
        resolve();
      }),
    );
    expect(frames).toHaveLength(1);
    expect(order).toEqual([]);
    // The frame: its callbacks (and so its paint, which follows them) come before the run.
    frames[0]!();
    order.push('frame done');
    await done;
    expect(order).toEqual(['frame done', 'run']);
  });
});
