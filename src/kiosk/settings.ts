// Settings kept on this kiosk across reloads (localStorage), validated on the way in: a bad or
// missing value falls back to its default rather than stopping the exhibit.
import { z } from 'zod';
import type { Exhibit } from '../content/types.ts';
import { type KioskMode, PLAIN_ACCESS } from '../machine/types.ts';
import { hasPin, legacyPinSchema, pinRecordSchema } from './pin.ts';

const KEY = 'museum-kiosk.settings';

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
  /**
   * The staff PIN as PBKDF2 (pin.ts), or the first version's SHA-256 until its first use; null
   * until staff choose one. The PIN itself is never stored.
   */
  pin: z.union([pinRecordSchema, legacyPinSchema]).nullable().catch(null),
});

/** What this kiosk remembers. */
export type KioskSettings = z.infer<typeof settingsSchema>;

/**
 * Reads the saved settings. No URL can reset the PIN or change the mode: a visitor can type a URL
 * on a kiosk with a keyboard left attached. Only a test build (`urlMode`) takes `?mode=`, for the
 * browser tests; a kiosk's mode is set by staff or by the launcher (launcherCommands.ts).
 */
export function loadSettings(
  search: string,
  storage: Storage | undefined,
  urlMode = false,
): KioskSettings {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(KEY) ?? '{}');
  } catch {
    saved = {};
  }
  const record = (typeof saved === 'object' && saved ? saved : {}) as Record<string, unknown>;
  // The first version kept `pinHash`; its default (1953) counts as no PIN at all.
  if (record.pin === undefined && typeof record.pinHash === 'string') record.pin = record.pinHash;
  const settings = settingsSchema.parse(record);
  if (!hasPin(settings.pin)) settings.pin = null;
  const mode = new URLSearchParams(search).get('mode');
  if (urlMode && (mode === 'visitor' || mode === 'docent' || mode === 'display')) {
    settings.mode = mode;
    saveSettings(settings, storage);
  }
  return settings;
}

/** Saves the settings; a full or blocked storage is not the visitor's problem. */
export function saveSettings(settings: KioskSettings, storage: Storage | undefined): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    /* storage unavailable: the setting lasts until the next reload */
  }
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
