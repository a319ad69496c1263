// The flash counter used by tests/e2e/flashes.spec.ts finds flashing when there is some.
import { describe, expect, it } from 'vitest';
import { worstFlashesPerSecond } from '../helpers/flashes.ts';

const wave = (hz: number, low: number, high: number) =>
  Array.from({ length: 240 }, (_, i) => (Math.floor((i / 60) * hz * 2) % 2 ? high : low));

describe('flash counter', () => {
  it('counts a 5 Hz dark-light square wave as 5 flashes a second', () => {
    expect(worstFlashesPerSecond(wave(5, 0.05, 0.4))).toBe(5);
  });
  it('counts 2 Hz as 2, and a change under 10 % as none', () => {
    expect(worstFlashesPerSecond(wave(2, 0.05, 0.4))).toBe(2);
    expect(worstFlashesPerSecond(wave(8, 0.05, 0.12))).toBe(0);
  });
  it('ignores a slow fade', () => {
    expect(
      worstFlashesPerSecond(Array.from({ length: 240 }, (_, i) => i / 240)),
    ).toBeLessThanOrEqual(1);
  });
});
