// Adaptive quality (src/scenes/quality.ts), fed synthetic frame-time series: no clock, no Pixi.
// It steps down under load, back up after a long calm, never flaps, waits after a scene change,
// and a pinned level never moves. The setting: layered, in kiosk.json, pinned full in a test build.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { parseKioskFile } from '../../src/kiosk/kioskFile.ts';
import {
  applyStaffChanges,
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  settingSource,
} from '../../src/kiosk/settings.ts';
import {
  describeLevel,
  judge,
  LEVELS,
  p90,
  QualityController,
  qualityLine,
} from '../../src/scenes/quality.ts';
import { memoryStorage } from './memoryStorage.ts';

/** Feeds `seconds` of frames, each `js` ms of JavaScript `interval` ms apart. */
function run(q: QualityController, seconds: number, js: number, interval: number): void {
  for (let t = 0; t < seconds * 1000; t += interval) q.frame(js, interval);
}

const SMOOTH = [1.5, 16.7] as const; // 60 fps, little work
const LOADED = [4, 80] as const; // 12 fps: a software renderer at full resolution
const HEAVY_JS = [30, 33.3] as const; // 30 fps held, but most of each frame is JavaScript

describe('quality levels', () => {
  it('go from full to lowest: resolution, particles, effects and frame rate each only fall', () => {
    expect(LEVELS[0]).toMatchObject({ resolution: 1, density: 1, effects: 'filters', fps: 60 });
    expect(LEVELS.at(-1)).toMatchObject({ resolution: 0.5, density: 0, effects: 'none', fps: 30 });
    const order = { filters: 2, css: 1, none: 0 };
    for (let i = 1; i < LEVELS.length; i++) {
      const [a, b] = [LEVELS[i - 1]!, LEVELS[i]!];
      expect(b.resolution).toBeLessThanOrEqual(a.resolution);
      expect(b.density).toBeLessThanOrEqual(a.density);
      expect(order[b.effects]).toBeLessThanOrEqual(order[a.effects]);
      expect(b.fps).toBeLessThanOrEqual(a.fps);
      expect(b).not.toEqual({ ...a, number: b.number });
    }
  });

  it('are said for staff', () => {
    expect(describeLevel(LEVELS[0]!)).toBe('full resolution, 60 fps');
    expect(qualityLine(LEVELS[2]!, 'adaptive')).toBe(
      'level 3 of 4 (half resolution, 30 fps, no grain): adaptive',
    );
    expect(qualityLine(LEVELS[3]!, 'low')).toBe(
      'level 4 of 4 (half resolution, 30 fps, no particles, no grain): pinned',
    );
  });

  it('judge a window by its 90th percentile', () => {
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toBe(9);
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 100, 100])).toBe(100);
    const full = LEVELS[0]!;
    expect(judge(full, [1], [16.7])).toBe('calm');
    expect(judge(full, [1], [22])).toBe('ok');
    expect(judge(full, [1], [40])).toBe('miss');
    expect(judge(full, [12], [16.7])).toBe('miss');
    // A few slow frames (garbage collection) are not a miss.
    const intervals = [...Array<number>(95).fill(16.7), ...Array<number>(5).fill(200)];
    expect(judge(full, Array<number>(100).fill(1), intervals)).toBe('calm');
  });
});

