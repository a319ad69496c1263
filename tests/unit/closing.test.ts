// The kiosk following its hours (src/kiosk/closing.ts), the closed card's words and the staff
// panel's health line. Berlin time, set before any Date is made.
process.env.TZ = 'Europe/Berlin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followHours } from '../../src/kiosk/closing.ts';
import { hoursSchema } from '../../src/kiosk/hours.ts';
import type { KioskEvent } from '../../src/machine/types.ts';
import { opensLine } from '../../src/ui/closedScreen.ts';
import { hoursLine } from '../../src/ui/staff/health.ts';

const hours = hoursSchema.parse({
  week: { tue: [['10:00', '17:00']], wed: [['10:00', '17:00']], thu: [['10:00', '17:00']] },
  exceptions: [{ date: '2026-12-24', note: 'Christmas Eve' }],
  whenClosed: 'card',
});
const at = (m: number, d: number, hh = 0, mm = 0) => new Date(2026, m - 1, d, hh, mm);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A kiosk that closes as the machine would (at once: nobody visiting). */
function kiosk(start: Date) {
  vi.setSystemTime(start);
  const events: KioskEvent[] = [];
  const wakes: string[] = [];
  let closing = false;
  const stop = followHours({
    hours,
    send: (e) => {
      events.push(e);
      if (e.type === 'kiosk.close') closing = true;
      if (e.type === 'kiosk.open') closing = false;
    },
    closing: () => closing,
    closed: () => closing,
    wake: (why) => wakes.push(why),
  });
  return { events, wakes, stop };
}

describe('following the hours', () => {
  it('closes at closing time, saying how it looks and when it opens', () => {
    const k = kiosk(at(12, 1, 16, 58)); // a Tuesday
    expect(k.events).toEqual([]);
    vi.advanceTimersByTime(119_000);
    expect(k.events).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(k.events).toEqual([
      { type: 'kiosk.close', look: 'card', reopens: at(12, 2, 10).getTime() },
    ]);
    k.stop();
  });

  it('a kiosk started at night closes at once; it wakes (reloads) 15 min before opening', () => {
    const k = kiosk(at(12, 2, 3));
    expect(k.events.map((e) => e.type)).toEqual(['kiosk.close']);
    vi.advanceTimersByTime(at(12, 2, 9, 44).getTime() - Date.now());
    expect(k.wakes).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(k.wakes).toEqual(['waking before opening']);
    k.stop();
  });

  it('started in the wake window it stays awake', () => {
    const k = kiosk(at(12, 2, 9, 50));
    vi.advanceTimersByTime(20 * 60_000);
    expect(k.events).toEqual([]);
    k.stop();
  });

  it('a visit that ran on to the next wake: nothing to close any more', () => {
    vi.setSystemTime(at(12, 1, 17));
    const events: KioskEvent[] = [];
    const stop = followHours({
      hours,
      send: (e) => events.push(e),
      closing: () => events.at(-1)?.type === 'kiosk.close',
      closed: () => false, // a guided tour all night
      wake: () => events.push({ type: 'kiosk.fault', message: 'no reload under a visitor' }),
    });
    vi.advanceTimersByTime(at(12, 2, 9, 46).getTime() - Date.now());
    expect(events.map((e) => e.type)).toEqual(['kiosk.close', 'kiosk.open']);
    stop();
  });
});

describe('the closed card', () => {
  const now = at(12, 1, 17, 5); // a Tuesday evening
  it('says when the gallery opens, in each language', () => {
    expect(opensLine('en', at(12, 2, 10).getTime(), now)).toBe('It opens tomorrow at 10:00');
    expect(opensLine('ru', at(12, 2, 10).getTime(), now)).toBe('Откроется завтра в 10:00');
    expect(opensLine('uk', at(12, 2, 10).getTime(), now)).toBe('Відчиниться завтра о 10:00');
    expect(opensLine('en', at(12, 1, 19).getTime(), now)).toBe('It opens today at 19:00');
    expect(opensLine('en', at(12, 4, 10).getTime(), now)).toBe('It opens on Friday at 10:00');
    expect(opensLine('ru', at(12, 2, 10).getTime(), at(11, 29, 12))).toBe(
      'Откроется в среду в 10:00',
    );
    expect(opensLine('uk', at(12, 1, 10).getTime(), at(11, 29, 12))).toBe(
      'Відчиниться у вівторок о 10:00',
    );
    expect(opensLine('en', at(12, 29, 10).getTime(), now)).toBe('It opens on 29 December at 10:00');
    expect(opensLine('ru', at(12, 29, 10).getTime(), now)).toBe('Откроется 29 декабря в 10:00');
    expect(opensLine('en', null, now)).toBeUndefined();
  });
});

describe('the health line', () => {
  it("today's hours, open or closed now, and the next change", () => {
    expect(hoursLine(hours, at(12, 1, 12))).toBe('Today 10:00–17:00 · open now · closes at 17:00');
    expect(hoursLine(hours, at(12, 1, 18))).toBe(
      'Today 10:00–17:00 · closed now · wakes Wed 09:45, opens Wed 10:00',
    );
    expect(hoursLine(hours, at(12, 2, 9, 50))).toBe(
      'Today 10:00–17:00 · closed now · awake, opens at 10:00',
    );
    expect(hoursLine(hours, at(12, 24, 12))).toBe(
      'Today closed (Christmas Eve) · closed now · wakes Tue 09:45, opens Tue 10:00',
    );
    expect(hoursLine(hoursSchema.parse({ week: {} }), at(12, 1, 12))).toBe(
      'Today closed · closed now · no opening in the coming year',
    );
  });
});
