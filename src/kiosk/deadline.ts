// No await on storage may hold a reload: what is saved before one (the analytics' last events)
// gets 2 s, then the page reloads anyway. A stuck IndexedDB must never keep a kiosk on a broken
// page, and a reload that never comes is worse than a few lost events.
import { logProblem } from './log.ts';

/** How long saving may hold a reload. */
export const SAVE_LIMIT_MS = 2_000;

/** Resolves when `work` settles (true) or after `ms` (false), whichever comes first. */
export function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const settled = () => {
      clearTimeout(timer);
      resolve(true);
    };
    work.then(settled, settled);
  });
}

/** Runs `save` for at most 2 s, then `reload`s; a save cut short is logged. */
export async function saveThenReload(
  save: () => Promise<unknown>,
  reload: () => void,
  why: string,
): Promise<void> {
  let saving: Promise<unknown>;
  try {
    saving = save();
  } catch (e) {
    saving = Promise.reject(e);
  }
  if (!(await within(saving, SAVE_LIMIT_MS)))
    logProblem(`saving before the reload (${why}) took more than 2 s; reloading anyway`);
  reload();
}
