// The rights block every picture, film and portrait carries: who made it, under what licence, where
// it came from and when. The content check refuses a picture without one, warns 30 days before a
// licence ends, and the stage hides a cue whose licence has ended (rightsState below decides which).
import { z } from 'zod';
import { text } from '../content/fields.ts';

/** How many days before a licence ends the content check starts to warn. */
export const RIGHTS_WARNING_DAYS = 30;

const SPDX = /^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)$/;
const LICENSED = /^licensed to (.+) until (\d{4}-\d{2}-\d{2})$/;

/** A licence: an SPDX id ("CC-BY-4.0", "CC0-1.0", "LicenseRef-…") or "licensed to <holder> until <date>". */
export const licence = z
  .string({
    error: 'expected a licence such as "CC-BY-4.0" or "licensed to <holder> until 2027-12-31"',
  })
  .trim()
  .refine((s) => SPDX.test(s) || isLicensedUntil(s), {
    error:
      'expected an SPDX licence id such as "CC-BY-4.0" or "CC0-1.0", or "licensed to <holder> until <YYYY-MM-DD>"',
  });

function isLicensedUntil(s: string): boolean {
  const m = LICENSED.exec(s);
  return !!m && !Number.isNaN(Date.parse(`${m[2]}T00:00:00Z`));
}

/** The rights block of a picture or film. Every field is required: a museum must be able to answer for it. */
export const rights = z
  .strictObject(
    {
      credit: text
        .max(110, { error: 'expected at most 110 characters (2 lines of a credit line)' })
        .describe(
          'The credit line shown with the picture, e.g. "Memorial Society archive, Moscow".',
        ),
      licence: licence.describe(
        'An SPDX licence id ("CC-BY-4.0", "CC0-1.0") or "licensed to <holder> until <YYYY-MM-DD>".',
      ),
      source: text
        .max(200, { error: 'expected at most 200 characters' })
        .describe(
          'Where the file came from: archive, collection and reference, or the drawing it follows.',
        ),
      date: text
        .max(40, { error: 'expected at most 40 characters' })
        .describe('When the picture or film was made, e.g. "1954", "c. 1953", "drawn 2026".'),
    },
    { error: 'expected a rights block: { "credit", "licence", "source", "date" }' },
  )
  .describe('Rights: credit, licence, source and date. Required for every picture and film.');

export type Rights = z.output<typeof rights>;

/** The day a licence ends (YYYY-MM-DD), or null for an open licence. */
export function licenceEnds(licenceText: string): string | null {
  return LICENSED.exec(licenceText)?.[2] ?? null;
}

/** Whether a picture may be shown on `today`: 'ok', 'ending' (within RIGHTS_WARNING_DAYS) or 'ended'. */
export function rightsState(r: Pick<Rights, 'licence'>, today: Date): 'ok' | 'ending' | 'ended' {
  const end = licenceEnds(r.licence);
  if (!end) return 'ok';
  // A licence "until" a day runs through the end of that day (UTC).
  const last = Date.parse(`${end}T23:59:59.999Z`);
  if (today.getTime() > last) return 'ended';
  return last - today.getTime() <= RIGHTS_WARNING_DAYS * 86_400_000 ? 'ending' : 'ok';
}
