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
