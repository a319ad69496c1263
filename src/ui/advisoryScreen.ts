// The content advisory before the first chapter: what the exhibit describes, and a way back.
import { button, h, languageButtons, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

/** The advisory, with Continue and Back. */
export function advisoryScreen(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const root = h(
    'section',
    { class: 'screen advisory', lang: ctx.lang, 'aria-labelledby': 'advisory-title' },
    h('div', { class: 'advisory-languages' }, languageButtons(ctx, send)),
    h(
      'div',
      { class: 'advisory-body' },
      h('h1', { id: 'advisory-title' }, say(ctx, 'advisoryTitle')),
      h('p', { class: 'advisory-text' }, text(ctx, ctx.exhibit?.advisory)),
      h(
        'div',
        { class: 'advisory-actions' },
        button(say(ctx, 'continue'), { type: 'ui.continue' }, send, {
          class: 'primary large',
          'data-key': 'continue',
        }),
        button(say(ctx, 'back'), { type: 'ui.back' }, send, { 'data-key': 'back' }),
      ),
    ),
  );
  return { root, update() {} };
}
