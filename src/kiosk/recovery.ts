// Self-healing: an error anywhere is logged (once per message, for the technician) and the kiosk
// goes back to its attract loop, with no stack trace for the visitor. Errors that keep coming
// back despite that hand over to the calm out-of-service card, which reloads the exhibit.
import { logProblem } from './log.ts';

const QUIET_MS = 5_000;
const WINDOW_MS = 120_000;
const MAX_RECOVERIES = 5;

/** What to do about an error: go back to attract, or give up to out-of-service. */
export interface RecoveryActions {
  recover(): void;
  giveUp(): void;
}

/** Decides, from the recent history of errors, whether to recover, give up or wait. */
export class Recovery {
  private times: number[] = [];

  constructor(
    private readonly actions: RecoveryActions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Reports an error; at most one recovery every 5 s, and out of service after 5 in 2 minutes. */
  report(message: string, detail?: unknown): void {
    logProblem(message, detail);
    const t = this.now();
    if (this.times.length && t - this.times.at(-1)! < QUIET_MS) return;
    this.times = [...this.times.filter((x) => t - x < WINDOW_MS), t];
    if (this.times.length > MAX_RECOVERIES) {
      this.times = [];
      this.actions.giveUp();
    } else this.actions.recover();
  }
}

/** Routes the page's uncaught errors and unhandled rejections to `recovery` (and `noted`). */
export function watchErrors(
  target: Window,
  recovery: Recovery,
  noted: (message: string) => void = () => {},
): void {
  const report = (message: string, detail: unknown) => {
    noted(message);
    recovery.report(message, detail);
  };
  target.addEventListener('error', (e) => {
    e.preventDefault();
    report(`uncaught error: ${e.message}`, e.error);
  });
  target.addEventListener('unhandledrejection', (e) => {
    e.preventDefault();
    report(`unhandled rejection: ${String(e.reason)}`, e.reason);
  });
}
