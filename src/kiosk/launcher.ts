// The page's side of the kiosk launcher (scripts/kiosk.mjs). The launcher drives Chromium over the
// DevTools protocol; before the page's own scripts run it defines `window.__kioskLauncher` (what it
// asks of this page load) and a binding `window.__kioskLauncherSend(json)` (the page's messages:
// heartbeats and acknowledgements). Nothing here can be set from a URL: only the launcher, reading
// files on the kiosk's own disk, writes these.

/** What the launcher asks of the page, read from files on the kiosk's disk (README). */
export interface LauncherCommands {
  /** Forget the staff PIN: the first-start screen asks staff to choose a new one. */
  resetPin?: boolean;
  /** Switch the kiosk to this mode (and keep it). */
  mode?: 'visitor' | 'docent' | 'display';
}

/** What the launcher puts on `window` before the page runs. */
export interface LauncherInfo {
  /** The launcher's protocol version (1). */
  version: number;
  /** Commands for this page load; acknowledged with `acknowledge()` once applied. */
  commands: LauncherCommands;
}

/** What the page tells the launcher every few seconds. */
export interface Heartbeat {
  type: 'heartbeat';
  /** Frames Pixi has drawn since the page loaded (the launcher reloads when this stops rising). */
  frames: number;
  /** The machine's state, e.g. "attract" or "visit.chapter.playing". */
  state: string;
  /** The last problem logged, if any. */
  lastError?: string;
}

/** The page has applied these commands; the launcher removes their files. */
export interface Acknowledgement {
  type: 'ack';
  commands: (keyof LauncherCommands)[];
}

export type LauncherMessage = Heartbeat | Acknowledgement;

declare global {
  interface Window {
    __kioskLauncher?: LauncherInfo;
    __kioskLauncherSend?: (json: string) => void;
  }
}

/** True when the page runs under the kiosk launcher (kiosk mode). */
export function underLauncher(w: Window = window): boolean {
  return typeof w.__kioskLauncher === 'object' && w.__kioskLauncher !== null;
}

/** The launcher's commands for this page load (none without the launcher). */
export function launcherCommands(w: Window = window): LauncherCommands {
  return w.__kioskLauncher?.commands ?? {};
}

/** Sends a message to the launcher; without one it goes nowhere. */
export function tellLauncher(message: LauncherMessage, w: Window = window): void {
  try {
    w.__kioskLauncherSend?.(JSON.stringify(message));
  } catch {
    /* the launcher went away: it relaunches the browser itself */
  }
}
