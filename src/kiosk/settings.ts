// Settings in three layers, per setting: a change made on this device by staff (kept in
// localStorage) wins over kiosk.json (the museum's config tool, kioskFile.ts), which wins over the
// exhibit's own defaults and the built-in ones. Only what staff changed here is stored, so a new
// kiosk.json reaches every setting nobody changed on the device. Values are validated on the way
// in: a bad or missing one falls back rather than stopping the exhibit.
import { z } from 'zod';
import type { Exhibit } from '../content/types.ts';
import { type KioskMode, PLAIN_ACCESS } from '../machine/types.ts';
import { QUALITY_MODES } from '../scenes/quality.ts';
import { fileSettingsSchema, type KioskFile } from './kioskFile.ts';
import { hasPin, legacyPinSchema, pinRecordSchema } from './pin.ts';

const KEY = 'museum-kiosk.settings';
/** Marks a stored record as this device's overrides only (before: the whole record). */
const FORMAT = 2;

/** Each field falls back to its default on its own, so one bad value never loses the others. */
export const settingsSchema = z.object({
  mode: z.enum(['visitor', 'docent', 'display']).catch('visitor'),
  /** The volume of a visit (visitor and docent modes), 0 to 1. */
  volume: z.number().min(0).max(1).catch(1),
  /** The volume of the display loop, 0 to 1; 0 mutes it and no narration audio is decoded. */
  displayVolume: z.number().min(0).max(1).catch(0.4),
  /** Idle timings overriding the exhibit's; null keeps the exhibit's own. */
  idleTimeoutSeconds: z.int().min(10).max(3600).nullable().catch(null),
  idleWarningSeconds: z.int().min(20).max(300).nullable().catch(null),
  /** The language each visit starts in; null keeps the exhibit's default. */
  defaultLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable()
    .catch(null),
  /** The hour (0–23, local time) of the daily reload from the loop; null for none. */
  dailyReloadHour: z.int().min(0).max(23).nullable().catch(4),
  /** What each visitor starts with; a visitor's own changes last until the visit ends. */
  access: z
    .object({
      largeCaptions: z.boolean().catch(false),
      contrastCaptions: z.boolean().catch(false),
      twoLanguages: z.boolean().catch(false),
      largeText: z.boolean().catch(false),
      lowReach: z.boolean().catch(false),
      audioDescription: z.boolean().catch(false),
    })
    .catch({ ...PLAIN_ACCESS }),
  reducedMotion: z.boolean().catch(false),
  showCursor: z.boolean().catch(false),
  /** Drawing quality: adapted to what the PC can hold, or pinned to full or low (scenes/quality.ts). */
  quality: z.enum(QUALITY_MODES).catch('adaptive'),
  /**
   * The staff PIN as PBKDF2 (pin.ts), or the first version's SHA-256 until its first use; null
   * until staff choose one. The PIN itself is never stored.
   */
  pin: z.union([pinRecordSchema, legacyPinSchema]).nullable().catch(null),
});

/** What this kiosk remembers. */
export type KioskSettings = z.infer<typeof settingsSchema>;

/** The built-in defaults: the bottom layer. */
export const DEFAULT_SETTINGS: KioskSettings = settingsSchema.parse({});

type AccessKey = keyof KioskSettings['access'];
/** One setting: a field, or one of `access`'s. */
export type SettingKey = Exclude<keyof KioskSettings, 'access'> | `access.${AccessKey}`;
type Value = KioskSettings[keyof KioskSettings] | boolean;

const ACCESS_KEYS = Object.keys(DEFAULT_SETTINGS.access) as AccessKey[];
/** Every setting, in the staff panel's order. */
export const SETTING_KEYS: SettingKey[] = (
  Object.keys(DEFAULT_SETTINGS) as (keyof KioskSettings)[]
).flatMap((k): SettingKey[] =>
  k === 'access' ? ACCESS_KEYS.map((a) => `access.${a}` as const) : [k],
);

/** Where a setting's value comes from. */
export type SettingSource = 'device' | 'file' | 'exhibit' | 'default';

/** Settings whose null means "the exhibit's own". */
const EXHIBIT_KEYS: SettingKey[] = ['idleTimeoutSeconds', 'idleWarningSeconds', 'defaultLanguage'];

