// The staff PIN: kept only as PBKDF2-SHA-256 of the PIN with its own random salt (WebCrypto), never
// in clear; compared in constant time. Choosing one refuses short and trivial PINs. The lockout
// lives in pinLock.ts, so that a reload does not clear it.
import { z } from 'zod';

/**
 * PBKDF2 rounds for a new PIN: OWASP's 2023 figure for PBKDF2-HMAC-SHA256. One check takes about
 * 0.2 s on this project's 2-core build machine (README), which a member of staff does not notice
 * and which makes trying every 6-digit PIN on a copied record take days instead of 4 seconds.
 */
export const PIN_ITERATIONS = 600_000;
/** The fewest rounds a stored record may claim: a weaker one is treated as no PIN at all. */
export const MIN_ITERATIONS = 200_000;
/** The fewest digits a new PIN has. */
export const MIN_DIGITS = 6;
const MAX_DIGITS = 12;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** A PIN as stored (version 2): PBKDF2-SHA-256, a 16-byte random salt, a 32-byte hash, base64. */
export const pinRecordSchema = z.object({
  v: z.literal(2),
  salt: b64.length(24),
  iterations: z.int().min(MIN_ITERATIONS).max(10_000_000),
  hash: b64.length(44),
});
export type PinRecord = z.infer<typeof pinRecordSchema>;

/** The first version's record: SHA-256 of "museum-kiosk:" + PIN, in lower-case hex. */
export const legacyPinSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** The first version's default, PIN 1953, printed in the README: never accepted, treated as no PIN. */
export const LEGACY_DEFAULT_HASH =
  'eceaf6a8f5bc3db75c38101516e3e7ef2d2e8be93224640834b091c6cac41b67';

/** What can be stored: a record, a legacy hash (upgraded on its first use), or nothing yet. */
export type StoredPin = PinRecord | string | null;

const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations };
  return new Uint8Array(await crypto.subtle.deriveBits(params, key, 256));
}

/** True when both are the same bytes, taking the same time wherever they first differ. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Makes the stored record of a new PIN, with a fresh random salt. */
export async function makePinRecord(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return { v: 2, salt: toB64(salt), iterations, hash: toB64(hash) };
}

/** The first version's hash of a PIN (kept only to accept and upgrade an old custom PIN). */
export async function legacyHash(pin: string): Promise<string> {
  const bytes = new TextEncoder().encode(`museum-kiosk:${pin}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a PIN is stored at all (the first version's default counts as none). */
export function hasPin(stored: StoredPin): stored is PinRecord | string {
  return stored !== null && stored !== LEGACY_DEFAULT_HASH;
}

/** Checks a PIN; a legacy PIN that matches comes back with its PBKDF2 record to store instead. */
export async function verifyPin(
  pin: string,
  stored: StoredPin,
): Promise<{ ok: boolean; upgrade?: PinRecord }> {
  if (!hasPin(stored) || !/^\d{1,12}$/.test(pin)) return { ok: false };
  if (typeof stored === 'string') {
    const enc = new TextEncoder();
    if (!sameBytes(enc.encode(await legacyHash(pin)), enc.encode(stored))) return { ok: false };
    return { ok: true, upgrade: await makePinRecord(pin) };
  }
  const hash = await derive(pin, fromB64(stored.salt), stored.iterations);
  return { ok: sameBytes(hash, fromB64(stored.hash)) };
}

/** Why a new PIN is refused, in words for staff; undefined when it will do. */
export function pinProblem(pin: string): string | undefined {
  if (!/^\d*$/.test(pin)) return 'Use digits only.';
  if (pin.length < MIN_DIGITS) return `Use at least ${MIN_DIGITS} digits.`;
  if (pin.length > MAX_DIGITS) return `Use at most ${MAX_DIGITS} digits.`;
  if (/^(\d)\1+$/.test(pin)) return 'Too easy to guess: not one digit repeated.';
  if (/^(\d{2,3})\1+$/.test(pin)) return 'Too easy to guess: not a short pattern repeated.';
  const steps = new Set([...pin].slice(1).map((d, i) => (Number(d) - Number(pin[i]) + 10) % 10));
  if (steps.size === 1 && (steps.has(1) || steps.has(9)))
    return 'Too easy to guess: not a run of digits like 123456 or 654321.';
  return undefined;
}
