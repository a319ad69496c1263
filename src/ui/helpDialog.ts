// What the keys do, for visitors at the keypad: opened by H, ? or F1, closed by the same keys,
// Back or its button. The same table is in the README for the keypad's supplier.
import { button, h, say, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

/** The help dialog; `close` removes it. */
export function helpDialog(snap: Snapshot, send: Send, close: () => void): Screen {
  const ctx = snap.context;
  const rows: [string, string][] = [
    ['← → ↑ ↓', say(ctx, 'keyMove')],
    ['Enter', say(ctx, 'keyAct')],
    ['Esc', say(ctx, 'keyBack')],
    ['+ −', say(ctx, 'keyVolume')],
    ['H ?', say(ctx, 'keyHelp')],
    ['D', say(ctx, 'keyDescribe')],
  ];
  const root = h(
    'div',
    { class: 'dialog-backdrop' },
    h(
      'div',
      {
        class: 'dialog help-dialog',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'help-title',
        lang: ctx.lang,
      },
      h('h2', { id: 'help-title' }, say(ctx, 'keysTitle')),
      h(
        'dl',
        { class: 'key-list' },
        ...rows.flatMap(([key, what]) => [h('dt', {}, key), h('dd', {}, what)]),
      ),
      button(say(ctx, 'close'), close, send, { class: 'primary', 'data-key': 'help-close' }),
    ),
  );
  return { root, update() {} };
}
