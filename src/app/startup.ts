// What the kiosk starts from: its kept settings (with the launcher's commands applied), the page's
// configuration, and the stage (or none, without WebGL).
import { type KioskConfig, readConfig } from '../config.ts';
import type { KioskFile } from '../kiosk/kioskFile.ts';
import { applyLauncherCommands } from '../kiosk/launcherCommands.ts';
import { logProblem } from '../kiosk/log.ts';
import { type KioskSettings, loadSettings } from '../kiosk/settings.ts';
import { Stage } from '../scenes/Stage.ts';

/** The kiosk's starting point. */
export interface Startup {
  /** Settings layered: this device's changes over kiosk.json's over the defaults (settings.ts). */
  storage: Storage | undefined;
  settings: KioskSettings;
  config: KioskConfig;
}

/**
 * Reads settings and configuration; marks reduced motion on the page. `kioskFile` is this kiosk's
 * kiosk.json as its server gave it (null without one).
 */
export function readStartup(kioskFile: KioskFile | null = null): Startup {
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  // Only a test build takes ?mode= and lets ?exhibit= win over kiosk.json (for the browser
  // tests); a kiosk's mode comes from staff, kiosk.json or the launcher, whose commands are
  // applied (and acknowledged) here, before anything reads them.
  const testBuild = import.meta.env.MODE === 'test';
  const settings = loadSettings(location.search, storage, testBuild, kioskFile);
  applyLauncherCommands(settings, storage);
  const config = readConfig(
    location.search,
    matchMedia('(prefers-reduced-motion: reduce)').matches || settings.reducedMotion,
    kioskFile?.exhibit,
    testBuild,
  );
  config.showCursor ||= settings.showCursor;
  // The staff setting, unless the URL named one (the bench) or this is a test build (pinned full).
  if (!testBuild && !new URLSearchParams(location.search).has('quality'))
    config.quality = settings.quality;
  document.documentElement.classList.toggle('reduced-motion', config.reducedMotion);
  return { storage, settings, config };
}

/**
 * The exhibit this page shows if its kiosk.json names none (the URL's in a test build, else the
 * build's default, or the URL's): what content loading starts on before kiosk.json has come.
 */
export function guessExhibit(): string {
  return readConfig(location.search, false, undefined, import.meta.env.MODE === 'test').exhibitId;
}

/** The Pixi stage; without WebGL none, and the overlay still tells the story in words. */
export function createStage(config: KioskConfig): Promise<Stage | undefined> {
  return Stage.create(
    document.getElementById('stage')!,
    config.effects,
    !config.reducedMotion,
    config.quality,
  ).catch((e: unknown) => {
    logProblem('the stage could not start; continuing without visuals', e);
    return undefined;
  });
}
