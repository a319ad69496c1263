// The chapter's clock when no audio is heard (autoplay locked, a file that will not decode):
// captions and cues advance on it so the story never stalls.

/** A pausable clock in seconds, based on performance.now(). */
export class StoryClock {
  private base: number;
  private startedAt: number | null = null;

  constructor(from = 0) {
    this.base = from;
  }

  /** Seconds on the clock. */
  now(): number {
    return this.startedAt === null
      ? this.base
      : this.base + (performance.now() - this.startedAt) / 1000;
  }

  start(): void {
    if (this.startedAt === null) this.startedAt = performance.now();
  }

  pause(): void {
    this.base = this.now();
    this.startedAt = null;
  }

  /** Sets the clock to `t` seconds without changing whether it runs. */
  set(t: number): void {
    this.base = t;
    if (this.startedAt !== null) this.startedAt = performance.now();
  }
}
