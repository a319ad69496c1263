// Display mode: nobody is there, so the chapters are told in turn, forever; a touch starts a visit.
import { not } from 'xstate';
import { currentChapter } from '../selectors.ts';
import { FOLLOW_CHAPTER, chapterInput, kioskSetup } from './setup.ts';

/** The display loop's state. */
export const displayState = kioskSetup.createStateConfig({
  entry: 'resetVisitor',
  always: [
    // Closing time stops the loop at once: it never plays to an empty, closed gallery.
    { guard: 'isClosing', target: 'closed' },
    { guard: not('isDisplay'), target: 'attract' },
  ],
  invoke: {
    id: 'music',
    src: 'music',
    input: ({ context }) => ({
      music: context.exhibit?.music,
      bed: currentChapter(context)?.mood ?? 'default',
    }),
  },
  on: { 'ui.start': 'visit' },
  initial: 'chapter',
  states: {
    chapter: {
      // Nobody chose the loop's descriptions: it tells the chapters as they were made.
      invoke: {
        id: 'chapter',
        src: 'chapter',
        input: ({ context }) => ({
          ...chapterInput(context),
          access: { ...context.access, audioDescription: false },
          unattended: true,
        }),
      },
      on: { ...FOLLOW_CHAPTER, 'chapter.ended': '.between' },
      initial: 'telling',
      states: {
        telling: {},
        // A breath between chapters, then the next one (after the last, the first again).
        between: {
          after: {
            autoAdvance: {
              target: '#kiosk.display.chapter',
              reenter: true,
              actions: ['nextInLoop', 'playChapterMood'],
            },
          },
        },
      },
    },
  },
});
