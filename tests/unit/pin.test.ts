// The staff PIN: checked by hash, never stored; three wrong tries close the pad for 30 s, and
// each further lockout doubles, up to 10 minutes.
import { describe, expect, it } from 'vitest';
import { hashPin, PinGate } from '../../src/kiosk/pin.ts';
import { DEFAULT_PIN_HASH } from '../../src/kiosk/settings.ts';

describe('staff PIN', () => {
  it('the default hash is the documented PIN 1953, and hashes differ by PIN', async () => {
    expect(await hashPin('1953')).toBe(DEFAULT_PIN_HASH);
    expect(await hashPin('1954')).not.toBe(DEFAULT_PIN_HASH);
  });

  it('locks for 30 s after three wrong tries, then 60 s, and the right PIN resets the count', async () => {
    let now = 0;
    const gate = new PinGate(
      () => DEFAULT_PIN_HASH,
      () => now,
    );
    expect(await gate.attempt('1')).toEqual({ ok: false, lockedForMs: 0 });
    await gate.attempt('2');
    expect(await gate.attempt('3')).toEqual({ ok: false, lockedForMs: 30_000 });
    expect((await gate.attempt('1953')).ok).toBe(false); // resting, even for the right PIN
    now += 30_000;
    for (const pin of ['4', '5', '6']) await gate.attempt(pin);
    expect(gate.lockedForMs()).toBe(60_000);
    now += 60_000;
    expect(await gate.attempt('1953')).toEqual({ ok: true });
    expect(await gate.attempt('7')).toEqual({ ok: false, lockedForMs: 0 });
  });
});
