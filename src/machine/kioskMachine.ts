// The kiosk statechart: boot → attract → visit (flow ∥ idle) → back to attract; outOfService when
// content fails. Narration, music, idle timing and loading are actors named here and bound in
// main.ts with machine.provide(); tests provide fakes. It renders nothing and plays nothing.
import { assign, fromCallback, not, or, sendTo, setup, stateIn } from 'xstate';
import {
  currentChapter,
  currentDescription,
  currentTrack,
  dueDescription,
  samePlaceIn,
} from './selectors.ts';
import { PLAIN_ACCESS } from './types.ts';
import type {
  CountdownInput,
  DescriptionInput,
  IdleTimerInput,
  KioskContext,
  KioskEvent,
  KioskInput,
  LoaderInput,
  MusicCommand,
  MusicInput,
  NarrationCommand,
  NarrationInput,
} from './types.ts';

const CHAPTER = '#kiosk.visit.flow.chapter';
// The story is being told (narration, or a description of what is shown): the idle clock waits.
const isNarrationPlaying = or([
  stateIn('#kiosk.visit.flow.chapter.playing'),
  stateIn('#kiosk.visit.flow.chapter.describing'),
]);

/** Placeholder for an actor that main.ts or a test must provide. */
function unbound<TEvent extends { type: string }, TInput>(name: string) {
  return fromCallback<TEvent, TInput>(() => {
    throw new Error(`actor "${name}" is not bound: provide it with machine.provide()`);
  });
}

