// The scenes' one crossfade: a view rises after its delay while the one before fades out, and
// each leaving view is destroyed exactly once, when it has gone.
import { describe, expect, it } from 'vitest';
import { Crossfade, leavingAlpha, risingAlpha } from '../../src/scenes/Crossfade.ts';

class FakeView {
  alpha = 1;
  destroyed = 0;
  constructor(readonly name: string) {}
  destroy(): void {
    this.destroyed++;
  }
}

describe('crossfade', () => {
  it('rises and falls along the same calm curve', () => {
    expect(risingAlpha(0, 900)).toBe(0);
    expect(risingAlpha(450, 900)).toBeCloseTo(0.5);
    expect(risingAlpha(900, 900)).toBe(1);
    expect(risingAlpha(500, 900, 500)).toBe(0);
    expect(risingAlpha(950, 900, 500)).toBeCloseTo(0.5);
    expect(leavingAlpha(450, 900)).toBeCloseTo(0.5);
    expect(leavingAlpha(2000, 900)).toBe(0);
  });

  it('shows a view transparent, then fades it in as time moves', () => {
    const fade = new Crossfade<FakeView>(1000);
    const a = new FakeView('a');
    fade.show(a);
    expect(a.alpha).toBe(0);
    expect(fade.rise(500)?.age).toBe(500);
    expect(a.alpha).toBeCloseTo(0.5);
    fade.rise(600);
    expect(a.alpha).toBe(1);
    expect(fade.views).toEqual([a]);
  });

  it('fades the previous view out, destroys it once gone, and reports it', () => {
    let gone = 0;
    const fade = new Crossfade<FakeView>(1000, () => gone++);
    const [a, b] = [new FakeView('a'), new FakeView('b')];
    fade.show(a);
    fade.rise(1000);
    fade.show(b, 300);
    expect(fade.views).toEqual([b, a]);
    fade.rise(400);
    fade.fall(400);
    expect(b.alpha).toBeCloseTo(risingAlpha(400, 1000, 300));
    expect(a.alpha).toBeCloseTo(0.5 + Math.cos(0.4 * Math.PI) / 2);
    expect(gone).toBe(0);
    fade.rise(600);
    fade.fall(600);
    expect([a.destroyed, gone]).toEqual([1, 1]);
    expect(fade.views).toEqual([b]);
    fade.fall(1000);
    expect([a.destroyed, gone]).toEqual([1, 1]);
  });

  it('lets several views leave at once, each on its own clock', () => {
    const fade = new Crossfade<FakeView>(1000);
    const views = ['a', 'b', 'c'].map((n) => new FakeView(n));
    fade.show(views[0]!);
    fade.show(views[1]!);
    fade.fall(600);
    fade.show(views[2]!);
    fade.fall(500);
    expect(views.map((v) => v.destroyed)).toEqual([1, 0, 0]);
    expect(fade.leaving.map((l) => l.age)).toEqual([500]);
  });
});
