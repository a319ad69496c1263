// A chapter: its title small at the top, captions in the band at the bottom with a thin progress
// line, and the controls beneath. At the end one set of controls: "Next chapter" (with what is up
// next) and "All chapters"; after the last, "All chapters" alone. A memorial holds the screen still
// with no controls but the visitor's language and accessibility, then a quiet "Return to chapters".
import { accessButton } from './accessDialog.ts';
import {
  captionIn,
  currentCaption,
  currentChapter,
  currentTrack,
  memorialOnScreen,
} from '../machine/selectors.ts';
import { button, h, languageButtons, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

/**
 * What the chapter screen shows: the story told or paused, a memorial holding still, its end, or
 * the end after a memorial. The overlay rebuilds the screen when it changes.
 */
export type ChapterPhase = 'playing' | 'paused' | 'still' | 'ended' | 'remembered';

/** The chapter screen's phase for a snapshot in a chapter. */
export function chapterPhase(s: Snapshot): ChapterPhase {
  const memorial = !!memorialOnScreen(s.context);
  // A docent leads a group through the memorial: the controls stay theirs.
  const docent = s.context.mode === 'docent';
  if (s.matches({ visit: { flow: { chapter: { ended: 'open' } } } }) || (docent && isEnded(s)))
    return memorial ? 'remembered' : 'ended';
  if (memorial && !docent) return 'still';
  if (isEnded(s)) return 'ended';
  return s.matches({ visit: { flow: { chapter: 'paused' } } }) ? 'paused' : 'playing';
}

const isEnded = (s: Snapshot) => s.matches({ visit: { flow: { chapter: 'ended' } } });

/** The chapter screen for the current chapter, language and sub-state. */
export function chapterScreen(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const total = ctx.exhibit?.chapters.length ?? 0;
  const phase = chapterPhase(snap);
  const paused = phase === 'paused';
  const ended = phase === 'ended' || phase === 'remembered';
  const caption = h('p', { class: 'caption', lang: ctx.lang });
  // Bilingual captions: the exhibit's own language beneath the visitor's, when asked for.
  const other = ctx.exhibit?.defaultLanguage ?? ctx.lang;
  const second = h('p', { class: 'caption-second', lang: other });
  const fill = h('div', { class: 'progress-fill' });
  const progress = h('div', { class: 'progress', 'aria-hidden': 'true' }, fill);
  const toggle = paused
    ? button(say(ctx, 'resume'), { type: 'ui.resume' }, send, {
        class: 'primary',
        'data-key': 'toggle',
      })
    : button(say(ctx, 'pause'), { type: 'ui.pause' }, send, {
        class: 'primary',
        'data-key': 'toggle',
      });
  const telling =
    phase === 'still'
      ? // Nothing to touch but the visitor's language and accessibility (and Resume, should a
        // pause have landed just as the memorial began: nobody is left stuck in it).
        snap.matches({ visit: { flow: { chapter: 'paused' } } })
        ? [toggle]
        : []
      : ended
        ? endControls(snap, send, phase === 'remembered')
        : [
            button(say(ctx, 'previous'), { type: 'ui.previous' }, send, {
              'data-key': 'previous',
            }),
            toggle,
            button(say(ctx, 'next'), { type: 'ui.next' }, send, { 'data-key': 'next' }),
            button(say(ctx, 'home'), { type: 'ui.home' }, send, { 'data-key': 'home' }),
          ];
  const controls = h(
    'div',
    { class: 'controls' },
    ...telling,
    // With every control low on the screen, "Accessibility" joins the others in the band.
    ...(ctx.access.lowReach ? [accessButton(snap)] : []),
    languageButtons(ctx, send),
  );
  const root = h(
    'section',
    { class: 'screen chapter', lang: ctx.lang },
    h(
      'header',
      { class: 'chapter-header' },
      h(
        'div',
        {},
        h(
          'p',
          { class: 'chapter-count' },
          say(ctx, 'chapterNumber', { n: ctx.chapterIndex + 1, total }),
        ),
        h('h1', { class: 'chapter-heading' }, text(ctx, currentChapter(ctx)?.title)),
      ),
      ctx.access.lowReach ? null : accessButton(snap),
    ),
    h(
      'div',
      { class: 'band' },
      h(
        'div',
        { class: 'caption-area' },
        ...(phase === 'ended' ? [upNext(snap)] : ended ? [] : [caption, second]),
      ),
      progress,
      controls,
    ),
  );
  const update = (s: Snapshot) => {
    const c = s.context;
    // While a cue is described aloud the narration waits; the caption says why.
    const describing = s.matches({ visit: { flow: { chapter: 'describing' } } });
    caption.classList.toggle('describing', describing);
    caption.textContent = describing ? say(c, 'describing') : (currentCaption(c)?.text ?? '');
    const both = c.access.twoLanguages && c.lang !== other;
    second.hidden = !both || describing;
    second.textContent = both ? (captionIn(c, other)?.text ?? '') : '';
    const duration = currentTrack(c)?.duration ?? 1;
    // At the end the line is full, whatever silence the track ends with.
    const told = ended ? 1 : Math.min(1, c.position / duration);
    fill.style.transform = `scaleX(${told})`;
  };
  update(snap);
  return { root, update };
}

/** What comes next, said quietly above the controls; nothing after the last chapter. */
function upNext(snap: Snapshot): HTMLElement | null {
  const ctx = snap.context;
  const next = ctx.exhibit?.chapters[ctx.chapterIndex + 1];
  if (!next) return null;
  return h(
    'div',
    { class: 'up-next', role: 'status' },
    h('p', { class: 'up-next-label' }, say(ctx, 'upNext')),
    h('p', { class: 'up-next-title' }, text(ctx, next.title)),
  );
}

/**
 * The end's one set of controls: "Next chapter" and "All chapters", or "All chapters" alone after
 * the last; after a memorial that ends the exhibit, a quiet "Return to chapters".
 */
function endControls(snap: Snapshot, send: Send, remembered: boolean): HTMLElement[] {
  const ctx = snap.context;
  const next = ctx.exhibit?.chapters[ctx.chapterIndex + 1];
  if (remembered && !next)
    return [
      button(say(ctx, 'returnToChapters'), { type: 'ui.home' }, send, {
        class: 'quiet-return',
        'data-key': 'home',
      }),
    ];
  return [
    ...(next
      ? [
          button(say(ctx, 'next'), { type: 'ui.next' }, send, {
            class: 'primary',
            'data-key': 'next',
            'aria-label': `${say(ctx, 'next')}: ${text(ctx, next.title)}`,
          }),
        ]
      : []),
    button(say(ctx, 'home'), { type: 'ui.home' }, send, {
      ...(next ? {} : { class: 'primary' }),
      'data-key': 'home',
    }),
  ];
}
