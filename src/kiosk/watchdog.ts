// The watchdog: reloads the page when the frame loop has frozen or the machine is stuck, but
// only while nobody is using the kiosk (never during a guided tour); and once a day at a quiet
// hour, only from the attract or display loop. A reload is the last resort, not the routine.

/** What the watchdog sees at each tick (every 10 s). */
export interface WatchdogReading {
  /** Now, epoch ms. */
  now: number;
  /** Animation frames since the last tick. */
  frames: number;
  /** Whether the page is visible (a hidden page has no frames, rightly). */
  visible: boolean;
  /** When the machine's snapshot last changed (state, position, countdown). */
  lastChange: number;
  /** When a person last touched or pressed anything. */
  lastInput: number;
  /** 'attract' or 'display' (the loops nobody is using), 'visit', or 'other' (boot, out of service). */
  where: 'attract' | 'display' | 'visit' | 'other';
  /** A guided tour is on: the docent decides, the watchdog never reloads under them. */
  docent: boolean;
}

/** Thresholds. */
export interface WatchdogRules {
  /** Ticks in a row without a frame that mean the frame loop froze. */
  frozenTicks: number;
  /** How long the machine may go unchanged outside the attract loop. */
  stuckMs: number;
  /** How recent an input means someone is using the kiosk. */
  inUseMs: number;
  /** The quiet hour for the daily reload (0–23, local time), or null for none. */
  dailyHour: number | null;
}

export const DEFAULT_RULES: WatchdogRules = {
  frozenTicks: 3,
  stuckMs: 15 * 60_000,
  inUseMs: 120_000,
  dailyHour: 4,
};

/** Decides, tick by tick, whether to reload and why. */
export class Watchdog {
  private frameless = 0;

  constructor(
    private readonly loadedAt: number,
    private readonly rules: WatchdogRules = DEFAULT_RULES,
  ) {}

  /** The reason to reload now, or null. */
  tick(r: WatchdogReading): string | null {
    this.frameless = r.visible && r.frames === 0 ? this.frameless + 1 : 0;
    const loop = r.where === 'attract' || r.where === 'display';
    if (r.docent || (!loop && r.now - r.lastInput < this.rules.inUseMs)) return null;
    if (this.frameless >= this.rules.frozenTicks) return 'the frame loop froze';
    if (r.where !== 'attract' && r.now - r.lastChange > this.rules.stuckMs)
      return 'the kiosk was stuck';
    const hour = new Date(r.now).getHours();
    if (loop && hour === this.rules.dailyHour && r.now - this.loadedAt > 2 * 3_600_000)
      return 'the daily reload';
    return null;
  }
}
