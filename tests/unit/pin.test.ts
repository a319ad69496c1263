// The staff PIN: PBKDF2-SHA-256 with a random salt per PIN and at least 200,000 rounds, never the
// PIN itself; short and trivial PINs refused; the lockout (30 s, doubling to 10 min) kept in
// storage so a reload does not clear it; an old SHA-256 PIN accepted once and upgraded; and no
// URL can reset the PIN or change the mode of a production build.
import { describe, expect, it } from 'vitest';
import { applyLauncherCommands } from '../../src/kiosk/launcherCommands.ts';
import {
  LEGACY_DEFAULT_HASH,
  legacyHash,
  makePinRecord,
  MIN_ITERATIONS,
  PIN_ITERATIONS,
  pinProblem,
  pinRecordSchema,
  verifyPin,
} from '../../src/kiosk/pin.ts';
import { PinGate } from '../../src/kiosk/pinLock.ts';
import { loadSettings } from '../../src/kiosk/settings.ts';
import { memoryStorage } from './memoryStorage.ts';

// PBKDF2 at 600,000 rounds takes about 0.2 s a check here; the slowest test makes about 20.
const SLOW = { timeout: 60_000 };

describe('staff PIN records', () => {
  it('are PBKDF2 with a fresh 16-byte salt per PIN and at least 200,000 rounds', SLOW, async () => {
    const a = await makePinRecord('482913');
    const b = await makePinRecord('482913');
    expect(pinRecordSchema.parse(a)).toEqual(a);
    expect(a.v).toBe(2);
    expect(a.iterations).toBe(PIN_ITERATIONS);
    expect(a.iterations).toBeGreaterThanOrEqual(200_000);
    expect(atob(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt); // the same PIN twice: different salts, different hashes
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('482913');
  });

  it('verify the right PIN and refuse a wrong one', SLOW, async () => {
    const record = await makePinRecord('482913');
    expect(await verifyPin('482913', record)).toEqual({ ok: true });
    expect(await verifyPin('482914', record)).toEqual({ ok: false });
    expect(await verifyPin('', record)).toEqual({ ok: false });
    // A record tampered down to few rounds is not a PIN at all.
    expect(pinRecordSchema.safeParse({ ...record, iterations: MIN_ITERATIONS - 1 }).success).toBe(
      false,
    );
  });

  it('refuse short and trivial PINs with a message that says why', () => {
    expect(pinProblem('1953')).toBe('Use at least 6 digits.');
    expect(pinProblem('12345')).toBe('Use at least 6 digits.');
    expect(pinProblem('12a456')).toBe('Use digits only.');
    expect(pinProblem('000000')).toMatch(/one digit repeated/);
    expect(pinProblem('77777777')).toMatch(/one digit repeated/);
    for (const run of ['123456', '654321', '345678', '9876543210', '890123'])
      expect(pinProblem(run), run).toMatch(/run of digits/);
    expect(pinProblem('121212')).toMatch(/pattern repeated/);
    expect(pinProblem('195319')).toBeUndefined();
    expect(pinProblem('482913')).toBeUndefined();
  });

  it('take an old SHA-256 PIN once and hand back its PBKDF2 upgrade', SLOW, async () => {
    const old = await legacyHash('2468');
    const first = await verifyPin('2468', old);
    expect(first.ok).toBe(true);
    expect(first.upgrade?.iterations).toBe(PIN_ITERATIONS);
    expect(await verifyPin('2468', first.upgrade!)).toEqual({ ok: true });
    expect(await verifyPin('2469', old)).toEqual({ ok: false });
    // The first version's default, 1953, is no PIN at all.
    expect(await legacyHash('1953')).toBe(LEGACY_DEFAULT_HASH);
    expect(await verifyPin('1953', LEGACY_DEFAULT_HASH)).toEqual({ ok: false });
  });
});

describe('the PIN lockout', () => {
  it(
    'survives a reload (a new gate on the same storage) and grows 30 s to 10 min',
    SLOW,
    async () => {
      const record = await makePinRecord('482913', MIN_ITERATIONS);
      const storage = memoryStorage();
      let now = 1_000_000;
      const gate = () =>
        new PinGate(
          () => record,
          storage,
          () => now,
        );
      expect(await gate().attempt('000001')).toEqual({ ok: false, lockedForMs: 0 });
      expect(await gate().attempt('000002')).toEqual({ ok: false, lockedForMs: 0 });
      expect(await gate().attempt('000003')).toEqual({ ok: false, lockedForMs: 30_000 });
      // A reload: a new gate on the same storage is still resting, even for the right PIN.
      expect(gate().lockedForMs()).toBe(30_000);
      expect((await gate().attempt('482913')).ok).toBe(false);
      const locks: number[] = [];
      for (let round = 0; round < 5; round++) {
        now += gate().lockedForMs();
        for (const pin of ['000004', '000005', '000006']) await gate().attempt(pin);
        locks.push(gate().lockedForMs());
      }
      expect(locks).toEqual([60_000, 120_000, 240_000, 480_000, 600_000]);
      now += 600_000;
      expect(await gate().attempt('482913')).toEqual({ ok: true });
      expect(await gate().attempt('000007')).toEqual({ ok: false, lockedForMs: 0 });
    },
  );

  it(
    'counts a try before checking it, and a clock set back cannot lock for good',
    SLOW,
    async () => {
      const record = await makePinRecord('482913', MIN_ITERATIONS);
      const storage = memoryStorage();
      let now = 5_000_000;
      const gate = () =>
        new PinGate(
          () => record,
          storage,
          () => now,
        );
      const pending = gate().attempt('000001');
      expect(JSON.parse(storage.map.get('museum-kiosk.pinLock')!).wrong).toBe(1);
      await pending;
      await gate().attempt('000002');
      await gate().attempt('000003');
      now -= 86_400_000; // the clock jumps a day back
      expect(gate().lockedForMs()).toBe(600_000);
    },
  );
});

describe('settings and the PIN', () => {
  it('ignore ?resetPin and ?mode in a production build', SLOW, async () => {
    const storage = memoryStorage();
    const record = await makePinRecord('482913');
    const saved = JSON.stringify({ mode: 'visitor', pin: record });
    storage.setItem('museum-kiosk.settings', saved);
    const s = loadSettings('?resetPin=1&mode=docent', storage);
    expect(s.pin).toEqual(record);
    expect(s.mode).toBe('visitor');
    expect(storage.getItem('museum-kiosk.settings')).toBe(saved);
    // A test build (urlMode) still takes ?mode=, never ?resetPin.
    expect(loadSettings('?resetPin=1&mode=docent', storage, true)).toMatchObject({
      mode: 'docent',
      pin: record,
    });
  });

  it('read the first version: its default PIN is none, a custom one is kept to upgrade', async () => {
    const storage = memoryStorage();
    storage.setItem('museum-kiosk.settings', JSON.stringify({ pinHash: LEGACY_DEFAULT_HASH }));
    expect(loadSettings('', storage).pin).toBeNull();
    const custom = await legacyHash('2468');
    storage.setItem('museum-kiosk.settings', JSON.stringify({ pinHash: custom }));
    expect(loadSettings('', storage).pin).toBe(custom);
  });

  it(
    "apply the launcher's reset-PIN and mode commands, save them and acknowledge them",
    SLOW,
    async () => {
      const storage = memoryStorage();
      storage.setItem('museum-kiosk.pinLock', '{"wrong":2,"lockedUntil":0,"nextLockMs":60000}');
      const settings = { ...loadSettings('', storage), pin: await makePinRecord('482913') };
      const sent: string[] = [];
      const w = {
        __kioskLauncher: { version: 1, commands: { resetPin: true, mode: 'display' } },
        __kioskLauncherSend: (json: string) => sent.push(json),
      } as unknown as Window;
      applyLauncherCommands(settings, storage, w);
      expect(settings).toMatchObject({ pin: null, mode: 'display' });
      expect(loadSettings('', storage)).toMatchObject({ pin: null, mode: 'display' });
      expect(storage.getItem('museum-kiosk.pinLock')).toBeNull();
      expect(sent.map((m) => JSON.parse(m))).toEqual([
        { type: 'ack', commands: ['resetPin', 'mode'] },
      ]);
    },
  );
});
