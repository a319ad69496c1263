// The kiosk machine's context, events and actor inputs. No rendering, audio or DOM types here.
import type { Exhibit, Track } from '../content/types.ts';
import type { ChapterReport } from './chapter/types.ts';

/** What the machine remembers. Visitor fields are reset whenever the kiosk returns to attract. */
export interface KioskContext {
  /** The exhibit to load at boot. */
  exhibitId: string;
  exhibit: Exhibit | null;
  /** Boot progress from 0 to 1. */
  bootProgress: number;
  /** Why the last boot failed, for the log and the staff panel; never shown to visitors. */
  error: string | null;
  /** The visitor's language. */
  lang: string;
  /** Index of the chapter being told, or last told. */
  chapterIndex: number;
  /** Narration time in seconds within the chapter. */
  position: number;
  /** Seconds left on the "Still there?" countdown. */
  warningRemaining: number;
  /** Visits started since the kiosk booted; a new one starts on every touch from attract. */
  visits: number;
  /** How the kiosk is being used: walk-up visitors, a guided tour, or an unattended display. */
  mode: KioskMode;
  /** The visitor's caption and text settings: they hold for the visit and reset after it. */
  access: AccessProfile;
  /** What `access` resets to for the next visitor (the kiosk's settings). */
  accessDefaults: AccessProfile;
  /** The last cue of this chapter described aloud (-1: none yet). */
  described: number;
  /** The cue being described aloud now (-1: none). */
  describing: number;
  /** A memorial has begun in this chapter: the music has fallen silent for it. */
  memorial: boolean;
  /**
   * The gallery's hours have ended (src/kiosk/closing.ts): the kiosk closes as soon as it is back
   * in its attract or display loop; a visit or tour in progress is never cut.
   */
  closing: boolean;
  /** Outside the hours: a dark screen (a touch shows the card a few seconds) or the card. */
  closedLook: ClosedLook;
  /** When the gallery next opens (epoch ms), for the closed card; null when not known. */
  reopens: number | null;
}

/** What a closed kiosk shows: nothing, or a quiet card saying when the gallery opens. */
export type ClosedLook = 'dark' | 'card';

/** A visitor's caption and text settings. */
export interface AccessProfile {
  /** Captions set larger. */
  largeCaptions: boolean;
  /** Captions in an opaque high-contrast box. */
  contrastCaptions: boolean;
  /** Captions in the exhibit's default language too, under the visitor's. */
  twoLanguages: boolean;
  /** Every text on the screens set larger. */
  largeText: boolean;
  /** Every control in the lower half of the screen, for visitors in wheelchairs. */
  lowReach: boolean;
  /** Each visual cue described aloud, between narration sentences (the narration waits). */
  audioDescription: boolean;
}

/** Everything off: the look the exhibit was designed with. */
export const PLAIN_ACCESS: AccessProfile = {
  largeCaptions: false,
  contrastCaptions: false,
  twoLanguages: false,
  largeText: false,
  lowReach: false,
  audioDescription: false,
};

/**
 * visitor: walk-up use, resets when idle. docent: a guide drives it and it never resets on idle.
 * display: with nobody there it plays the chapters in turn, forever; a touch hands it to a visitor.
 */
export type KioskMode = 'visitor' | 'docent' | 'display';

/** Input given when the machine is started. */
export interface KioskInput {
  exhibitId: string;
  mode?: KioskMode;
  /** Each visitor's starting caption and text settings. */
  access?: AccessProfile;
}

/** Events: `ui.*` intents from the visitor, the rest facts reported by actors. */
export type KioskEvent =
  | { type: 'boot.progress'; loaded: number; total: number }
  | { type: 'boot.loaded'; exhibit: Exhibit }
  | { type: 'boot.failed'; message: string }
  | { type: 'kiosk.recover' }
  | { type: 'kiosk.mode'; mode: KioskMode }
  | { type: 'kiosk.fault'; message: string }
  /** The gallery closes: close at once from the loops, or when the visit in progress ends. */
  | { type: 'kiosk.close'; look: ClosedLook; reopens: number | null }
  /** The gallery is (about to be) open again. */
  | { type: 'kiosk.open' }
  | { type: 'ui.start' }
  | { type: 'ui.continue' }
  | { type: 'ui.back' }
  | { type: 'ui.sources' }
  | { type: 'ui.exit' }
  | { type: 'ui.chapterChosen'; index: number }
  | { type: 'ui.pause' }
  | { type: 'ui.resume' }
  | { type: 'ui.home' }
  | { type: 'ui.next' }
  | { type: 'ui.previous' }
  | { type: 'ui.languageChosen'; lang: string }
  | { type: 'ui.access'; change: Partial<AccessProfile> }
  /** The keypad's D: audio description on or off, in a visit, and the new setting is spoken. */
  | { type: 'ui.descriptionToggled' }
  | { type: 'user.activity' }
  // Reported by the narration inside the chapter machine; sent here (by a test build, to jump the
  // story) they are passed on to it.
  | { type: 'narration.progress'; position: number }
  | { type: 'narration.ended' }
  | { type: 'description.ended' }
  | { type: 'idle.timedOut' }
  | { type: 'idle.tick'; remaining: number }
  | { type: 'idle.expired' }
  | ChapterReport;

/** Commands the machine sends to the narration actor. */
export type NarrationCommand =
  | { type: 'narration.play' }
  | { type: 'narration.pause' }
  /** Another language: the same chapter's narration in it, from `from` seconds, not yet playing. */
  | { type: 'narration.track'; track: Track; from: number };
/** Commands the machine sends to the music actor. */
export type MusicCommand =
  | { type: 'music.duck' }
  | { type: 'music.unduck' }
  /** A paragraph's pause: the ducked bed rises a little, until the next `music.duck`. */
  | { type: 'music.breathe' }
  | { type: 'music.bed'; bed: string }
  /** Silence for a memorial: every bed fades out until the next `music.bed`. */
  | { type: 'music.silence' };

/** What the narration actor is started with. */
export interface NarrationInput {
  track: Track;
  /** Where to start, in seconds. */
  from: number;
  /** Told by the display loop, not to a visitor: a muted loop need not decode audio. */
  unattended?: boolean;
}
/** What the audio description actor is started with: one cue's clip. */
export interface DescriptionInput {
  audio: string[];
  /** The clip's length in seconds: past it (and a little), the narration goes on regardless. */
  seconds: number;
}
/** What the music actor is started with. */
export interface MusicInput {
  music: Exhibit['music'];
  /** The bed to start with: "attract", "default" or a mood. */
  bed: string;
}
/** What the idle timer is started with. */
export interface IdleTimerInput {
  ms: number;
}
/** What the warning countdown is started with. */
export interface CountdownInput {
  seconds: number;
}
/** What the content loader is started with. */
export interface LoaderInput {
  exhibitId: string;
}

/** One-shot effects the machine emits for the audio layer (listen with `actor.on`). */
export type KioskEmitted = {
  type: 'prompt.say';
  /** The spoken prompt to play, in the visitor's language. */
  key: 'descriptionOn' | 'descriptionOff';
};
