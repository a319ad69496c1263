// A chapter in a visit: the chapter machine tells it; these states mirror its phase for the views
// and the idle clock, and choose what comes next (the next chapter, the previous, the menu).
import { FOLLOW_CHAPTER, chapterInput, kioskSetup } from './setup.ts';

const CHAPTER = '#kiosk.visit.flow.chapter';

/** The visit's chapter state (`visit.flow.chapter`). */
export const chapterState = kioskSetup.createStateConfig({
  entry: ['playChapterMood', 'forgetDescriptions'],
  exit: 'playDefaultBed',
  invoke: {
    id: 'chapter',
    src: 'chapter',
    input: ({ context }) => ({ ...chapterInput(context), unattended: false }),
  },
  initial: 'starting',
  on: {
    ...FOLLOW_CHAPTER,
    'chapter.playing': '.playing',
    'chapter.describing': '.describing',
    'chapter.paused': '.paused',
    'chapter.ended': '.ended',
    'ui.pause': { actions: 'forwardToChapter' },
    'ui.resume': { actions: 'forwardToChapter' },
    'ui.access': { actions: ['changeAccess', 'forwardToChapter'] },
    'ui.languageChosen': {
      guard: 'isKnownLanguage',
      actions: ['changeLanguage', 'forwardToChapter'],
    },
    'ui.home': 'home',
    // Back (the keypad's Escape) from a chapter is the chapter menu.
    'ui.back': 'home',
    'ui.next': [
      {
        guard: 'hasNextChapter',
        target: CHAPTER,
        reenter: true,
        actions: 'nextChapter',
      },
      { target: 'home' },
    ],
    'ui.previous': [
      {
        guard: 'hasPreviousChapter',
        target: CHAPTER,
        reenter: true,
        actions: 'previousChapter',
      },
      { target: CHAPTER, reenter: true, actions: 'rewind' },
    ],
  },
  states: {
    starting: {},
    playing: {},
    describing: {},
    paused: {},
    ended: {
      // Nothing is playing: the language changes, "Up next" follows it, no restart.
      on: {
        'ui.languageChosen': { guard: 'isKnownLanguage', actions: 'changeLanguage' },
      },
      after: {
        autoAdvance: [
          {
            guard: 'hasNextChapter',
            target: CHAPTER,
            reenter: true,
            actions: 'nextChapter',
          },
          { target: '#kiosk.visit.flow.home' },
        ],
      },
    },
  },
});
