// The watchdog reloads a frozen or stuck kiosk, but never under a visitor or a docent, and
// reloads once a day at the quiet hour only from the attract or display loop.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, Watchdog, type WatchdogReading } from '../../src/kiosk/watchdog.ts';

const noon = new Date(2026, 10, 26, 12, 0, 0).getTime();
const base: WatchdogReading = {
  now: noon,
  frames: 60,
  visible: true,
  lastChange: noon,
  lastInput: noon - 600_000,
  where: 'attract',
  docent: false,
  contextLostMs: 0,
};

describe('watchdog', () => {
  it('reloads after three ticks without a frame, when nobody is using the kiosk', () => {
    const w = new Watchdog(noon);
    expect(w.tick({ ...base, frames: 0 })).toBeNull();
    expect(w.tick({ ...base, frames: 0 })).toBeNull();
    expect(w.tick({ ...base, frames: 0 })).toBe('the frame loop froze');
  });

  it('a hidden page has no frames and that is fine', () => {
    const w = new Watchdog(noon);
    for (let i = 0; i < 5; i++) expect(w.tick({ ...base, frames: 0, visible: false })).toBeNull();
  });

  it('never reloads under a visitor who touched it recently, nor during a guided tour', () => {
    const w = new Watchdog(noon);
    const visiting = { ...base, where: 'visit' as const, lastInput: noon - 5_000, frames: 0 };
    for (let i = 0; i < 5; i++) expect(w.tick(visiting)).toBeNull();
    const tour = { ...base, where: 'visit' as const, docent: true, frames: 0, lastChange: 0 };
    for (let i = 0; i < 5; i++) expect(w.tick(tour)).toBeNull();
  });

  it('reloads when the WebGL context stayed lost for 10 s, under the same rules', () => {
    const w = new Watchdog(noon);
    expect(w.verdict({ ...base, contextLostMs: 9_999 })).toBeNull();
    expect(w.verdict({ ...base, contextLostMs: 10_000 })).toBe(
      'the WebGL context was lost and not restored in 10 s',
    );
    // A visitor touched it a minute ago: the overlay still tells the story; reload once they go.
    const visiting = { ...base, where: 'visit' as const, lastInput: noon - 60_000 };
    expect(w.verdict({ ...visiting, contextLostMs: 30_000 })).toBeNull();
    expect(w.verdict({ ...visiting, lastInput: noon - 130_000, contextLostMs: 90_000 })).toBe(
      'the WebGL context was lost and not restored in 10 s',
    );
    expect(w.verdict({ ...base, docent: true, contextLostMs: 90_000 })).toBeNull();
  });

  it('a verdict between ticks does not count as a frameless tick', () => {
    const w = new Watchdog(noon);
    expect(w.tick({ ...base, frames: 0 })).toBeNull();
    for (let i = 0; i < 5; i++) expect(w.verdict(base)).toBeNull();
    expect(w.tick({ ...base, frames: 0 })).toBeNull();
  });

  it('reloads a visit that has been stuck for 15 minutes with nobody there', () => {
    const w = new Watchdog(noon);
    const stuck = { ...base, where: 'visit' as const, lastChange: noon - 16 * 60_000 };
    expect(w.tick(stuck)).toBe('the kiosk was stuck');
    expect(w.tick({ ...stuck, lastChange: noon - 60_000 })).toBeNull();
  });

  it('reloads daily at 4 am from the loop, not in the first two hours after a load', () => {
    const four = new Date(2026, 10, 27, 4, 5, 0).getTime();
    expect(new Watchdog(noon).tick({ ...base, now: four, lastChange: four })).toBe(
      'the daily reload',
    );
    expect(
      new Watchdog(four - 3_600_000).tick({ ...base, now: four, lastChange: four }),
    ).toBeNull();
    const visiting = {
      ...base,
      now: four,
      lastChange: four,
      where: 'visit' as const,
      lastInput: four,
    };
    expect(new Watchdog(noon).tick(visiting)).toBeNull();
  });
});

describe('watchdog, outside the opening hours', () => {
  it('a closed kiosk draws nothing and changes nothing on purpose: never a reason to reload', () => {
    const w = new Watchdog(noon);
    const closed = {
      ...base,
      where: 'closed' as const,
      frames: 0,
      lastChange: noon - 10 * 3_600_000,
      now: noon,
    };
    for (let i = 0; i < 10; i++) expect(w.tick(closed)).toBeNull();
    // Waking (a reload) or opening again: the frameless ticks while closed do not count.
    expect(w.tick({ ...base, frames: 0 })).toBeNull();
  });

  it('with opening hours there is no daily hour: the wake before opening is the reload', () => {
    const fourAm = new Date(2026, 10, 26, 4, 30).getTime();
    const w = new Watchdog(fourAm - 5 * 3_600_000, { ...DEFAULT_RULES, dailyHour: null });
    expect(w.tick({ ...base, now: fourAm, lastChange: fourAm })).toBeNull();
  });
});