/** A setting's value. */
export function getSetting(s: KioskSettings, key: SettingKey): Value {
  if (key.startsWith('access.')) return s.access[key.slice(7) as AccessKey];
  return s[key as Exclude<SettingKey, `access.${string}`>];
}

function setSetting(s: KioskSettings, key: SettingKey, value: Value): void {
  if (key.startsWith('access.')) s.access[key.slice(7) as AccessKey] = value as boolean;
  else (s as Record<string, unknown>)[key] = value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A stored or file value for `key`, if valid (no fallback: an invalid one is no override). */
function valid(key: SettingKey, value: unknown): boolean {
  if (key === 'pin')
    return z.union([pinRecordSchema, legacyPinSchema]).nullable().safeParse(value).success;
  if (key.startsWith('access.')) return typeof value === 'boolean';
  const shape = fileSettingsSchema.shape[key as keyof typeof fileSettingsSchema.shape];
  return value !== undefined && shape.safeParse(value).success;
}

type Layer = Map<SettingKey, Value>;

/** The layers behind one settings object (the one loadSettings returned). */
interface Layers {
  file: Layer;
  device: Layer;
  /** The values as last loaded or saved: what differs from them on saving was changed here. */
  kept: Layer;
}
const LAYERS = new WeakMap<KioskSettings, Layers>();

function flat(s: KioskSettings): Layer {
  return new Map(SETTING_KEYS.map((k) => [k, structuredClone(getSetting(s, k))]));
}

/** A record (stored, or kiosk.json's settings and pin) as a layer, keeping only valid values. */
function layerOf(record: Record<string, unknown>): Layer {
  const layer: Layer = new Map();
  const access = record.access;
  for (const key of SETTING_KEYS) {
    const value = key.startsWith('access.')
      ? typeof access === 'object' && access
        ? (access as Record<string, unknown>)[key.slice(7)]
        : undefined
      : record[key];
    if (value !== undefined && valid(key, value)) layer.set(key, value as Value);
  }
  return layer;
}

/**
 * A record stored before the layers (every setting): what differs from the built-in defaults was
 * a staff choice and is kept as an override; the rest now comes from kiosk.json or the defaults.
 */
function migrate(record: Record<string, unknown>): Layer {
  // The first version kept `pinHash`; its default (1953) counts as no PIN at all.
  if (record.pin === undefined && typeof record.pinHash === 'string') record.pin = record.pinHash;
  const old = settingsSchema.parse(record);
  if (!hasPin(old.pin)) old.pin = null;
  const layer: Layer = new Map();
  for (const key of SETTING_KEYS) {
    const value = getSetting(old, key);
    if (!same(value, getSetting(DEFAULT_SETTINGS, key))) layer.set(key, value);
  }
  return layer;
}

/** kiosk.json's layer: its settings, and its PIN. */
function fileLayer(file: KioskFile | null): Layer {
  if (!file) return new Map();
  return layerOf({ ...file.settings, ...(file.pin ? { pin: file.pin } : {}) });
}

/**
 * Reads the settings: this device's overrides over kiosk.json's (`file`) over the defaults. No URL
 * can reset the PIN or change the mode: a visitor can type a URL on a kiosk with a keyboard left
 * attached. Only a test build (`urlMode`) takes `?mode=`, for the browser tests; a kiosk's mode is
 * set by staff, kiosk.json or the launcher (launcherCommands.ts).
 */
export function loadSettings(
  search: string,
  storage: Storage | undefined,
  urlMode = false,
  file: KioskFile | null = null,
): KioskSettings {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(KEY) ?? '{}');
  } catch {
    saved = {};
  }
  const record = (typeof saved === 'object' && saved ? saved : {}) as Record<string, unknown>;
  const device = record.version === FORMAT ? layerOf(record) : migrate(record);
  const files = fileLayer(file);
  const settings = structuredClone(DEFAULT_SETTINGS);
  for (const layer of [files, device])
    for (const [key, value] of layer) setSetting(settings, key, structuredClone(value));
  if (!hasPin(settings.pin)) settings.pin = null;
  LAYERS.set(settings, { file: files, device, kept: flat(settings) });
  const mode = new URLSearchParams(search).get('mode');
  if (urlMode && (mode === 'visitor' || mode === 'docent' || mode === 'display')) {
    settings.mode = mode;
    saveSettings(settings, storage);
  }
  return settings;
}

