// A chapter: its title small at the top, captions in the band at the bottom with a thin progress
// line, and the controls beneath. At the end, "Up next" offers the next chapter.
import { accessButton } from './accessDialog.ts';
import { captionIn, currentCaption, currentChapter, currentTrack } from '../machine/selectors.ts';
import { button, h, languageButtons, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

/** The chapter screen for the current chapter, language and sub-state. */
export function chapterScreen(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const total = ctx.exhibit?.chapters.length ?? 0;
  const paused = snap.matches({ visit: { flow: { chapter: 'paused' } } });
  const ended = snap.matches({ visit: { flow: { chapter: 'ended' } } });
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
        disabled: ended,
      });
  const controls = h(
    'div',
    { class: 'controls' },
    button(say(ctx, 'previous'), { type: 'ui.previous' }, send, { 'data-key': 'previous' }),
    toggle,
    button(say(ctx, 'next'), { type: 'ui.next' }, send, { 'data-key': 'next' }),
    button(say(ctx, 'home'), { type: 'ui.home' }, send, { 'data-key': 'home' }),
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
      h('div', { class: 'caption-area' }, ...(ended ? [upNext(snap, send)] : [caption, second])),
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
    fill.style.transform = `scaleX(${Math.min(1, c.position / duration)})`;
  };
  update(snap);
  return { root, update };
}

function upNext(snap: Snapshot, send: Send): HTMLElement {
  const ctx = snap.context;
  const next = ctx.exhibit?.chapters[ctx.chapterIndex + 1];
  // After the last chapter a quiet line, not a second "All chapters" button: the controls have one.
  if (!next)
    return h('p', { class: 'up-next up-next-title', role: 'status' }, say(ctx, 'lastChapter'));
  return h(
    'div',
    { class: 'up-next', role: 'status' },
    h(
      'div',
      {},
      h('p', { class: 'up-next-label' }, say(ctx, 'upNext')),
      h('p', { class: 'up-next-title' }, text(ctx, next.title)),
    ),
    button(say(ctx, 'next'), { type: 'ui.next' }, send, {
      class: 'primary',
      'data-key': 'up-next',
      'aria-label': `${say(ctx, 'next')}: ${text(ctx, next.title)}`,
    }),
  );
}
