// The watchdog: reloads the page when Pixi has stopped drawing, the WebGL context stayed lost or
// the machine is stuck, but only while nobody is using the kiosk (never during a guided tour); and
// once a day at a quiet hour, only from the attract or display loop. A reload is the last resort.
// A lost context waits for nobody too: the DOM overlay still tells the story (captions, controls,
// narration), so a visitor loses less to a blank stage than to being sent back to "Touch to begin";
// with nobody there (the attract loop, or 2 min untouched) it reloads at once.

/** What the watchdog sees at each tick (every 10 s). */
export interface WatchdogReading {
  /** Now, epoch ms. */
  now: number;
  /** Frames Pixi drew since the last tick (the page's own animation frames without a stage). */
  frames: number;
  /** Whether the page is visible (a hidden page has no frames, rightly). */
  visible: boolean;
  /** When the machine's snapshot last changed (state, position, countdown). */
  lastChange: number;
  /** When a person last touched or pressed anything. */
  lastInput: number;
  /**
   * 'attract' or 'display' (the loops nobody is using), 'visit', 'closed' (outside the opening
   * hours: frames stopped on purpose, nothing changes), or 'other' (boot, out of service).
   */
  where: 'attract' | 'display' | 'visit' | 'closed' | 'other';
  /** A guided tour is on: the docent decides, the watchdog never reloads under them. */
  docent: boolean;
  /** How long the WebGL context has been lost (ms), 0 when it is not. */
  contextLostMs: number;
}

/** Thresholds. */
export interface WatchdogRules {
  /** Ticks in a row without a frame that mean the frame loop froze. */
  frozenTicks: number;
  /** How long the machine may go unchanged outside the attract loop. */
  stuckMs: number;
  /** How recent an input means someone is using the kiosk. */
  inUseMs: number;
  /** How long a lost WebGL context may stay lost. */
  contextLostMs: number;
  /** The quiet hour for the daily reload (0–23, local time), or null for none. */
  dailyHour: number | null;
}

export const DEFAULT_RULES: WatchdogRules = {
  frozenTicks: 3,
  stuckMs: 15 * 60_000,
  inUseMs: 120_000,
  contextLostMs: 10_000,
  dailyHour: 4,
};

/** Decides, tick by tick, whether to reload and why. */
export class Watchdog {
  private frameless = 0;

  constructor(
    private readonly loadedAt: number,
    private readonly rules: WatchdogRules = DEFAULT_RULES,
  ) {}

  /** One tick (every 10 s): counts frameless ticks; the reason to reload now, or null. */
  tick(r: WatchdogReading): string | null {
    const still = r.where === 'closed' || !r.visible;
    this.frameless = !still && r.frames === 0 ? this.frameless + 1 : 0;
    return this.verdict(r);
  }

  /** The reason to reload now, or null, without counting a tick (a lost context's deadline). */
  verdict(r: Omit<WatchdogReading, 'frames' | 'visible'>): string | null {
    // Closed on purpose: no frames, no change, no reason to reload (waking is a reload itself).
    if (r.where === 'closed') return null;
    const loop = r.where === 'attract' || r.where === 'display';
    if (r.docent || (!loop && r.now - r.lastInput < this.rules.inUseMs)) return null;
    if (r.contextLostMs >= this.rules.contextLostMs)
      return 'the WebGL context was lost and not restored in 10 s';
    if (this.frameless >= this.rules.frozenTicks) return 'the frame loop froze';
    if (r.where !== 'attract' && r.now - r.lastChange > this.rules.stuckMs)
      return 'the kiosk was stuck';
    const hour = new Date(r.now).getHours();
    if (loop && hour === this.rules.dailyHour && r.now - this.loadedAt > 2 * 3_600_000)
      return 'the daily reload';
    return null;
  }
}