function layersOf(settings: KioskSettings): Layers {
  let layers = LAYERS.get(settings);
  if (!layers) {
    // Settings made elsewhere (tests): everything differing from the defaults was set here.
    layers = { file: new Map(), device: new Map(), kept: flat(DEFAULT_SETTINGS) };
    LAYERS.set(settings, layers);
  }
  return layers;
}

/**
 * Saves what was changed on this device since loading (a full or blocked storage is not the
 * visitor's problem): each setting that differs from its value at the last load or save becomes
 * an override; the others keep whatever layer they came from.
 */
export function saveSettings(settings: KioskSettings, storage: Storage | undefined): void {
  const layers = layersOf(settings);
  for (const key of SETTING_KEYS) {
    const value = getSetting(settings, key);
    if (!same(value, layers.kept.get(key))) layers.device.set(key, structuredClone(value));
  }
  layers.kept = flat(settings);
  const record: Record<string, unknown> = { version: FORMAT };
  for (const [key, value] of layers.device) {
    if (!key.startsWith('access.')) record[key] = value;
    else record.access = { ...(record.access as object), [key.slice(7)]: value };
  }
  try {
    storage?.setItem(KEY, JSON.stringify(record));
  } catch {
    /* storage unavailable: the setting lasts until the next reload */
  }
}

/** Where `key`'s value comes from now. */
export function settingSource(settings: KioskSettings, key: SettingKey): SettingSource {
  const layers = layersOf(settings);
  if (layers.device.has(key)) return 'device';
  if (layers.file.has(key)) return 'file';
  return EXHIBIT_KEYS.includes(key) && getSetting(settings, key) === null ? 'exhibit' : 'default';
}

/** What `key` would be without this device's change: kiosk.json's value, or the default. */
export function baseSetting(
  settings: KioskSettings,
  key: SettingKey,
): { value: Value; source: SettingSource } {
  const layers = layersOf(settings);
  if (layers.file.has(key)) return { value: layers.file.get(key)!, source: 'file' };
  const value = getSetting(DEFAULT_SETTINGS, key);
  return { value, source: EXHIBIT_KEYS.includes(key) && value === null ? 'exhibit' : 'default' };
}

/** Drops this device's change to `key`: it takes kiosk.json's value (or the default) again. */
export function dropOverride(settings: KioskSettings, key: SettingKey): void {
  const layers = layersOf(settings);
  const { value } = baseSetting(settings, key);
  layers.device.delete(key);
  setSetting(settings, key, structuredClone(value));
  layers.kept.set(key, structuredClone(value));
}

/**
 * Applies staff's changes from the panel (each validated; an invalid one is left out) and the
 * settings they handed back to kiosk.json; the caller saves.
 */
export function applyStaffChanges(
  settings: KioskSettings,
  changes: Partial<Record<SettingKey, unknown>>,
  dropped: SettingKey[] = [],
): void {
  for (const [key, value] of Object.entries(changes) as [SettingKey, unknown][])
    if (SETTING_KEYS.includes(key) && valid(key, value)) setSetting(settings, key, value as Value);
  for (const key of dropped) dropOverride(settings, key);
}

/** The modes, for the staff panel and tests. */
export const MODES: KioskMode[] = ['visitor', 'docent', 'display'];

/** The exhibit as this kiosk's settings adjust it: idle timings and the starting language. */
export function withSettings(exhibit: Exhibit, s: KioskSettings): Exhibit {
  const lang = s.defaultLanguage;
  return {
    ...exhibit,
    idle: {
      timeoutSeconds: s.idleTimeoutSeconds ?? exhibit.idle.timeoutSeconds,
      warningSeconds: s.idleWarningSeconds ?? exhibit.idle.warningSeconds,
    },
    defaultLanguage: lang && exhibit.languages.includes(lang) ? lang : exhibit.defaultLanguage,
  };
}

/** The volume for the state the kiosk is in: the display loop has its own. */
export function volumeFor(s: KioskSettings, displaying: boolean): number {
  return displaying ? s.displayVolume : s.volume;
}
