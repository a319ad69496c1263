// The kiosk machine's setup: its types, actors, delays, guards and actions, named once so that the
// state files (display.ts, chapter.ts, idle.ts) and kioskMachine.ts refer to them by name.
import { assign, enqueueActions, forwardTo, sendTo, setup } from 'xstate';
import { chapterMachine } from '../chapter/chapterMachine.ts';
import type { ChapterInput } from '../chapter/types.ts';
import { currentChapter, memorialHoldLeft, memorialOnScreen } from '../selectors.ts';
import type {
  CountdownInput,
  IdleTimerInput,
  KioskContext,
  KioskEvent,
  KioskInput,
  KioskEmitted,
  LoaderInput,
  MusicCommand,
  MusicInput,
} from '../types.ts';
import { unbound } from '../unbound.ts';

/** Where the chapter machine starts: the visitor's chapter, language, place and settings. */
export function chapterInput(context: KioskContext): Omit<ChapterInput, 'unattended'> {
  const { chapterIndex, lang, position, access } = context;
  return { exhibit: context.exhibit!, chapterIndex, lang, position, access };
}

/** What every state that invokes the chapter does with its reports (mirror its place, duck the
music while it speaks); a test build's story jumps (narration.*) are passed on to it. */
export const FOLLOW_CHAPTER = {
  'chapter.progress': { actions: 'followChapter' },
  'chapter.speaking': { actions: 'duckMusic' },
  'chapter.silent': { actions: 'unduckMusic' },
  'chapter.breathing': { actions: 'breatheMusic' },
  'narration.progress': { actions: 'forwardToChapter' },
  'narration.ended': { actions: 'forwardToChapter' },
} as const;

/** The kiosk machine's setup; its states are made with `kioskSetup.createStateConfig`. */
export const kioskSetup = setup({
  types: {
    context: {} as KioskContext,
    events: {} as KioskEvent,
    input: {} as KioskInput,
    emitted: {} as KioskEmitted,
  },
  actors: {
    loader: unbound<{ type: string }, LoaderInput>('loader'),
    chapter: chapterMachine,
    music: unbound<MusicCommand, MusicInput>('music'),
    idleTimer: unbound<{ type: string }, IdleTimerInput>('idleTimer'),
    countdown: unbound<{ type: string }, CountdownInput>('countdown'),
  },
  delays: {
    /** How long the out-of-service card waits before trying to load again. */
    retryDelay: 30_000,
    /** How long "Up next" shows at the end of a chapter before the next one starts. */
    autoAdvance: 8_000,
    /** How long a touch on a dark, closed kiosk shows the closed card. */
    closedCard: 8_000,
    /** What is left of a memorial's stillness when its chapter's narration ends. */
    memorialHold: ({ context }) => Math.round(memorialHoldLeft(context) * 1000),
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
    /** The gallery's hours have ended (the kiosk closes when back in its loops). */
    isClosing: ({ context }) => context.closing,
    /** Closed, the kiosk shows the quiet card all the time rather than a dark screen. */
    cardWhenClosed: ({ context }) => context.closedLook === 'card',
    /** A memorial is on screen (src/cues/memorial/). */
    memorialShown: ({ context }) => !!memorialOnScreen(context),
    /** A memorial is on screen and its stillness has time left. */
    memorialHolding: ({ context }) => memorialHoldLeft(context) > 0,
  },
  actions: {
    resetVisitor: assign(({ context }) => ({
      lang: context.exhibit?.defaultLanguage ?? context.lang,
      chapterIndex: 0,
      position: 0,
      access: context.accessDefaults,
      memorial: false,
    })),
    changeAccess: assign({
      access: ({ context, event }) =>
        event.type === 'ui.access' ? { ...context.access, ...event.change } : context.access,
    }),
    changeLanguage: assign({
      lang: ({ context, event }) =>
        event.type === 'ui.languageChosen' ? event.lang : context.lang,
    }),
    // The change goes the way a touch on the settings would (into a chapter too); the new
    // setting is then said aloud, as the keypad user cannot see it.
    toggleDescription: enqueueActions(({ context, enqueue }) => {
      const on = !context.access.audioDescription;
      enqueue.raise({ type: 'ui.access', change: { audioDescription: on } });
      enqueue.emit({ type: 'prompt.say', key: on ? 'descriptionOn' : 'descriptionOff' });
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
    // The display loop: after the last chapter, the first again.
    nextInLoop: assign({
      chapterIndex: ({ context }) =>
        (context.chapterIndex + 1) % (context.exhibit?.chapters.length ?? 1),
      position: 0,
    }),
    rewind: assign({ position: 0 }),
    forgetDescriptions: assign({ described: -1, describing: -1 }),
    // The music falls silent once, as the memorial appears, and stays so for the chapter; the
    // next bed (leaving the chapter) brings it back.
    beginMemorial: enqueueActions(({ context, enqueue }) => {
      if (context.memorial || !memorialOnScreen(context)) return;
      enqueue.sendTo('music', { type: 'music.silence' });
      enqueue.assign({ memorial: true });
    }),
    forgetMemorial: assign({ memorial: false }),
    followChapter: assign(({ event }) =>
      event.type === 'chapter.progress'
        ? { position: event.position, described: event.described, describing: event.describing }
        : {},
    ),
    // The visitor's pause, resume, language and settings are the chapter's to act on.
    forwardToChapter: forwardTo('chapter'),
    duckMusic: sendTo('music', { type: 'music.duck' }),
    breatheMusic: sendTo('music', { type: 'music.breathe' }),
    playChapterMood: sendTo('music', ({ context }) => ({
      type: 'music.bed' as const,
      bed: currentChapter(context)?.mood ?? 'default',
    })),
    playDefaultBed: sendTo('music', { type: 'music.bed', bed: 'default' }),
    unduckMusic: sendTo('music', { type: 'music.unduck' }),
  },
});
