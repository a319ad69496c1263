// The volume policy: steps in tenths within 0–1, kept per mode (visit or display loop), saved.
import { describe, expect, it } from 'vitest';
import {
  followVolume,
  stepVolume,
  volumeControl,
  type VolumeDeps,
} from '../../../src/app/volume.ts';
import { loadSettings } from '../../../src/kiosk/settings.ts';

function deps(displaying: boolean) {
  const settings = loadSettings('', undefined, false);
  let level = 0.5;
  let saves = 0;
  const d: VolumeDeps = {
    settings,
    save: () => void saves++,
    output: { get: () => level, set: (v) => void (level = v) },
    displaying: () => displaying,
  };
  return { d, level: () => level, saves: () => saves };
}

describe('volume', () => {
  it('steps in tenths and stays within 0 and 1', () => {
    expect(stepVolume(0.5, 0.1)).toBe(0.6);
    expect(stepVolume(0.7, 0.1)).toBe(0.8); // not 0.7999999
    expect(stepVolume(0.95, 0.1)).toBe(1);
    expect(stepVolume(0.05, -0.1)).toBe(0);
  });

  it('a visit keeps the visitor volume, the display loop its own, and both are saved', () => {
    const visit = deps(false);
    volumeControl(visit.d).change(0.1);
    expect(visit.level()).toBe(0.6);
    expect(visit.d.settings.volume).toBe(0.6);
    expect(visit.saves()).toBe(1);
    const display = deps(true);
    const before = display.d.settings.volume;
    volumeControl(display.d).change(-0.5);
    expect(display.d.settings.displayVolume).toBe(0);
    expect(display.d.settings.volume).toBe(before);
  });

  it('follows the mode: the display loop plays at its own volume', () => {
    const display = deps(true);
    display.d.settings.displayVolume = 0.2;
    display.d.settings.volume = 0.9;
    followVolume(display.d);
    expect(display.level()).toBe(0.2);
    const visit = deps(false);
    visit.d.settings.volume = 0.9;
    followVolume(visit.d);
    expect(visit.level()).toBe(0.9);
  });
});
