// A chapter in a visit: the chapter machine tells it; these states mirror its phase for the views
// and the idle clock, and choose what comes next (the next chapter, the previous, the menu).
// A memorial (src/cues/memorial/) holds the screen still: from its start until its `holdSeconds`
// have passed, the visitor's ways on and out are ignored (accessibility, language and a docent's
// controls still work), and a chapter that ends in one waits for the visitor, not for a timer.
import { and, not, stateIn } from 'xstate';
import { FOLLOW_CHAPTER, chapterInput, kioskSetup } from './setup.ts';

const CHAPTER = '#kiosk.visit.flow.chapter';

/** The memorial's stillness: touches that would move the story on or away are ignored. */
const holdingStill = and([
  'memorialHolding',
  not('isDocent'),
  not(stateIn(`${CHAPTER}.ended.open`)),
]);

/** Put first among a way on or out's transitions: while a memorial holds still, nothing happens. */
const STILL = { guard: holdingStill };

/** The visit's chapter state (`visit.flow.chapter`). */
export const chapterState = kioskSetup.createStateConfig({
  entry: ['playChapterMood', 'forgetDescriptions', 'forgetMemorial'],
  exit: 'playDefaultBed',
  invoke: {
    id: 'chapter',
    src: 'chapter',
    input: ({ context }) => ({ ...chapterInput(context), unattended: false }),
  },
  initial: 'starting',
  on: {
    ...FOLLOW_CHAPTER,
    'chapter.progress': { actions: ['followChapter', 'beginMemorial'] },
    'chapter.playing': '.playing',
    'chapter.describing': '.describing',
    'chapter.paused': '.paused',
    'chapter.ended': { target: '.ended', actions: 'beginMemorial' },
    'ui.pause': [STILL, { actions: 'forwardToChapter' }],
    'ui.resume': { actions: 'forwardToChapter' },
    'ui.access': { actions: ['changeAccess', 'forwardToChapter'] },
    'ui.languageChosen': {
      guard: 'isKnownLanguage',
      actions: ['changeLanguage', 'forwardToChapter'],
    },
    'ui.home': [STILL, { target: 'home' }],
    // Back (the keypad's Escape) from a chapter is the chapter menu.
    'ui.back': [STILL, { target: 'home' }],
    // "End visit" is on the menu, not here; a memorial ignores it too.
    'ui.exit': [STILL, { target: '#kiosk.attract' }],
    'ui.next': [
      STILL,
      {
        guard: 'hasNextChapter',
        target: CHAPTER,
        reenter: true,
        actions: 'nextChapter',
      },
      { target: 'home' },
    ],
    'ui.previous': [
      STILL,
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
      initial: 'arriving',
      states: {
        // A memorial with stillness left holds the screen first; any other end opens at once.
        arriving: {
          always: [{ guard: 'memorialHolding', target: 'holding' }, { target: 'open' }],
        },
        holding: {
          after: { memorialHold: 'open' },
        },
        // The end's controls. The next chapter follows on its own; after the last, the menu,
        // except after a memorial, which waits for the visitor (or the idle clock).
        open: {
          after: {
            autoAdvance: [
              {
                guard: 'hasNextChapter',
                target: CHAPTER,
                reenter: true,
                actions: 'nextChapter',
              },
              { guard: not('memorialShown'), target: '#kiosk.visit.flow.home' },
            ],
          },
        },
      },
    },
  },
});
