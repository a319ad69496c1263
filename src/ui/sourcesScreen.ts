// The sources screen: the works the narration rests on, grouped by chapter, set like a museum label.
import type { SourceWork } from '../content/schema.ts';
import { button, h, languageButtons, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

function label(work: SourceWork): HTMLElement {
  return h(
    'li',
    { class: 'source' },
    h('span', { class: 'source-author' }, `${work.author}. `),
    h('cite', { class: 'source-title' }, work.title),
    h(
      'span',
      { class: 'source-imprint' },
      `. ${[work.publisher, work.year].filter(Boolean).join(', ')}.`.replace(/^\. \.$/, '.'),
    ),
    work.url
      ? h('span', { class: 'source-url' }, ` ${work.url.replace(/^https?:\/\//, '')}`)
      : null,
  );
}

/** Sources grouped by chapter, scrollable by touch. */
export function sourcesScreen(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const works = new Map((ctx.exhibit?.sources ?? []).map((w) => [w.id, w]));
  const chapters = ctx.exhibit?.chapters ?? [];
  const total = chapters.length;
  const groups = chapters
    .filter((c) => c.sources.length)
    .map((chapter) =>
      h(
        'section',
        { class: 'source-group' },
        h(
          'h2',
          {},
          `${say(ctx, 'chapterNumber', { n: chapters.indexOf(chapter) + 1, total })} · ${text(ctx, chapter.title)}`,
        ),
        h(
          'ul',
          {},
          ...chapter.sources.flatMap((id) => (works.has(id) ? [label(works.get(id)!)] : [])),
        ),
      ),
    );
  const root = h(
    'section',
    { class: 'screen sources', lang: ctx.lang },
    h(
      'header',
      { class: 'home-header' },
      h(
        'div',
        {},
        h('h1', {}, say(ctx, 'sources')),
        h('p', { class: 'subtitle' }, say(ctx, 'sourcesIntro')),
      ),
      h(
        'div',
        { class: 'header-actions' },
        languageButtons(ctx, send),
        button(say(ctx, 'back'), { type: 'ui.back' }, send, {
          class: 'primary',
          'data-key': 'back',
        }),
      ),
    ),
    h(
      'div',
      { class: 'sources-list', tabindex: 0, role: 'region', 'aria-label': say(ctx, 'sources') },
      ...groups,
    ),
  );
  return { root, update() {} };
}
