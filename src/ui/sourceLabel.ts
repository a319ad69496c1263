// One work on the sources screen, set like a museum label: the title first and largest, then the
// author, then publisher and year with the site's host (never a path), then what the work is.
import { imprint, sourceHost, type BibEntry } from '../content/bibliography.ts';
import { h, say, type Snapshot } from './dom.ts';

/** The label of `entry`; a work already listed under an earlier chapter points there instead. */
export function sourceLabel(
  { work, listedUnder }: BibEntry,
  ctx: Snapshot['context'],
): HTMLElement {
  const head = [
    h('cite', { class: 'source-title' }, work.title),
    h('span', { class: 'source-author' }, work.author),
  ];
  if (listedUnder !== undefined)
    return h(
      'li',
      { class: 'source source-again' },
      ...head,
      h('span', { class: 'source-see' }, say(ctx, 'listedUnder', { n: listedUnder + 1 })),
    );
  const made = imprint(work);
  const host = sourceHost(work.url);
  const line = [
    made,
    made && host ? ' · ' : '',
    host ? h('span', { class: 'source-host' }, host) : '',
  ].filter(Boolean);
  const about = work.about?.[ctx.lang];
  return h(
    'li',
    { class: 'source', id: `source-${work.id}` },
    ...head,
    line.length ? h('span', { class: 'source-imprint' }, ...line) : null,
    about ? h('span', { class: 'source-about' }, about) : null,
  );
}
