// The chapter machine's context, events and reports. No rendering, audio or DOM types here.
import type { Exhibit } from '../../content/types.ts';
import type { AccessProfile } from '../types.ts';

/** Where in the story a chapter is: what the selectors read (the kiosk's context is one too). */
export interface StoryPlace {
  exhibit: Exhibit | null;
  chapterIndex: number;
  lang: string;
  /** Narration time in seconds within the chapter. */
  position: number;
  access: AccessProfile;
  /** The last cue of this chapter described aloud (-1: none yet). */
  described: number;
  /** The cue being described aloud now (-1: none). */
  describing: number;
}

/** What the chapter machine is started with: the place to tell the story from. */
export interface ChapterInput {
  exhibit: Exhibit;
  chapterIndex: number;
  lang: string;
  position: number;
  access: AccessProfile;
  /** Told by the display loop, not to a visitor: a muted loop need not decode audio. */
  unattended: boolean;
}

/** What the chapter machine remembers. */
export interface ChapterContext extends StoryPlace {
  unattended: boolean;
  /** In a paragraph's pause, the music risen a little (`breathAt`). */
  breathing: boolean;
}

/** Events the chapter machine takes: the visitor's intents (forwarded) and its actors' facts. */
export type ChapterEvent =
  | { type: 'ui.pause' }
  | { type: 'ui.resume' }
  | { type: 'ui.languageChosen'; lang: string }
  | { type: 'ui.access'; change: Partial<AccessProfile> }
  | { type: 'narration.progress'; position: number }
  | { type: 'narration.ended' }
  | { type: 'description.ended' };

/** What the chapter machine tells the machine that invoked it. */
export type ChapterReport =
  | { type: 'chapter.progress'; position: number; described: number; describing: number }
  /** Narration or a description is being heard: the music ducks under it. */
  | { type: 'chapter.speaking' }
  /** A paragraph's pause within the narration: the music may rise a little (`breathAt`). */
  | { type: 'chapter.breathing' }
  /** Nothing is being said any more: the music comes back up. */
  | { type: 'chapter.silent' }
  | { type: 'chapter.playing' }
  | { type: 'chapter.describing' }
  | { type: 'chapter.paused' }
  | { type: 'chapter.ended' };
