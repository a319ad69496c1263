// The gate in front of the PIN: after 3 wrong tries in a row it closes for 30 s, doubling each
// time up to 10 minutes. Its count is kept in localStorage, so a reload (or a power cut) does not
// give a guesser three fresh tries.
import { z } from 'zod';
import { type PinRecord, type StoredPin, verifyPin } from './pin.ts';

const KEY = 'museum-kiosk.pinLock';
const FREE_TRIES = 3;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 600_000;

const lockSchema = z.object({
  /** Wrong tries since the last lockout or the last right PIN. */
  wrong: z.int().min(0).max(FREE_TRIES).catch(0),
  /** When the pad opens again (ms since 1970). */
  lockedUntil: z.number().min(0).catch(0),
  /** How long the next lockout lasts. */
  nextLockMs: z.int().min(FIRST_LOCK_MS).max(MAX_LOCK_MS).catch(FIRST_LOCK_MS),
});
type LockState = z.infer<typeof lockSchema>;

/** What a PIN attempt came to; `upgrade` is the new record of a legacy PIN just accepted. */
export type PinResult = { ok: true; upgrade?: PinRecord } | { ok: false; lockedForMs: number };

/** Checks PINs against the stored one, closing for a while after repeated wrong ones. */
export class PinGate {
  constructor(
    private readonly stored: () => StoredPin,
    private readonly storage: Storage | undefined,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Milliseconds until another attempt is allowed (0 when open). */
  lockedForMs(): number {
    // Never more than the longest lockout: a clock set back cannot close the pad for good.
    return Math.min(MAX_LOCK_MS, Math.max(0, this.read().lockedUntil - this.now()));
  }

  async attempt(pin: string): Promise<PinResult> {
    if (this.lockedForMs() > 0) return { ok: false, lockedForMs: this.lockedForMs() };
    // Count the try before the slow check, so a reload during it cannot make it free.
    const state = this.read();
    state.wrong++;
    this.write(state);
    const result = await verifyPin(pin, this.stored());
    if (result.ok) {
      this.write({ wrong: 0, lockedUntil: 0, nextLockMs: FIRST_LOCK_MS });
      return result.upgrade ? { ok: true, upgrade: result.upgrade } : { ok: true };
    }
    if (state.wrong >= FREE_TRIES) {
      this.write({
        wrong: 0,
        lockedUntil: this.now() + state.nextLockMs,
        nextLockMs: Math.min(MAX_LOCK_MS, state.nextLockMs * 2),
      });
    }
    return { ok: false, lockedForMs: this.lockedForMs() };
  }

  // Without storage (blocked, full) the count lives in memory: no worse than before.
  private memory: LockState | undefined;

  private read(): LockState {
    let saved: unknown;
    try {
      saved = JSON.parse(this.storage?.getItem(KEY) ?? 'null');
    } catch {
      saved = null;
    }
    if (saved === null || typeof saved !== 'object') return { ...(this.memory ?? parse({})) };
    return parse(saved);
  }

  private write(state: LockState): void {
    this.memory = { ...state };
    try {
      this.storage?.setItem(KEY, JSON.stringify(state));
    } catch {
      /* storage full or blocked: the count lasts until the next reload */
    }
  }
}

/** Forgets the count (a technician reset the PIN from the kiosk's disk). */
export function clearPinLock(storage: Storage | undefined): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    /* storage unavailable */
  }
}

function parse(value: unknown): LockState {
  return lockSchema.parse(value);
}
