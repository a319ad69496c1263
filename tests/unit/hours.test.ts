// Opening hours: which days and times are open, when the kiosk next closes, opens and wakes,
// exceptions over weekdays, and the days the clocks change. The kiosk's zone here is Berlin
// (summer time 2026: from 29 March 02:00 to 25 October 03:00); set before any Date is made.
process.env.TZ = 'Europe/Berlin';
import { describe, expect, it } from 'vitest';
import { hoursAt, hoursSchema, spansOn, todayLine } from '../../src/kiosk/hours.ts';

const hours = hoursSchema.parse({
  week: {
    tue: [['10:00', '18:00']],
    wed: [['10:00', '18:00']],
    thu: [['10:00', '20:00']],
    fri: [['10:00', '18:00']],
    sat: [
      ['10:00', '13:00'],
      ['14:00', '18:00'],
    ],
    sun: [
      ['00:00', '03:00'],
      ['10:00', '18:00'],
    ],
  },
  exceptions: [
    { date: '2026-12-25', note: 'Christmas Day' },
    { date: '2026-12-03', hours: [['10:00', '22:00']], note: 'late opening' },
  ],
});
/** A local time in Berlin: month 1-12. */
const at = (y: number, m: number, d: number, hh = 0, mm = 0) => new Date(y, m - 1, d, hh, mm);
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('opening hours', () => {
  it('the zone is Berlin, with summer time (the DST tests mean nothing otherwise)', () => {
    expect(at(2026, 1, 15).getTimezoneOffset()).toBe(-60);
    expect(at(2026, 7, 15).getTimezoneOffset()).toBe(-120);
  });

  it('is open inside an opening, and says when it closes and next opens', () => {
    const h = hoursAt(hours, at(2026, 12, 1, 12)); // a Tuesday
    expect(h.open).toBe(true);
    expect(h.awake).toBe(true);
    expect(h.closesAt).toEqual(at(2026, 12, 1, 18));
    expect(h.opensAt).toEqual(at(2026, 12, 2, 10));
    expect(h.wakeAt).toEqual(at(2026, 12, 2, 9, 45));
    expect(h.nextChange).toEqual(at(2026, 12, 1, 18));
  });

  it('closes at the closing minute: the end is not part of the opening', () => {
    expect(hoursAt(hours, at(2026, 12, 1, 17, 59)).open).toBe(true);
    expect(hoursAt(hours, at(2026, 12, 1, 18)).open).toBe(false);
    expect(hoursAt(hours, at(2026, 12, 1, 10)).open).toBe(true);
  });

  it('wakes wakeMinutesBefore opening: closed but awake in between', () => {
    const asleep = hoursAt(hours, at(2026, 12, 2, 9, 44));
    expect(asleep).toMatchObject({ open: false, awake: false });
    expect(asleep.nextChange).toEqual(at(2026, 12, 2, 9, 45));
    const waking = hoursAt(hours, at(2026, 12, 2, 9, 45));
    expect(waking).toMatchObject({ open: false, awake: true });
    expect(waking.nextChange).toEqual(at(2026, 12, 2, 10));
    const none = hoursSchema.parse({ ...hours, wakeMinutesBefore: 0 });
    expect(hoursAt(none, at(2026, 12, 2, 9, 59))).toMatchObject({ open: false, awake: false });
  });

  it('a weekday left out is closed: Monday evening looks to Tuesday', () => {
    const h = hoursAt(hours, at(2026, 11, 30, 12)); // a Monday
    expect(h.open).toBe(false);
    expect(h.closesAt).toBeNull();
    expect(h.opensAt).toEqual(at(2026, 12, 1, 10));
  });

  it('a lunch break closes it between two openings', () => {
    const h = hoursAt(hours, at(2026, 12, 5, 13, 30)); // a Saturday
    expect(h.open).toBe(false);
    expect(h.opensAt).toEqual(at(2026, 12, 5, 14));
    expect(h.wakeAt).toEqual(at(2026, 12, 5, 13, 45));
  });

  it('openings that meet across midnight are one: Saturday to 24:00, Sunday from 00:00', () => {
    const late = hoursSchema.parse({
      ...hours,
      week: { ...hours.week, sat: [['18:00', '24:00']] },
    });
    const h = hoursAt(late, at(2026, 12, 5, 23));
    expect(h.open).toBe(true);
    expect(h.closesAt).toEqual(at(2026, 12, 6, 3));
    // After midnight it is still the Saturday night's opening.
    expect(hoursAt(late, at(2026, 12, 6, 1)).closesAt).toEqual(at(2026, 12, 6, 3));
  });

  it('an exception overrides its weekday: a late opening, and a closed holiday', () => {
    const late = hoursAt(hours, at(2026, 12, 3, 21)); // a Thursday, normally until 20:00
    expect(late.open).toBe(true);
    expect(late.closesAt).toEqual(at(2026, 12, 3, 22));
    // Christmas Day is a Friday: closed all day; the next opening is Saturday.
    for (const hh of [0, 9, 10, 12, 17, 23])
      expect(hoursAt(hours, at(2026, 12, 25, hh)).open).toBe(false);
    const xmas = hoursAt(hours, at(2026, 12, 24, 18)); // Thursday after closing
    expect(xmas.opensAt).toEqual(at(2026, 12, 26, 10));
    expect(spansOn(hours, at(2026, 12, 25))).toEqual({
      spans: [],
      exception: true,
      note: 'Christmas Day',
    });
  });

  it('spring forward: a Sunday opening at 00:00–03:00 on the night the clock skips 02:00', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; the opening lasts 2 real hours, not 3.
    const h = hoursAt(hours, at(2026, 3, 29, 1, 30));
    expect(h.open).toBe(true);
    expect(iso(h.closesAt)).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST
    expect(hoursAt(hours, new Date('2026-03-29T01:00:00Z')).open).toBe(false);
    // The same Sunday opens at 10:00 summer time, and wakes 15 real minutes before it.
    const later = hoursAt(hours, new Date('2026-03-29T05:00:00Z'));
    expect(iso(later.opensAt)).toBe('2026-03-29T08:00:00.000Z');
    expect(iso(later.wakeAt)).toBe('2026-03-29T07:45:00.000Z');
  });

  it('fall back: 25 October 2026 has 25 hours, openings keep their wall-clock times', () => {
    const night = hoursAt(hours, new Date('2026-10-25T00:30:00Z')); // 02:30 CEST
    expect(night.open).toBe(true);
    expect(iso(night.closesAt)).toBe('2026-10-25T02:00:00.000Z'); // 03:00 CET, after the repeat
    const morning = hoursAt(hours, new Date('2026-10-25T06:00:00Z')); // 07:00 CET
    expect(iso(morning.opensAt)).toBe('2026-10-25T09:00:00.000Z'); // 10:00 CET
    expect(iso(morning.wakeAt)).toBe('2026-10-25T08:45:00.000Z');
    // Monday is closed; Tuesday opens at 10:00 winter time.
    const evening = hoursAt(hours, at(2026, 10, 25, 19));
    expect(iso(evening.opensAt)).toBe('2026-10-27T09:00:00.000Z');
  });

  it('never open: no next opening, nothing to wake for', () => {
    const shut = hoursSchema.parse({ week: {} });
    expect(hoursAt(shut, at(2026, 12, 1, 12))).toEqual({
      open: false,
      awake: false,
      closesAt: null,
      opensAt: null,
      wakeAt: null,
      nextChange: null,
    });
  });

  it("a line for staff: today's openings, and the note of an exception", () => {
    expect(todayLine(hours, at(2026, 12, 5, 9))).toBe('10:00–13:00, 14:00–18:00');
    expect(todayLine(hours, at(2026, 11, 30, 9))).toBe('closed');
    expect(todayLine(hours, at(2026, 12, 25, 9))).toBe('closed (Christmas Day)');
    expect(todayLine(hours, at(2026, 12, 3, 9))).toBe('10:00–22:00 (late opening)');
  });
});
