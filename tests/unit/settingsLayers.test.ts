// Settings in layers (src/kiosk/settings.ts): a change made on the device by staff wins over
// kiosk.json, which wins over the exhibit's and the built-in defaults; only the device's changes
// are stored; a record stored before the layers keeps every staff choice; and everything that
// reads settings (withSettings, volumeFor, the exhibit chosen) sees the layered result.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConfig } from '../../src/config.ts';
import type { Exhibit } from '../../src/content/types.ts';
import { watchKioskFile } from '../../src/kiosk/fetchKioskFile.ts';
import { fileSettingsSchema, type KioskFile, parseKioskFile } from '../../src/kiosk/kioskFile.ts';
import { makePinRecord } from '../../src/kiosk/pin.ts';
import {
  applyStaffChanges,
  baseSetting,
  DEFAULT_SETTINGS,
  dropOverride,
  loadSettings,
  saveSettings,
  SETTING_KEYS,
  settingSource,
  settingsSchema,
  volumeFor,
  withSettings,
} from '../../src/kiosk/settings.ts';
import { memoryStorage } from './memoryStorage.ts';

const KEY = 'museum-kiosk.settings';

const kioskFile = (settings: KioskFile['settings'], extra: Partial<KioskFile> = {}): KioskFile => ({
  id: 'gallery-2-east',
  settings,
  ...extra,
});

const stored = (s: Storage) => JSON.parse(s.getItem(KEY) ?? 'null') as Record<string, unknown>;

describe('the layers', () => {
  it('kiosk.json over the defaults, the device over kiosk.json, per setting', () => {
    const storage = memoryStorage();
    const file = kioskFile({ mode: 'display', displayVolume: 0.2, access: { largeText: true } });
    const s = loadSettings('', storage, false, file);
    expect(s).toMatchObject({ mode: 'display', displayVolume: 0.2, volume: 1 });
    expect(s.access).toMatchObject({ largeText: true, lowReach: false });
    expect(settingSource(s, 'displayVolume')).toBe('file');
    expect(settingSource(s, 'volume')).toBe('default');
    expect(settingSource(s, 'idleTimeoutSeconds')).toBe('exhibit');
    expect(settingSource(s, 'access.largeText')).toBe('file');
    // Staff turn the loop up on this kiosk: that wins, and only that is stored.
    s.displayVolume = 0.5;
    saveSettings(s, storage);
    expect(stored(storage)).toEqual({ version: 2, displayVolume: 0.5 });
    const again = loadSettings(
      '',
      storage,
      false,
      kioskFile({ mode: 'display', displayVolume: 0.3 }),
    );
    expect(again.displayVolume).toBe(0.5);
    expect(settingSource(again, 'displayVolume')).toBe('device');
    expect(baseSetting(again, 'displayVolume')).toEqual({ value: 0.3, source: 'file' });
    // A setting nobody changed here follows the new file.
    expect(again.access.largeText).toBe(false);
  });

  it('a setting changed back to the file’s value on the device is dropped with dropOverride', () => {
    const storage = memoryStorage();
    const file = kioskFile({ volume: 0.4 });
    const s = loadSettings('', storage, false, file);
    applyStaffChanges(s, { volume: 0.7, 'access.lowReach': true, mode: 'party' });
    saveSettings(s, storage);
    expect(stored(storage)).toEqual({ version: 2, volume: 0.7, access: { lowReach: true } });
    const t = loadSettings('', storage, false, file);
    applyStaffChanges(t, {}, ['volume']);
    saveSettings(t, storage);
    expect(t.volume).toBe(0.4);
    expect(settingSource(t, 'volume')).toBe('file');
    expect(stored(storage)).toEqual({ version: 2, access: { lowReach: true } });
  });

  it('the PIN: the device’s over kiosk.json’s; forgetting the device’s brings the file’s back', async () => {
    const storage = memoryStorage();
    const [mine, theirs] = await Promise.all([
      makePinRecord('482913', 200_000),
      makePinRecord('735102', 200_000),
    ]);
    const file = kioskFile({}, { pin: theirs });
    const s = loadSettings('', storage, false, file);
    expect(s.pin).toEqual(theirs);
    expect(settingSource(s, 'pin')).toBe('file');
    s.pin = mine;
    saveSettings(s, storage);
    const t = loadSettings('', storage, false, file);
    expect(t.pin).toEqual(mine);
    expect(settingSource(t, 'pin')).toBe('device');
    dropOverride(t, 'pin');
    saveSettings(t, storage);
    expect(loadSettings('', storage, false, file).pin).toEqual(theirs);
    expect(stored(storage)).toEqual({ version: 2 });
  });

  it('withSettings and volumeFor see the layered values', () => {
    const exhibit = {
      languages: ['en', 'ru'],
      defaultLanguage: 'en',
      idle: { timeoutSeconds: 90, warningSeconds: 20 },
    } as unknown as Exhibit;
    const s = loadSettings(
      '',
      memoryStorage(),
      false,
      kioskFile({ defaultLanguage: 'ru', volume: 0.3, idleTimeoutSeconds: 60 }),
    );
    expect(withSettings(exhibit, s)).toMatchObject({
      defaultLanguage: 'ru',
      idle: { timeoutSeconds: 60, warningSeconds: 20 },
    });
    expect(volumeFor(s, false)).toBe(0.3);
    expect(volumeFor(s, true)).toBe(0.4);
  });

  it('the test build’s ?mode= is a device change; a production build ignores it', () => {
    const storage = memoryStorage();
    const file = kioskFile({ mode: 'display' });
    expect(loadSettings('?mode=docent', storage, false, file).mode).toBe('display');
    expect(loadSettings('?mode=docent', storage, true, file).mode).toBe('docent');
    expect(loadSettings('', storage, false, file).mode).toBe('docent');
  });
});

