// Howler's AudioContext is made once the page is first idle (or a sound needs it at once), not by
// the machine's first volume or the attract bed as the kiosk starts: that held the first frame
// of the attract loop back by 60–90 ms on this 2-core machine.
import { afterEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const howler = {
    ctx: undefined as object | undefined,
    level: 1,
    calls: [] as (number | undefined)[],
    volume(v?: number) {
      howler.calls.push(v);
      howler.ctx ??= {}; // Howler makes its context on any call
      if (v !== undefined) howler.level = v;
      return howler.level;
    },
  };
  return howler;
});
vi.mock('howler', () => ({ Howler: fake }));

const { audioStarted, masterVolume, setMasterVolume, startAudio, whenAudio } =
  await import('../../src/audio/audioStart.ts');

describe('when the audio context is made', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the volume and the first sounds until the page is idle, then makes it at that volume', () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
    setMasterVolume(0.4);
    setMasterVolume(0.6);
    const bed = vi.fn();
    whenAudio(bed);
    expect(fake.calls).toEqual([]); // no context yet
    expect(audioStarted()).toBe(false);
    expect(masterVolume()).toBe(0.6);
    expect(bed).not.toHaveBeenCalled();
    expect(idle).toHaveLength(1); // asked for once
    idle[0]!(); // the page is idle after its first frame
    expect(fake.calls).toEqual([0.6]);
    expect(bed).toHaveBeenCalledTimes(1);
    startAudio(); // a sound made later: the context is there already
    expect(fake.calls).toEqual([0.6]);
    const later = vi.fn();
    whenAudio(later);
    expect(later).toHaveBeenCalledTimes(1); // at once
    setMasterVolume(0.3); // from now on straight to Howler
    expect(fake.calls).toEqual([0.6, 0.3]);
    expect(masterVolume()).toBe(0.3);
  });
});
