// The volume policy: the docent bar and the "+" and "−" keys set the volume of what is playing
// (the display loop keeps its own, so a muted loop does not mute the next visitor), and it is kept.
import { masterVolume, setMasterVolume } from '../audio/audioStart.ts';
import { type KioskSettings, volumeFor } from '../kiosk/settings.ts';
import type { Volume } from '../ui/Overlay.ts';

/** What the volume policy acts on. */
export interface VolumeDeps {
  settings: KioskSettings;
  /** Keeps the settings (localStorage). */
  save: () => void;
  /** The sound output's master volume (Howler in the browser). */
  output: { get(): number; set(level: number): void };
  /** Whether the display loop is playing now. */
  displaying: () => boolean;
}

/** One step of the volume: kept within 0 to 1, in tenths. */
export function stepVolume(level: number, step: number): number {
  return Math.round(Math.min(1, Math.max(0, level + step)) * 10) / 10;
}

/** The volume the overlay's docent bar and the presenter keys change. */
export function volumeControl(deps: VolumeDeps): Volume {
  return {
    level: () => deps.output.get(),
    change: (step) => {
      const next = stepVolume(deps.output.get(), step);
      if (deps.displaying()) deps.settings.displayVolume = next;
      else deps.settings.volume = next;
      deps.output.set(next);
      deps.save();
    },
  };
}

/** Sets the output to the volume kept for what the kiosk is doing now (visit or display loop). */
export function followVolume(deps: VolumeDeps): void {
  deps.output.set(volumeFor(deps.settings, deps.displaying()));
}

/** The volume policy's parts in the browser: Howler's master volume is the output. */
export function howlerVolume(
  settings: KioskSettings,
  save: () => void,
  displaying: () => boolean,
): VolumeDeps {
  // Not Howler.volume: it would make the AudioContext before the first frame (audioStart.ts).
  const output = { get: masterVolume, set: setMasterVolume };
  return { settings, save, output, displaying };
}
