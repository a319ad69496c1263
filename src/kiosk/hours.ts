// Opening hours as kiosk.json gives them: per weekday, with exceptions for single dates (a
// holiday, a late opening). The schema lives here; what the kiosk does with it (closed card,
// sound off, wake before opening) is built on it.
import { z } from 'zod';

/** "HH:MM", 24-hour local time; "24:00" ends a day. */
const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time as "HH:MM", 24-hour, such as "09:30"');

/** One opening on one day: [opens, closes]. */
export const spanSchema = z
  .tuple([time, time])
  .refine(([a, b]) => a < b, 'an opening that closes after it opens, such as ["10:00", "18:00"]');

/** The openings of one day, in order; an empty list is a closed day. */
const daySchema = z.array(spanSchema).max(4);

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A date that differs from its weekday: its own openings, or none (closed; `hours` left out or
 * `[]`). `note` is for staff ("Christmas Day", "late opening").
 */
export const exceptionSchema = z.strictObject({
  date: z.iso.date('a date as "YYYY-MM-DD"'),
  hours: daySchema.default([]),
  note: z.string().max(80).optional(),
});

export const hoursSchema = z.strictObject({
  /** Each weekday's openings; a weekday left out is closed. */
  week: z.strictObject(
    Object.fromEntries(WEEKDAYS.map((d) => [d, daySchema.optional()])) as Record<
      Weekday,
      z.ZodOptional<typeof daySchema>
    >,
  ),
  exceptions: z.array(exceptionSchema).max(400).default([]),
  /** Minutes before opening that the kiosk wakes (screen on, exhibit reloaded and ready). */
  wakeMinutesBefore: z.int().min(0).max(120).default(15),
  /** Outside the hours: a black screen, or a quiet card saying the gallery is closed. */
  whenClosed: z.enum(['dark', 'card']).default('dark'),
});

/** Opening hours as kiosk.json gives them. */
export type OpeningHours = z.infer<typeof hoursSchema>;

// ---------------------------------------------------------------------------------------------
// The schedule: pure reads of the hours against a local Date (the kiosk's own time zone). Every
// opening is made with `new Date(y, m, d, hh, mm)`, so a day with a clock change has its openings
// at the wall-clock times staff wrote (a time in a spring-forward gap moves forward, as the clock
// does). Openings that meet (a day closing at "24:00", the next opening at "00:00") are one.

/** The longest search for the next opening: a year and a little (exceptions may close months). */
const HORIZON_DAYS = 400;

/** One opening as two instants, epoch ms, end exclusive. */
interface Opening {
  start: number;
  end: number;
}

/** Where the kiosk is against its hours at one moment. */
export interface HoursNow {
  /** Inside an opening now. */
  open: boolean;
  /** Open, or in the `wakeMinutesBefore` before an opening: the kiosk should be showing. */
  awake: boolean;
  /** When the current opening ends (open), else null. */
  closesAt: Date | null;
  /** When the next opening starts (after the current one, when open); null if none within a year. */
  opensAt: Date | null;
  /** `opensAt` less `wakeMinutesBefore`: when a closed kiosk wakes (reloads, takes its lock). */
  wakeAt: Date | null;
  /** The next moment any of these changes (closing, waking or opening); null if never. */
  nextChange: Date | null;
}

/** A local Date's calendar day as "YYYY-MM-DD". */
export function dayKey(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The weekday key of a local Date. */
export function weekdayOf(d: Date): Weekday {
  return WEEKDAYS[(d.getDay() + 6) % 7]!;
}

/** One day's openings as written ("HH:MM" pairs), an exception's over its weekday's, and its note. */
export function spansOn(
  hours: OpeningHours,
  day: Date,
): { spans: [string, string][]; note?: string; exception: boolean } {
  const key = dayKey(day);
  const exception = hours.exceptions.find((e) => e.date === key);
  if (exception)
    return {
      spans: exception.hours,
      exception: true,
      ...(exception.note ? { note: exception.note } : {}),
    };
  return { spans: hours.week[weekdayOf(day)] ?? [], exception: false };
}

/** The local instant of "HH:MM" on `day` ("24:00" is the next day's midnight). */
function at(day: Date, time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hh, mm).getTime();
}

/** The openings from the day before `now` on, day by day, merged where they meet or overlap. */
function* openings(hours: OpeningHours, now: Date): Generator<Opening> {
  let pending: Opening | undefined;
  for (let i = -1; i <= HORIZON_DAYS; i++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i, 12);
    for (const [a, b] of spansOn(hours, day).spans) {
      const next = { start: at(day, a), end: at(day, b) };
      if (next.end <= next.start) continue;
      if (pending && next.start <= pending.end) pending.end = Math.max(pending.end, next.end);
      else {
        if (pending) yield pending;
        pending = next;
      }
    }
  }
  if (pending) yield pending;
}

/** Whether the gallery is open at `now`, when it next closes, opens and the kiosk wakes. */
export function hoursAt(hours: OpeningHours, now: Date): HoursNow {
  const t = now.getTime();
  let current: Opening | undefined;
  let next: Opening | undefined;
  for (const o of openings(hours, now)) {
    if (o.end <= t) continue;
    if (o.start <= t) current = o;
    else {
      next = o;
      break;
    }
  }
  const opensAt = next ? new Date(next.start) : null;
  const wakeAt = next ? new Date(next.start - hours.wakeMinutesBefore * 60_000) : null;
  const open = !!current;
  const awake = open || (!!wakeAt && t >= wakeAt.getTime());
  const closesAt = current ? new Date(current.end) : null;
  const nextChange = open ? closesAt : wakeAt && wakeAt.getTime() > t ? wakeAt : opensAt;
  return { open, awake, closesAt, opensAt, wakeAt, nextChange };
}

/** Today's openings for staff: "10:00–18:00", "10:00–13:00, 14:00–18:00" or "closed", with a note. */
export function todayLine(hours: OpeningHours, now: Date): string {
  const { spans, note, exception } = spansOn(hours, now);
  const list = spans.length ? spans.map(([a, b]) => `${a}–${b}`).join(', ') : 'closed';
  return exception ? `${list} (${note ?? 'exception'})` : list;
}
