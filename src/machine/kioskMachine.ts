// The kiosk statechart: boot → attract → visit (flow ∥ idle) → back to attract; outOfService when
// content fails; display mode tells the chapters in turn. A chapter is told by the chapter machine
// (chapter/chapterMachine.ts), invoked by both the visit and the display loop. Actors, guards and
// actions are named in states/setup.ts and bound with machine.provide() (src/app/ in the browser,
// fakes in tests). It renders nothing and plays nothing.
import { assign } from 'xstate';
import { chapterState } from './states/chapter.ts';
import { closedState } from './states/closed.ts';
import { displayState } from './states/display.ts';
import { idleRegion } from './states/idle.ts';
import { kioskSetup } from './states/setup.ts';
import { PLAIN_ACCESS } from './types.ts';

/** The kiosk machine. Start it with `createActor(kioskMachine.provide({ actors }), { input })`. */
export const kioskMachine = kioskSetup.createMachine({
  id: 'kiosk',
  context: ({ input }) => ({
    exhibitId: input.exhibitId,
    exhibit: null,
    bootProgress: 0,
    error: null,
    lang: 'en',
    chapterIndex: 0,
    position: 0,
    warningRemaining: 0,
    visits: 0,
    mode: input.mode ?? 'visitor',
    access: input.access ?? PLAIN_ACCESS,
    accessDefaults: input.access ?? PLAIN_ACCESS,
    described: -1,
    describing: -1,
    memorial: false,
    closing: false,
    closedLook: 'dark',
    reopens: null,
  }),
  initial: 'boot',
  on: {
    // After an error anywhere (src/kiosk/recovery.ts): start again from the attract loop.
    'kiosk.recover': { guard: 'hasExhibit', target: '.attract', reenter: true },
    // Errors that keep coming back: the calm out-of-service card, which reloads the exhibit.
    // A mode change from the staff panel. Leaving a guided tour ends it: back to the attract loop.
    'kiosk.mode': [
      {
        guard: ({ context, event }) => context.mode === 'docent' && event.mode !== 'docent',
        target: '.attract',
        actions: assign({ mode: ({ event }) => event.mode }),
      },
      { actions: assign({ mode: ({ event }) => event.mode }) },
    ],
    'kiosk.fault': {
      target: '.outOfService',
      actions: assign({ error: ({ event }) => event.message }),
    },
    // Opening hours (src/kiosk/closing.ts). Closing waits for the loops: a visitor or a guided
    // tour finishes first (attract and display check `isClosing` whenever they are entered).
    'kiosk.close': {
      actions: assign({
        closing: true,
        closedLook: ({ event }) => event.look,
        reopens: ({ event }) => event.reopens,
      }),
    },
    'kiosk.open': { actions: assign({ closing: false }) },
  },
  states: {
    boot: {
      entry: assign({ bootProgress: 0 }),
      invoke: { src: 'loader', input: ({ context }) => ({ exhibitId: context.exhibitId }) },
      on: {
        'boot.progress': {
          actions: assign({
            bootProgress: ({ event }) => (event.total ? event.loaded / event.total : 0),
          }),
        },
        'boot.loaded': {
          target: 'attract',
          actions: assign({ exhibit: ({ event }) => event.exhibit, error: null, bootProgress: 1 }),
        },
        'boot.failed': {
          target: 'outOfService',
          actions: assign({ error: ({ event }) => event.message }),
        },
      },
    },
    outOfService: {
      after: { retryDelay: 'boot' },
    },
    attract: {
      entry: 'resetVisitor',
      // Past closing time the kiosk closes; an unattended display tells the story on its own.
      always: [
        { guard: 'isClosing', target: 'closed' },
        { guard: 'isDisplay', target: 'display' },
      ],
      invoke: {
        id: 'music',
        src: 'music',
        input: ({ context }) => ({ music: context.exhibit?.music, bed: 'attract' }),
      },
      on: { 'ui.start': 'visit' },
    },
    display: displayState,
    closed: closedState,
    visit: {
      type: 'parallel',
      entry: 'countVisit',
      invoke: {
        id: 'music',
        src: 'music',
        input: ({ context }) => ({ music: context.exhibit?.music, bed: 'default' }),
      },
      states: {
        flow: {
          initial: 'entry',
          on: {
            'ui.languageChosen': { guard: 'isKnownLanguage', actions: 'changeLanguage' },
            // A calm way out from anywhere in the visit.
            'ui.exit': '#kiosk.attract',
            'ui.access': { actions: 'changeAccess' },
            'ui.descriptionToggled': { actions: 'toggleDescription' },
          },
          states: {
            entry: {
              always: [{ guard: 'hasAdvisory', target: 'advisory' }, { target: 'home' }],
            },
            advisory: {
              on: { 'ui.continue': 'home', 'ui.back': '#kiosk.attract' },
            },
            home: {
              on: {
                'ui.chapterChosen': {
                  guard: 'isKnownChapter',
                  target: 'chapter',
                  actions: 'chooseChapter',
                },
                'ui.sources': 'sources',
              },
            },
            sources: {
              on: { 'ui.back': 'home', 'ui.home': 'home' },
            },
            // The chapter machine tells it; this state mirrors it and chooses what comes next.
            chapter: chapterState,
          },
        },
        idle: idleRegion,
      },
    },
  },
});

/** The machine's type, for views and tests. */
export type KioskMachine = typeof kioskMachine;
