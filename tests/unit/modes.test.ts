// The three ways a kiosk is used: a walk-up visitor (resets when idle), a guided tour (never
// resets; the docent ends it), and an unattended display (tells the chapters in turn, forever).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Exhibit } from '../../src/content/types.ts';
import { SilentNarration } from '../../src/audio/SilentNarration.ts';
import { loadSettings, volumeFor } from '../../src/kiosk/settings.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import { type KioskMode, PLAIN_ACCESS } from '../../src/machine/types.ts';
import { FakeNarration, fakeActors, fixtureExhibit } from '../helpers/fakes.ts';

let exhibit: Exhibit;
beforeAll(async () => {
  exhibit = await fixtureExhibit();
});
beforeEach(() => {
  vi.useFakeTimers();
  FakeNarration.all = [];
});
afterEach(() => vi.useRealTimers());

function start(mode: KioskMode) {
  const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
    input: { exhibitId: 'test-exhibit', mode },
  });
  a.start();
  return a;
}
const value = (a: ReturnType<typeof start>) => JSON.stringify(a.getSnapshot().value);
/** Lets story time and the clock run together for `s` seconds. */
function play(s: number) {
  for (let t = 0; t < s; t += 0.1) {
    FakeNarration.latest()?.advance(0.1);
    vi.advanceTimersByTime(100);
  }
}

describe('modes', () => {
  it('visitor: the menu left alone returns to attract after the timeout and warning', () => {
    const a = start('visitor');
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    vi.advanceTimersByTime((60 + 20) * 1000 + 1000);
    expect(value(a)).toBe('"attract"');
  });

  it('docent: two idle hours on the menu and in a paused chapter never reset the tour', () => {
    const a = start('docent');
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(value(a)).toContain('"home"');
    a.send({ type: 'ui.chapterChosen', index: 0 });
    a.send({ type: 'ui.pause' });
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(value(a)).toContain('"paused"');
    expect(value(a)).toContain('"docent"');
  });

  it('docent: ending the tour returns to visitor mode and the attract loop', () => {
    const a = start('docent');
    a.send({ type: 'ui.start' });
    a.send({ type: 'kiosk.mode', mode: 'visitor' });
    expect(value(a)).toBe('"attract"');
    expect(a.getSnapshot().context.mode).toBe('visitor');
  });

  it('display: tells every chapter in turn and starts again; a touch hands over to a visitor', () => {
    const a = start('display');
    expect(value(a)).toContain('display');
    const told: number[] = [];
    for (let i = 0; i < 5; i++) {
      told.push(a.getSnapshot().context.chapterIndex);
      play(7); // the fixture chapters last about 6 s
      vi.advanceTimersByTime(8_000); // the breath between chapters
    }
    expect(told).toEqual([0, 1, 0, 1, 0]);
    a.send({ type: 'ui.start' });
    expect(value(a)).toContain('visit');
  });

  it('display: the loop tells its narration as unattended, a visit does not', () => {
    const a = start('display');
    expect(FakeNarration.latest().unattended).toBe(true);
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    a.send({ type: 'ui.chapterChosen', index: 1 });
    expect(FakeNarration.latest().unattended).toBe(false);
  });

  it('display: its own volume (0 mutes) and a silent narration that keeps the story clock', () => {
    const s = loadSettings('', undefined);
    expect([volumeFor(s, false), volumeFor(s, true)]).toEqual([1, 0.4]);
    expect(s.dailyReloadHour).toBe(4);
    const track = exhibit.chapters[0]!.tracks.en!;
    const silent = new SilentNarration(track, 0);
    silent.play();
    vi.advanceTimersByTime(2_000);
    expect(silent.position()).toBeCloseTo(2, 1);
    silent.pause();
    vi.advanceTimersByTime(5_000);
    expect(silent.position()).toBeCloseTo(2, 1);
    silent.play();
    vi.advanceTimersByTime(track.duration * 1000);
    expect(silent.hasEnded()).toBe(true);
    expect(silent.position()).toBe(track.duration);
  });

  it('display: a visitor who walks away hands the kiosk back to the loop', () => {
    const a = start('display');
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    vi.advanceTimersByTime((60 + 20) * 1000 + 1000);
    expect(value(a)).toContain('display');
  });

  it('in a test build the mode comes from ?mode=, is saved, and survives a reload; nonsense falls back', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as Storage;
    expect(loadSettings('', storage).mode).toBe('visitor');
    expect(loadSettings('?mode=docent', storage, true).mode).toBe('docent');
    expect(loadSettings('', storage).mode).toBe('docent');
    store.set('museum-kiosk.settings', '{"mode":"party"}');
    expect(loadSettings('', storage).mode).toBe('visitor');
    store.set('museum-kiosk.settings', 'not json');
    expect(loadSettings('?mode=nonsense', storage, true).mode).toBe('visitor');
  });
});

describe('soak', () => {
  // Some 29,000 simulated seconds: seconds of CPU on a shared machine, so a generous timeout.
  it(
    'display: 8 simulated hours tell every chapter in turn and never get stuck',
    { timeout: 120_000 },
    () => {
      const a = start('display');
      const hours = 8;
      let told = 0;
      let last = -1;
      const end = Date.now() + hours * 3_600_000;
      while (Date.now() < end) {
        const s = a.getSnapshot();
        expect(s.matches('display')).toBe(true);
        if (s.matches({ display: { chapter: 'telling' } }) && s.context.chapterIndex !== last) {
          told++;
          last = s.context.chapterIndex;
        }
        FakeNarration.latest().advance(1);
        vi.advanceTimersByTime(1_000);
      }
      // About 6 s of narration and an 8 s breath per chapter: some 2,000 chapters in 8 hours.
      expect(told).toBeGreaterThan(1_800);
      // Old narration players are all stopped: only the one telling now is alive.
      expect(FakeNarration.all.filter((n) => !n.destroyed).length).toBe(1);
      // The context beside the exhibit is some 550 bytes of fixed fields: it must not grow.
      expect(JSON.stringify(a.getSnapshot().context).length).toBeLessThan(
        JSON.stringify(exhibit).length + 600,
      );
    },
  );
});

describe('caption and text settings of a visitor', () => {
  const access = (a: ReturnType<typeof start>) => a.getSnapshot().context.access;

  it('hold through the visit and are reset for the next visitor on idle', () => {
    const a = start('visitor');
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.continue' });
    a.send({ type: 'ui.access', change: { largeCaptions: true, twoLanguages: true } });
    a.send({ type: 'ui.chapterChosen', index: 0 });
    a.send({ type: 'ui.next' });
    expect(access(a)).toMatchObject({ largeCaptions: true, twoLanguages: true, largeText: false });
    a.send({ type: 'ui.pause' });
    vi.advanceTimersByTime((60 + 20) * 1000 + 1000);
    expect(value(a)).toBe('"attract"');
    expect(access(a)).toEqual(PLAIN_ACCESS);
  });

  it('are never reset under a guided tour, even after two idle hours', () => {
    const a = start('docent');
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.access', change: { largeText: true } });
    vi.advanceTimersByTime(2 * 3_600_000);
    expect(access(a).largeText).toBe(true);
  });

  it('start from the defaults of the kiosk, which the staff panel sets', () => {
    const defaults = { ...PLAIN_ACCESS, contrastCaptions: true };
    const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
      input: { exhibitId: 'test-exhibit', access: defaults },
    });
    a.start();
    a.send({ type: 'ui.start' });
    a.send({ type: 'ui.access', change: { contrastCaptions: false } });
    a.send({ type: 'ui.exit' });
    expect(access(a)).toEqual(defaults);
  });
});
