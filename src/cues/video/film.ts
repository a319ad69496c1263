// The film's clock: the narration keeps the time, the film follows it. Pure arithmetic here (unit
// tested in tests/unit/film.test.ts), and the register of film elements alive, for leak checks.

/** How far a playing film may drift from the narration before it is set right (s). */
export const PLAYING_TOLERANCE = 0.25;
/** How far a held film may be from the narration (s): about a frame, so a still is the right one. */
export const HELD_TOLERANCE = 0.04;

/** Where the film should be, `elapsed` seconds into its cue: wrapped if it loops, else held at its end. */
export function filmTime(elapsed: number, duration: number, loop: boolean): number {
  const t = Math.max(0, elapsed);
  if (!(duration > 0)) return 0;
  return loop ? t % duration : Math.min(t, duration);
}

/** How far `current` is from `target` on a film of `duration` (s); around the loop's seam if it loops. */
export function drift(current: number, target: number, duration: number, loop: boolean): number {
  const d = Math.abs(current - target);
  return loop && duration > 0 ? Math.min(d, duration - d) : d;
}

/** What the film should do this frame: play, hold, and whether to seek (to `to`). */
export interface FilmStep {
  play: boolean;
  seek: number | undefined;
}

/**
 * One frame of following the narration: the film plays while the narration runs and has not
 * reached its end (a film played once holds its last frame), and is set to the narration's time
 * when it drifts further than the tolerance (a frame's worth while held, so a still is exact).
 * A playing film is set `lead` seconds ahead: where the narration will be once the seek is done
 * (a slow machine takes a while to seek, and would otherwise land behind every time).
 */
export function followStep(
  film: { current: number; duration: number; loop: boolean; seeking: boolean },
  elapsed: number,
  running: boolean,
  lead = 0,
): FilmStep {
  const target = filmTime(elapsed, film.duration, film.loop);
  const ended = !film.loop && target >= film.duration;
  const play = running && !ended;
  const tolerance = play ? PLAYING_TOLERANCE : HELD_TOLERANCE;
  const off = drift(film.current, target, film.duration, film.loop) > tolerance;
  if (!off || film.seeking) return { play, seek: undefined };
  return { play, seek: play ? filmTime(elapsed + lead, film.duration, film.loop) : target };
}

/** How far ahead the next seek of a playing film goes: the seeks' recent duration (s), at most 1 s. */
export function nextLead(lead: number, lastSeek: number): number {
  return Math.min(1, lead === 0 ? lastSeek : lead * 0.5 + lastSeek * 0.5);
}

/** Film elements made and not yet released: tests read it (no film outlives its cue). */
export const liveFilms = new Set<HTMLVideoElement>();
