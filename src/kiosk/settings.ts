// Settings kept on this kiosk across reloads (localStorage), validated on the way in: a bad or
// missing value falls back to its default rather than stopping the exhibit.
import { z } from 'zod';
import type { KioskMode } from '../machine/types.ts';

const KEY = 'museum-kiosk.settings';

const settingsSchema = z.object({
  mode: z.enum(['visitor', 'docent', 'display']).catch('visitor'),
});

/** What this kiosk remembers. */
export type KioskSettings = z.infer<typeof settingsSchema>;

/** Reads the saved settings; `?mode=` in the URL wins and is saved, so it survives a reload. */
export function loadSettings(search: string, storage: Storage | undefined): KioskSettings {
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(KEY) ?? '{}');
  } catch {
    saved = {};
  }
  const settings = settingsSchema.parse(typeof saved === 'object' && saved ? saved : {});
  const mode = new URLSearchParams(search).get('mode');
  if (mode === 'visitor' || mode === 'docent' || mode === 'display') {
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
