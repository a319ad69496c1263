// "Accessibility": the visitor's own settings for this visit, as toggle buttons in a dialog
// over the screen. The changes go to the machine, which keeps them until the visit ends.
import type { AccessProfile } from '../machine/types.ts';
import { button, h, say, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

/** Asks the overlay to open the dialog; fired by the screens' "Accessibility" button. */
export const OPEN_ACCESS = 'kiosk-open-access';

/** The button that opens the dialog, for the screens' control rows. */
export function accessButton(snap: Snapshot): HTMLElement {
  return button(
    say(snap.context, 'accessButton'),
    (e?: Event) =>
      (e?.target as Element | undefined)?.dispatchEvent(
        new CustomEvent(OPEN_ACCESS, { bubbles: true }),
      ),
    () => {},
    { 'data-key': 'access', 'aria-haspopup': 'dialog' },
  );
}

/** The dialog; `close` removes it. */
export function accessDialog(snap: Snapshot, send: Send, close: () => void): Screen {
  const ctx = snap.context;
  const other = ctx.exhibit?.defaultLanguage ?? ctx.lang;
  const otherName = ctx.exhibit?.ui[other]?.languageName ?? other;
  const toggles: [keyof AccessProfile, string][] = [
    ['largeCaptions', say(ctx, 'largeCaptions')],
    ['contrastCaptions', say(ctx, 'contrastCaptions')],
    ...(ctx.lang !== other
      ? [
          ['twoLanguages', say(ctx, 'twoLanguages', { lang: otherName })] as [
            keyof AccessProfile,
            string,
          ],
        ]
      : []),
    ['largeText', say(ctx, 'largeText')],
    ['lowReach', say(ctx, 'lowReach')],
    ['audioDescription', say(ctx, 'audioDescription')],
  ];
  const buttons = toggles.map(([key, label]) =>
    button(label, () => send({ type: 'ui.access', change: { [key]: !current[key] } }), send, {
      class: 'toggle',
      'data-key': `access-${key}`,
      'aria-pressed': 'false',
    }),
  );
  let current = ctx.access;
  const root = h(
    'div',
    { class: 'dialog-backdrop' },
    h(
      'div',
      {
        class: 'dialog access-dialog',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'access-title',
        lang: ctx.lang,
      },
      h('h2', { id: 'access-title' }, say(ctx, 'accessButton')),
      h('div', { class: 'access-toggles' }, ...buttons),
      button(say(ctx, 'close'), close, send, { class: 'primary', 'data-key': 'access-close' }),
    ),
  );
  const update = (s: Snapshot) => {
    current = s.context.access;
    toggles.forEach(([key], i) => buttons[i]!.setAttribute('aria-pressed', String(current[key])));
  };
  update(snap);
  return { root, update };
}
