// Display mode: the exhibit tells itself to an empty room. The chapter's title at the top, its
// captions in the band, and "Touch to begin" in every language: the whole screen hands the kiosk
// to the first visitor who touches it.
import { currentCaption, currentChapter } from '../machine/selectors.ts';
import { h, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';
import { touchToBegin } from './simpleScreens.ts';

/** The display loop's screen for the chapter being told. */
export function displayScreen(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const caption = h('p', { class: 'caption', lang: ctx.lang });
  const root = h(
    'section',
    { class: 'screen display', lang: ctx.lang },
    h(
      'header',
      { class: 'chapter-header' },
      h(
        'p',
        { class: 'chapter-count' },
        say(ctx, 'chapterNumber', {
          n: ctx.chapterIndex + 1,
          total: ctx.exhibit?.chapters.length ?? 0,
        }),
      ),
      h('h1', { class: 'chapter-heading' }, text(ctx, currentChapter(ctx)?.title)),
    ),
    h('div', { class: 'band' }, h('div', { class: 'caption-area' }, caption)),
    touchToBegin(snap, send),
  );
  return {
    root,
    update(s) {
      caption.textContent = currentCaption(s.context)?.text ?? '';
    },
  };
}
