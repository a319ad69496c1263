// The kiosk's public face for the staff panel (src/ui/staff): the only module of src/kiosk that
// src/ui may import (eslint.config.js enforces it). The panel is DOM, so it lives in src/ui;
// what it reads and changes (settings, the PIN, analytics, recent problems) is kiosk logic.
export type { AnalyticsEvent } from './analytics/events.ts';
export { type Summary, summary, toCsv, toJson } from './analytics/store.ts';
export { recentProblems } from './log.ts';
export { hoursAt, type OpeningHours, todayLine } from './hours.ts';
export {
  hasPin,
  makePinRecord,
  MIN_DIGITS,
  type PinRecord,
  pinProblem,
  type StoredPin,
} from './pin.ts';
export { PinGate } from './pinLock.ts';
export { type KioskFileStatus } from './fetchKioskFile.ts';
export {
  baseSetting,
  getSetting,
  type KioskSettings,
  MODES,
  type SettingKey,
  type SettingSource,
  settingSource,
  settingsSchema,
} from './settings.ts';
