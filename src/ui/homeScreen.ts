// Home: the exhibit's title, the chapters as a numbered list, and the language choice.
import { button, clock, h, languageButtons, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';
import { accessButton } from './accessDialog.ts';
import { scrollCue } from './scrollCue.ts';

/** The chapter menu. */
export function homeScreen(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const chapters = ctx.exhibit?.chapters ?? [];
  const items = chapters.map((chapter, index) => {
    const track = chapter.tracks[ctx.lang];
    return h(
      'li',
      {},
      button(
        '',
        { type: 'ui.chapterChosen', index },
        send,
        { class: 'chapter-card', 'data-key': `chapter-${index}` },
        h(
          'span',
          { class: 'chapter-number', 'aria-hidden': 'true' },
          String(index + 1).padStart(2, '0'),
        ),
        h('span', { class: 'chapter-title' }, text(ctx, chapter.title)),
        h('span', { class: 'chapter-summary' }, text(ctx, chapter.summary)),
        h('span', { class: 'chapter-duration' }, clock(track?.duration ?? 0)),
      ),
    );
  });
  const nav = h(
    'nav',
    { 'aria-label': say(ctx, 'chapters') },
    h('h2', { class: 'visually-hidden' }, say(ctx, 'chapters')),
    h('ol', { class: 'chapter-list' }, ...items),
  );
  // When the list is longer than the screen (a squarer screen, larger text), its lower edge fades
  // and a line beneath says there is more; touching it scrolls on. Keys move the focus down the
  // list, and the focused chapter scrolls into view.
  const { more, measure } = scrollCue(nav, say(ctx, 'moreBelow'), send);
  const root = h(
    'section',
    { class: 'screen home', lang: ctx.lang },
    h(
      'header',
      { class: 'home-header' },
      h(
        'div',
        {},
        h('h1', {}, text(ctx, ctx.exhibit?.title)),
        h('p', { class: 'subtitle' }, text(ctx, ctx.exhibit?.subtitle)),
      ),
      h('div', { class: 'header-actions' }, accessButton(snap), languageButtons(ctx, send)),
    ),
    nav,
    more,
    h(
      'div',
      { class: 'home-actions' },
      button(say(ctx, 'beginning'), { type: 'ui.chapterChosen', index: 0 }, send, {
        class: 'primary',
        'data-key': 'beginning',
      }),
      ctx.exhibit?.sources.length
        ? button(say(ctx, 'sources'), { type: 'ui.sources' }, send, { 'data-key': 'sources' })
        : null,
      button(say(ctx, 'endVisit'), { type: 'ui.exit' }, send, { 'data-key': 'exit' }),
    ),
  );
  return { root, update: measure };
}