/** The kiosk machine. Start it with `createActor(kioskMachine.provide({ actors }), { input })`. */
export const kioskMachine = setup({
  types: {
    context: {} as KioskContext,
    events: {} as KioskEvent,
    input: {} as KioskInput,
  },
  actors: {
    loader: unbound<{ type: string }, LoaderInput>('loader'),
    narration: unbound<NarrationCommand, NarrationInput>('narration'),
    music: unbound<MusicCommand, MusicInput>('music'),
    description: unbound<{ type: string }, DescriptionInput>('description'),
    idleTimer: unbound<{ type: string }, IdleTimerInput>('idleTimer'),
    countdown: unbound<{ type: string }, CountdownInput>('countdown'),
  },
  delays: {
    /** How long the out-of-service card waits before trying to load again. */
    retryDelay: 30_000,
    /** How long "Up next" shows at the end of a chapter before the next one starts. */
    autoAdvance: 8_000,
  },
  guards: {
    hasNextChapter: ({ context }) =>
      context.chapterIndex + 1 < (context.exhibit?.chapters.length ?? 0),
    hasPreviousChapter: ({ context }) => context.chapterIndex > 0,
    isKnownLanguage: ({ context, event }) =>
      event.type === 'ui.languageChosen' && !!context.exhibit?.languages.includes(event.lang),
    isKnownChapter: ({ context, event }) =>
      event.type === 'ui.chapterChosen' &&
      event.index >= 0 &&
      event.index < (context.exhibit?.chapters.length ?? 0),
    hasAdvisory: ({ context }) => !!context.exhibit?.advisory,
    hasExhibit: ({ context }) => !!context.exhibit,
    isDocent: ({ context }) => context.mode === 'docent',
    isDisplay: ({ context }) => context.mode === 'display',
    descriptionDue: ({ context, event }) =>
      event.type === 'narration.progress' && dueDescription(context, event.position) >= 0,
    wasDescribing: ({ context }) => context.describing >= 0,
    descriptionDueHere: ({ context }) => dueDescription(context, context.position) >= 0,
  },
  actions: {
    resetVisitor: assign(({ context }) => ({
      lang: context.exhibit?.defaultLanguage ?? context.lang,
      chapterIndex: 0,
      position: 0,
      access: context.accessDefaults,
    })),
    changeAccess: assign({
      access: ({ context, event }) =>
        event.type === 'ui.access' ? { ...context.access, ...event.change } : context.access,
    }),
    countVisit: assign({ visits: ({ context }) => context.visits + 1 }),
    chooseChapter: assign(({ event }) =>
      event.type === 'ui.chapterChosen' ? { chapterIndex: event.index, position: 0 } : {},
    ),
    nextChapter: assign({ chapterIndex: ({ context }) => context.chapterIndex + 1, position: 0 }),
    previousChapter: assign({
      chapterIndex: ({ context }) => context.chapterIndex - 1,
      position: 0,
    }),
    rewind: assign({ position: 0 }),
    forgetDescriptions: assign({ described: -1, describing: -1 }),
    switchLanguage: assign(({ context, event }) =>
      event.type === 'ui.languageChosen'
        ? { lang: event.lang, position: samePlaceIn(context, event.lang) }
        : {},
    ),
    duckMusic: sendTo('music', { type: 'music.duck' }),
    playChapterMood: sendTo('music', ({ context }) => ({
      type: 'music.bed' as const,
      bed: currentChapter(context)?.mood ?? 'default',
    })),
    playDefaultBed: sendTo('music', { type: 'music.bed', bed: 'default' }),
    unduckMusic: sendTo('music', { type: 'music.unduck' }),
  },
}).createMachine({
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
      // An unattended display tells the story on its own instead.
      always: { guard: 'isDisplay', target: 'display' },
      invoke: {
        id: 'music',
        src: 'music',
        input: ({ context }) => ({ music: context.exhibit?.music, bed: 'attract' }),
      },
      on: { 'ui.start': 'visit' },
    },
    display: {
      entry: 'resetVisitor',
      always: { guard: not('isDisplay'), target: 'attract' },
      invoke: [
        {
          id: 'music',
          src: 'music',
          input: ({ context }) => ({
            music: context.exhibit?.music,
            bed: currentChapter(context)?.mood ?? 'default',
          }),
        },
      ],
      on: { 'ui.start': 'visit' },
      initial: 'chapter',
      states: {
        chapter: {
          invoke: {
            id: 'narration',
            src: 'narration',
            input: ({ context }) => ({
              track: currentTrack(context)!,
              from: context.position,
              unattended: true,
            }),
          },
          on: {
            'narration.progress': {
              actions: assign({ position: ({ event }) => event.position }),
            },
          },
          initial: 'telling',
          states: {
            telling: {
              entry: ['duckMusic', sendTo('narration', { type: 'narration.play' })],
              on: { 'narration.ended': 'between' },
            },
            // A breath between chapters, then the next one (after the last, the first again).
            between: {
              entry: 'unduckMusic',
              after: {
                autoAdvance: {
                  target: '#kiosk.display.chapter',
                  reenter: true,
                  actions: [
                    assign({
                      chapterIndex: ({ context }) =>
                        (context.chapterIndex + 1) % (context.exhibit?.chapters.length ?? 1),
                      position: 0,
                    }),
                    'playChapterMood',
                  ],
                },
              },
            },
          },
        },
      },
    },
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
            'ui.languageChosen': {
              guard: 'isKnownLanguage',
              actions: assign({ lang: ({ event }) => event.lang }),
            },
            // A calm way out from anywhere in the visit.
            'ui.exit': '#kiosk.attract',
            'ui.access': { actions: 'changeAccess' },
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
            chapter: {
              entry: ['playChapterMood', 'forgetDescriptions'],
              exit: 'playDefaultBed',
              invoke: {
                id: 'narration',
                src: 'narration',
                input: ({ context }) => ({ track: currentTrack(context)!, from: context.position }),
              },
              initial: 'starting',
              on: {
                'narration.progress': {
                  actions: assign({ position: ({ event }) => event.position }),
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
                'ui.languageChosen': [
                  {
                    guard: 'isKnownLanguage',
                    target: `${CHAPTER}.paused`,
                    reenter: true,
                    actions: 'switchLanguage',
                  },
                ],
              },
              states: {
                // A cue due where the chapter starts is described before a word is said.
                starting: {
                  always: [
                    {
                      guard: 'descriptionDueHere',
                      target: 'describing',
                      actions: assign({
                        describing: ({ context }) => dueDescription(context, context.position),
                      }),
                    },
                    { target: 'playing' },
                  ],
                },
                playing: {
                  entry: ['duckMusic', sendTo('narration', { type: 'narration.play' })],
                  exit: 'unduckMusic',
                  on: {
                    // Audio description: a cue is near, so the narration waits while it is described.
                    'narration.progress': [
                      {
                        guard: 'descriptionDue',
                        target: 'describing',
                        actions: assign(({ context, event }) => ({
                          position: event.position,
                          describing: dueDescription(context, event.position),
                        })),
                      },
                      { actions: assign({ position: ({ event }) => event.position }) },
                    ],
                    'ui.pause': 'paused',
                    'narration.ended': 'ended',
                    'ui.languageChosen': {
                      guard: 'isKnownLanguage',
                      target: CHAPTER,
                      reenter: true,
                      actions: 'switchLanguage',
                    },
                  },
                },
                // One cue said aloud while the narration waits; then the narration goes on.
                describing: {
                  entry: ['duckMusic', sendTo('narration', { type: 'narration.pause' })],
                  exit: 'unduckMusic',
                  invoke: {
                    src: 'description',
                    input: ({ context }) => {
                      const d = currentDescription(context);
                      return { audio: d?.audio ?? [], seconds: d?.seconds ?? 0 };
                    },
                  },
                  on: {
                    'description.ended': {
                      target: 'playing',
                      actions: assign({
                        described: ({ context }) => context.describing,
                        describing: -1,
                      }),
                    },
                    'ui.pause': 'paused',
                    'narration.ended': 'ended',
                  },
                },
                paused: {
                  entry: sendTo('narration', { type: 'narration.pause' }),
                  on: {
                    // A description cut short by the pause is said again from its start.
                    'ui.resume': [
                      { guard: 'wasDescribing', target: 'describing' },
                      { target: 'playing' },
                    ],
                  },
                },
                ended: {
                  // Nothing is playing: the language changes, "Up next" follows it, no restart.
                  on: {
                    'ui.languageChosen': {
                      guard: 'isKnownLanguage',
                      actions: assign({ lang: ({ event }) => event.lang }),
                    },
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
            },
          },
        },
        idle: {
          initial: 'counting',
          states: {
            counting: {
              always: [
                { guard: 'isDocent', target: 'docent' },
                { guard: isNarrationPlaying, target: 'suspended' },
              ],
              invoke: {
                src: 'idleTimer',
                input: ({ context }) => ({
                  ms: (context.exhibit?.idle.timeoutSeconds ?? 60) * 1000,
                }),
              },
              on: {
                'user.activity': { target: 'counting', reenter: true },
                'idle.timedOut': 'warning',
              },
            },
            suspended: {
              always: [
                { guard: 'isDocent', target: 'docent' },
                { guard: not(isNarrationPlaying), target: 'counting' },
              ],
            },
            // A guided tour: the docent decides when it ends, never the idle clock.
            docent: {
              always: { guard: not('isDocent'), target: 'counting' },
            },
            warning: {
              entry: assign({
                warningRemaining: ({ context }) => context.exhibit?.idle.warningSeconds ?? 20,
              }),
              invoke: {
                src: 'countdown',
                input: ({ context }) => ({ seconds: context.exhibit?.idle.warningSeconds ?? 20 }),
              },
              on: {
                'idle.tick': {
                  actions: assign({ warningRemaining: ({ event }) => event.remaining }),
                },
                'user.activity': 'counting',
                'idle.expired': '#kiosk.attract',
              },
            },
          },
        },
      },
    },
  },
});

/** The machine's type, for views and tests. */
export type KioskMachine = typeof kioskMachine;
