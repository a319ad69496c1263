// "Still there?": a dialog over the dimmed stage with a large countdown and one large target.
// Any touch or key continues (the machine hears it as activity); the button is there to be found.
import { button, h, say, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

/** The idle warning dialog. */
export function warningDialog(snap: Snapshot, send: Send): Screen {
  const ctx = snap.context;
  const count = h('p', { class: 'countdown', 'aria-hidden': 'true' });
  const detail = h('p', { class: 'warning-detail' });
  const root = h(
    'div',
    { class: 'dialog-backdrop' },
    h(
      'div',
      {
        class: 'dialog',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'still-there',
        'aria-describedby': 'still-there-detail',
        lang: ctx.lang,
      },
      h('h2', { id: 'still-there' }, say(ctx, 'stillThere')),
      count,
      Object.assign(detail, { id: 'still-there-detail' }),
      button(say(ctx, 'continue'), { type: 'user.activity' }, send, {
        class: 'primary large',
        'data-key': 'continue',
      }),
    ),
  );
  const update = (s: Snapshot) => {
    count.textContent = String(s.context.warningRemaining);
    detail.textContent = say(s.context, 'stillThereDetail', { n: s.context.warningRemaining });
  };
  update(snap);
  return { root, update };
}
