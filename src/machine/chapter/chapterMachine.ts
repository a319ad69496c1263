// One chapter being told: narration, captions' place, audio description pauses, pause and resume,
// the end. Invoked by the visit and by the display loop; it reports its phase and place to the
// machine that invoked it (which mirrors them for the views) and never touches the music itself.
import { assign, enqueueActions, sendParent, sendTo, setup } from 'xstate';
import {
  breathAt,
  currentDescription,
  currentTrack,
  dueDescription,
  samePlaceIn,
} from '../selectors.ts';
import type { DescriptionInput, NarrationCommand, NarrationInput } from '../types.ts';
import { unbound } from '../unbound.ts';
import type { ChapterContext, ChapterEvent, ChapterInput, ChapterReport } from './types.ts';

/** The chapter machine. Its actors are bound with `chapterMachine.provide({ actors })`. */
export const chapterMachine = setup({
  types: {
    context: {} as ChapterContext,
    events: {} as ChapterEvent,
    input: {} as ChapterInput,
  },
  actors: {
    narration: unbound<NarrationCommand, NarrationInput>('narration'),
    description: unbound<{ type: string }, DescriptionInput>('description'),
  },
  guards: {
    descriptionDue: ({ context, event }) =>
      event.type === 'narration.progress' && dueDescription(context, event.position) >= 0,
    descriptionDueHere: ({ context }) => dueDescription(context, context.position) >= 0,
    // The narration enters or leaves a paragraph's pause: the music breathes, then ducks again.
    breathChanged: ({ context, event }) =>
      event.type === 'narration.progress' &&
      breathAt(context, event.position) !== context.breathing,
    wasDescribing: ({ context }) => context.describing >= 0,
  },
  actions: {
    follow: assign({
      position: ({ context, event }) =>
        event.type === 'narration.progress' ? event.position : context.position,
    }),
    startDescribing: assign({
      describing: ({ context }) => dueDescription(context, context.position),
    }),
    finishDescribing: assign({
      described: ({ context }) => context.describing,
      describing: -1,
    }),
    breathe: enqueueActions(({ context, enqueue }) => {
      const breathing = !context.breathing;
      enqueue.assign({ breathing });
      enqueue.sendParent({ type: breathing ? 'chapter.breathing' : 'chapter.speaking' });
    }),
    // Leaving the narration's flow (a description, a pause, the end): a breath ends with it.
    holdBreath: enqueueActions(({ context, enqueue }) => {
      if (!context.breathing) return;
      enqueue.assign({ breathing: false });
      enqueue.sendParent({ type: 'chapter.speaking' });
    }),
    // A new language describes the cue on screen again, in that language.
    forgetDescriptions: assign({ described: -1, describing: -1 }),
    changeAccess: assign({
      access: ({ context, event }) =>
        event.type === 'ui.access' ? { ...context.access, ...event.change } : context.access,
    }),
    // The same sentence in the other language; the narration swaps its track there.
    switchLanguage: assign(({ context, event }) =>
      event.type === 'ui.languageChosen'
        ? { lang: event.lang, position: samePlaceIn(context, event.lang) }
        : {},
    ),
    swapTrack: sendTo('narration', ({ context }) => ({
      type: 'narration.track' as const,
      track: currentTrack(context)!,
      from: context.position,
    })),
    play: sendTo('narration', { type: 'narration.play' }),
    pause: sendTo('narration', { type: 'narration.pause' }),
    report: sendParent(({ context }): ChapterReport => ({
      type: 'chapter.progress',
      position: context.position,
      described: context.described,
      describing: context.describing,
    })),
    // Phase changes and whether it speaks: the invoking machine mirrors the one, ducks for the other.
    announce: sendParent(
      (_, params: { report: Exclude<ChapterReport['type'], 'chapter.progress'> }) => ({
        type: params.report,
      }),
    ),
  },
}).createMachine({
  id: 'chapter',
  context: ({ input }) => ({ ...input, described: -1, describing: -1, breathing: false }),
  invoke: {
    id: 'narration',
    src: 'narration',
    input: ({ context }) => ({
      track: currentTrack(context)!,
      from: context.position,
      unattended: context.unattended,
    }),
  },
  on: {
    'narration.progress': { actions: ['follow', 'report'] },
    'ui.access': { actions: 'changeAccess' },
  },
  initial: 'voiced',
  states: {
    // Narration or a description is heard: the music stays ducked across both, and across a
    // language switch, which swaps the track without leaving this state.
    voiced: {
      entry: { type: 'announce', params: { report: 'chapter.speaking' } },
      exit: { type: 'announce', params: { report: 'chapter.silent' } },
      initial: 'starting',
      on: {
        'ui.languageChosen': {
          target: '.starting',
          actions: ['switchLanguage', 'forgetDescriptions', 'swapTrack', 'report'],
        },
        'ui.pause': 'paused',
        'narration.ended': 'ended',
      },
      states: {
        // A cue due where the narration starts is described before a word is said.
        starting: {
          always: [
            {
              guard: 'descriptionDueHere',
              target: 'describing',
              actions: ['startDescribing', 'report'],
            },
            { target: 'playing' },
          ],
        },
        playing: {
          entry: [{ type: 'announce', params: { report: 'chapter.playing' } }, 'play'],
          exit: 'holdBreath',
          on: {
            // Audio description: a cue is near, so the narration waits while it is described.
            'narration.progress': [
              {
                guard: 'descriptionDue',
                target: 'describing',
                actions: ['follow', 'startDescribing', 'report'],
              },
              { guard: 'breathChanged', actions: ['follow', 'breathe', 'report'] },
              { actions: ['follow', 'report'] },
            ],
          },
        },
        // One cue said aloud while the narration waits; then the narration goes on.
        describing: {
          entry: [{ type: 'announce', params: { report: 'chapter.describing' } }, 'pause'],
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
              actions: ['finishDescribing', 'report'],
            },
          },
        },
      },
    },
    paused: {
      entry: [{ type: 'announce', params: { report: 'chapter.paused' } }, 'pause'],
      on: {
        // A description cut short by the pause is said again from its start.
        'ui.resume': [
          { guard: 'wasDescribing', target: 'voiced.describing' },
          { target: 'voiced.playing' },
        ],
        'ui.languageChosen': {
          actions: ['switchLanguage', 'forgetDescriptions', 'swapTrack', 'report'],
        },
      },
    },
    ended: {
      entry: { type: 'announce', params: { report: 'chapter.ended' } },
    },
  },
});

/** The chapter machine's type. */
export type ChapterMachine = typeof chapterMachine;
