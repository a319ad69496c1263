// The exhibit as the kiosk uses it: validated, captions parsed, cue times resolved per language.
import type {
  AtmosphereLayer,
  Cue,
  Localized,
  Place,
  ScriptSentence,
  SourceWork,
} from './schema.ts';
import type { PlanFile } from '../cues/plan/schema.ts';
import type { UiStrings } from '../i18n/registry.ts';
import type { Caption } from './vtt.ts';
import type { VoiceCredits } from './loadVoices.ts';

/** One language's narration of a chapter, ready to play. */
export interface Track {
  /** Audio URLs, best encoding first. */
  audio: string[];
  captions: Caption[];
  /** Seconds; the end of the last caption until the audio reports its own length. */
  duration: number;
  /** Start time in seconds of each of the chapter's cues, in this language. */
  cueStarts: number[];
  /** Start time in seconds of each step inside each cue (a plan's), in this language; none if no cue has steps. */
  steps?: number[][];
  /** Audio description of each cue in this language, where `npm run media` made one. */
  descriptions: (Description | undefined)[];
}

/** What one cue shows, said aloud for visitors who cannot see it. */
export interface Description {
  text: string;
  /** Audio URLs, best encoding first. */
  audio: string[];
  /** Length of the clip in seconds. */
  seconds: number;
}

/** A chapter ready to play. */
export interface Chapter {
  id: string;
  title: Localized;
  summary: Localized;
  tracks: Record<string, Track>;
  cues: Cue[];
  /** The music bed under the chapter: "default" or a mood name. */
  mood: string;
  /** Layers under every cue (snow, grain, …). */
  atmosphere: AtmosphereLayer[];
  /** The narration's sentences, when the chapter has a script. */
  script: ScriptSentence[];
  /** Ids of the works the chapter rests on, in order of first citation. */
  sources: string[];
}

/** An exhibit ready to run. */
export interface Exhibit {
  id: string;
  title: Localized;
  subtitle?: Localized;
  languages: string[];
  defaultLanguage: string;
  idle: { timeoutSeconds: number; warningSeconds: number };
  /** Beds by name ("default", "attract", and each mood), as URLs best encoding first. */
  music?: {
    beds: Record<string, string[]>;
    volume: number;
    duckedVolume: number;
    /** The attract bed's volume (quieter than a visit's); unset: ATTRACT_SHARE × volume. */
    attractVolume?: number;
  };
  sounds?: { touch?: string[]; volume: number };
  chapters: Chapter[];
  ui: Record<string, UiStrings>;
  advisory?: Localized;
  sources: SourceWork[];
  /** The take-home reading list, when the exhibit sets its address: `qr` is the build's QR code of `url`. */
  readingList?: { url: string; label?: Localized; qr: string };
  /** Places map cues mark, by id. */
  places: Record<string, Place>;
  /** Who speaks each language (media/<id>/voices.json), for the credits on the sources screen. */
  voices?: VoiceCredits;
  /** The plans plan cues draw (plans/<id>.json), by id. */
  plans: Record<string, PlanFile>;
  /** Every media URL the exhibit uses, for preloading. */
  media: string[];
  /** Media fetched after boot, in the background (audio description): cached for offline use. */
  laterMedia: string[];
  /** The URL of the exhibit's media folder, ending in "/" (picture cues load their variants from it). */
  mediaBase?: string;
}
