// The staff PIN: compared by hash (the PIN is never stored), with wrong attempts rate-limited:
// after 3 wrong in a row the gate closes for 30 s, doubling each time up to 10 minutes.
const FREE_TRIES = 3;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 600_000;

/** SHA-256 of the PIN with the kiosk's prefix, as lower-case hex. */
export async function hashPin(pin: string): Promise<string> {
  const bytes = new TextEncoder().encode(`museum-kiosk:${pin}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a PIN attempt came to. */
export type PinResult = { ok: true } | { ok: false; lockedForMs: number };

/** Checks PINs against a hash, closing for a while after repeated wrong ones. */
export class PinGate {
  private wrong = 0;
  private lockMs = FIRST_LOCK_MS;
  private lockedUntil = 0;

  constructor(
    private readonly hash: () => string,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Milliseconds until another attempt is allowed (0 when open). */
  lockedForMs(): number {
    return Math.max(0, this.lockedUntil - this.now());
  }

  async attempt(pin: string): Promise<PinResult> {
    if (this.lockedForMs() > 0) return { ok: false, lockedForMs: this.lockedForMs() };
    if ((await hashPin(pin)) === this.hash()) {
      this.wrong = 0;
      this.lockMs = FIRST_LOCK_MS;
      return { ok: true };
    }
    if (++this.wrong >= FREE_TRIES) {
      this.wrong = 0;
      this.lockedUntil = this.now() + this.lockMs;
      this.lockMs = Math.min(MAX_LOCK_MS, this.lockMs * 2);
    }
    return { ok: false, lockedForMs: this.lockedForMs() };
  }
}
