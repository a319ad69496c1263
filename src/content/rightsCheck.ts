// Rights of every picture, film and portrait, whatever its cue type: each cue is walked for any
// `rights` block (src/cues/rights.ts), so a new cue type that carries one is checked with no code
// of its own. The schema already refuses a picture without a block; here `npm run content:check`
// warns of a licence that ends within RIGHTS_WARNING_DAYS (or has ended), and the stage asks
// `endedRights` before it shows a cue: one whose licence has ended is not shown.
import { licenceEnds, rightsState, type Rights } from '../cues/rights.ts';
import type { ContentError } from './errors.ts';
import { formatPath } from './errors.ts';

/** A rights block found in a cue, with its path inside the cue (e.g. ["rights"]). */
export interface FoundRights {
  path: (string | number)[];
  rights: Rights;
}

function isRights(v: unknown): v is Rights {
  return typeof v === 'object' && v !== null && typeof (v as Rights).licence === 'string';
}

/** Every rights block in `value` (a cue, or any part of it), depth first. */
export function rightsIn(value: unknown, path: (string | number)[] = []): FoundRights[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => rightsIn(v, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'rights' && isRights(v)
      ? [{ path: [...path, key], rights: v }]
      : rightsIn(v, [...path, key]),
  );
}

/** The first rights block in `cue` whose licence has ended by `today`, if any. */
export function endedRights(
  cue: unknown,
  today: Date,
): (FoundRights & { end: string }) | undefined {
  const found = rightsIn(cue).find((f) => rightsState(f.rights, today) === 'ended');
  return found && { ...found, end: licenceEnds(found.rights.licence) ?? '' };
}

/**
 * Warnings for `npm run content:check`: each licence that ends within RIGHTS_WARNING_DAYS of
 * `today`, or has ended, by file, path and end date. Warnings, not errors: the exhibit still runs
 * (the stage hides a cue whose licence has ended).
 */
export function rightsWarnings(
  chapters: readonly { id: string; cues: readonly unknown[] }[],
  today: Date,
  fileOf: (chapterId: string) => string,
): ContentError[] {
  return chapters.flatMap((ch) => {
    const data = { cues: ch.cues };
    return ch.cues.flatMap((cue, i) =>
      rightsIn(cue, ['cues', i]).flatMap(({ path, rights }) => {
        const state = rightsState(rights, today);
        if (state === 'ok') return [];
        const end = licenceEnds(rights.licence);
        const where = `${formatPath(path, data)}.licence`;
        const message =
          state === 'ended'
            ? `the licence for "${rights.credit}" ended on ${end}: the kiosk hides this cue; renew the licence or replace the picture`
            : `the licence for "${rights.credit}" ends on ${end} (in ${daysUntil(end!, today)} days): renew it, or the kiosk hides this cue from ${nextDay(end!)}`;
        return [{ file: fileOf(ch.id), path: where, message }];
      }),
    );
  });
}

function daysUntil(end: string, today: Date): number {
  return Math.max(
    0,
    Math.ceil((Date.parse(`${end}T23:59:59.999Z`) - today.getTime()) / 86_400_000),
  );
}

function nextDay(end: string): string {
  return new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