describe('a record stored before the layers', () => {
  it('keeps every staff choice; values equal to the built-in defaults are not overrides', () => {
    const storage = memoryStorage();
    const old = {
      ...DEFAULT_SETTINGS,
      volume: 0.6,
      mode: 'visitor',
      access: { ...DEFAULT_SETTINGS.access, lowReach: true },
    };
    storage.setItem(KEY, JSON.stringify(old));
    const file = kioskFile({
      mode: 'display',
      volume: 0.2,
      displayVolume: 0.1,
      access: { lowReach: false },
    });
    const s = loadSettings('', storage, false, file);
    // Staff's choices (not the defaults) win over the file…
    expect(s.volume).toBe(0.6);
    expect(s.access.lowReach).toBe(true);
    // …the old record's defaults do not.
    expect(s.mode).toBe('display');
    expect(s.displayVolume).toBe(0.1);
    saveSettings(s, storage);
    expect(stored(storage)).toEqual({ version: 2, volume: 0.6, access: { lowReach: true } });
  });

  it('a bad stored value is no override', () => {
    const storage = memoryStorage();
    storage.setItem(
      KEY,
      JSON.stringify({ version: 2, volume: 7, mode: 'party', showCursor: true }),
    );
    const s = loadSettings('', storage, false, kioskFile({ volume: 0.5 }));
    expect(s).toMatchObject({ volume: 0.5, mode: 'visitor', showCursor: true });
  });
});

describe('kiosk.json’s settings', () => {
  it('have the same keys as the device’s settings', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(fileSettingsSchema.shape)).toEqual(
      keys(settingsSchema.shape).filter((k) => k !== 'pin'),
    );
    expect(keys(fileSettingsSchema.shape.access.unwrap().shape)).toEqual(
      keys(DEFAULT_SETTINGS.access),
    );
    expect(SETTING_KEYS).toHaveLength(Object.keys(DEFAULT_SETTINGS).length - 1 + 6);
  });

  it('choose the exhibit over exhibits/default.json; the URL wins only in the test build', () => {
    expect(readConfig('', false, 'gallery').exhibitId).toBe('gallery');
    expect(readConfig('?exhibit=uprising', false, 'gallery').exhibitId).toBe('gallery');
    expect(readConfig('?exhibit=uprising', false, 'gallery', true).exhibitId).toBe('uprising');
    expect(readConfig('?exhibit=uprising', false).exhibitId).toBe('uprising');
  });

  it('parse the examples in ops/kiosks/', async () => {
    const { readFileSync } = await import('node:fs');
    for (const name of ['gallery-2-east', 'gallery-3-north']) {
      const file = `ops/kiosks/${name}.json`;
      const read = parseKioskFile(readFileSync(file, 'utf8'), file);
      expect(read.ok && read.value.id).toBe(name);
    }
  });
});

describe('a changed kiosk.json on the page', () => {
  afterEach(() => vi.useRealTimers());

  it('reloads from the attract or display loop only, and not when the server is silent', async () => {
    vi.useFakeTimers();
    const first = kioskFile({ volume: 0.2 });
    let next: KioskFile | null | undefined = first;
    let idle = false;
    const reload = vi.fn();
    const check = watchKioskFile(
      first,
      () => idle,
      reload,
      () => Promise.resolve(next),
    );
    expect(await check()).toBe(false);
    next = undefined; // the server did not answer: no news
    expect(await check()).toBe(false);
    next = kioskFile({ volume: 0.6 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reload).not.toHaveBeenCalled(); // in a visit
    idle = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(reload).toHaveBeenCalledWith('kiosk.json changed');
  });
});

it('docs/kiosk.schema.json is kioskFileSchema’s current JSON Schema (npm run content:schema)', async () => {
  const { readFileSync } = await import('node:fs');
  const { schemaTexts } = await import('../../scripts/emitSchema.ts');
  const file = 'docs/kiosk.schema.json';
  expect(readFileSync(file, 'utf8')).toBe(schemaTexts()[file]);
});