describe('the quality controller', () => {
  it('steps down under load, one level a window after the settling time, to the lowest', () => {
    const q = new QualityController({ mode: 'adaptive' });
    expect(q.level.number).toBe(1);
    run(q, 2.9, ...LOADED); // settling: not judged
    expect(q.level.number).toBe(1);
    run(q, 2.2, ...LOADED);
    expect(q.level.number).toBe(2);
    run(q, 60, ...LOADED);
    expect(q.level.number).toBe(4);
    expect(q.steps.map((s) => s.to)).toEqual([1, 2, 3]);
  });

  it('steps down when JavaScript, not the renderer, takes the frame', () => {
    const q = new QualityController({ mode: 'adaptive', ceiling: 2 });
    run(q, 10, ...HEAVY_JS);
    expect(q.level.number).toBe(4);
  });

  it('holds a level that keeps its budget', () => {
    const q = new QualityController({ mode: 'adaptive' });
    run(q, 120, ...SMOOTH);
    expect(q.level.number).toBe(1);
    expect(q.steps).toEqual([]);
    expect(q.windows).toBeGreaterThan(50);
  });

  it('steps back up only after a long calm', () => {
    const q = new QualityController({ mode: 'adaptive' });
    run(q, 6, ...LOADED);
    expect(q.level.number).toBe(2);
    run(q, 3 + 18, ...SMOOTH); // settling, then 18 s of calm: not yet
    expect(q.level.number).toBe(2);
    run(q, 3, ...SMOOTH);
    expect(q.level.number).toBe(1);
  });

  it('does not step up on "ok" frames that hold the cap but leave no room', () => {
    const q = new QualityController({ mode: 'adaptive' });
    run(q, 6, ...LOADED);
    expect(q.level.number).toBe(2);
    run(q, 120, 7, 18); // 55 fps, 7 ms of work: fine here, too much to go up
    expect(q.level.number).toBe(2);
  });

  it('never flaps: a level left twice is out of reach, and load that comes and goes settles', () => {
    const q = new QualityController({ mode: 'adaptive' });
    // An hour of a load that comes back every 40 s for 10 s (a neighbour's job on the same PC).
    for (let minute = 0; minute < 90; minute++) {
      run(q, 30, ...SMOOTH);
      run(q, 10, ...LOADED);
    }
    const changes = q.steps.length;
    expect(changes).toBeLessThanOrEqual(2 * (LEVELS.length - 1) * 2);
    // The tail is steady: no more changes in the last half hour.
    for (let minute = 0; minute < 45; minute++) {
      run(q, 30, ...SMOOTH);
      run(q, 10, ...LOADED);
    }
    expect(q.steps.length).toBe(changes);
    // Full quality could not be held: it is no longer tried.
    expect(q.highest).toBeGreaterThan(0);
  });

  it('never tries a level above its ceiling (a software renderer starts there)', () => {
    const q = new QualityController({ mode: 'adaptive', ceiling: 1 });
    expect(q.level.number).toBe(2);
    run(q, 300, ...SMOOTH);
    expect(q.level.number).toBe(2);
    expect(q.steps).toEqual([]);
  });

  it('judges nothing in the first seconds after a scene change', () => {
    const q = new QualityController({ mode: 'adaptive' });
    run(q, 4, ...SMOOTH);
    for (let i = 0; i < 10; i++) {
      q.sceneChanged();
      run(q, 2.5, ...LOADED); // building each new scene is slow
    }
    expect(q.level.number).toBe(1);
    run(q, 5.1, ...LOADED); // a load that lasts is not a scene change
    expect(q.level.number).toBe(2);
  });

  it('ignores stalls: a hidden page or closed hours say nothing of the steady state', () => {
    const q = new QualityController({ mode: 'adaptive' });
    run(q, 4, ...SMOOTH);
    for (let i = 0; i < 100; i++) q.frame(0.5, 60_000);
    expect(q.level.number).toBe(1);
    expect(q.windows).toBe(0);
  });

  it('honours a pinned level', () => {
    const full = new QualityController({ mode: 'full', ceiling: 2 });
    run(full, 120, ...LOADED);
    expect(full.level.number).toBe(1);
    expect(full.steps).toEqual([]);
    const low = new QualityController({ mode: 'low' });
    run(low, 120, ...SMOOTH);
    expect(low.level.number).toBe(LEVELS.length);
    expect(low.steps).toEqual([]);
  });

  it('is the same for the same series (no clock)', () => {
    const series = Array.from({ length: 5000 }, (_, i) => [
      1 + ((i * 7919) % 13),
      16 + ((i * 104729) % 70),
    ]);
    const a = new QualityController({ mode: 'adaptive' });
    const b = new QualityController({ mode: 'adaptive' });
    for (const [js, interval] of series) {
      a.frame(js!, interval!);
      b.frame(js!, interval!);
    }
    expect(a.steps).toEqual(b.steps);
  });
});

describe('the quality setting', () => {
  it('is adaptive by default; a test build pins full unless the URL asks', () => {
    expect(readConfig('', false).quality).toBe('adaptive');
    expect(readConfig('', false, undefined, true).quality).toBe('full');
    expect(readConfig('?quality=adaptive', false, undefined, true).quality).toBe('adaptive');
    expect(readConfig('?quality=fast', false, undefined, true).quality).toBe('full');
    expect(readConfig('?quality=low', false).quality).toBe('low');
  });

  it('comes in layers: this kiosk over kiosk.json over adaptive', () => {
    expect(DEFAULT_SETTINGS.quality).toBe('adaptive');
    const parsed = parseKioskFile(JSON.stringify({ id: 'k', settings: { quality: 'low' } }));
    expect(parsed.ok).toBe(true);
    const file = parsed.ok ? parsed.value : null;
    const storage = memoryStorage();
    const settings = loadSettings('', storage, false, file);
    expect(settings.quality).toBe('low');
    expect(settingSource(settings, 'quality')).toBe('file');
    applyStaffChanges(settings, { quality: 'full' });
    saveSettings(settings, storage);
    const again = loadSettings('', storage, false, file);
    expect(again.quality).toBe('full');
    expect(settingSource(again, 'quality')).toBe('device');
    applyStaffChanges(again, { quality: 'fastest' });
    expect(again.quality).toBe('full');
  });

  it('is refused in kiosk.json when it is not one of the three, naming the key', () => {
    const parsed = parseKioskFile(JSON.stringify({ id: 'k', settings: { quality: 'high' } }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors[0]!.path).toBe('settings.quality');
      expect(parsed.errors[0]!.message).toContain('"adaptive", "full" or "low"');
    }
  });
});
