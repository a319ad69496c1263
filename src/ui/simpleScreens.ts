// The screens with little to do: boot (a progress bar), attract (touch to begin) and
// out-of-service (a calm card in every built-in language).
import { BUILT_IN_UI } from '../i18n/registry.ts';
import { h, say, text, type Send, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

/** Boot: "Loading" and a bar that fills as media preloads. */
export function bootScreen(snap: Snapshot): Screen {
  const bar = h('div', { class: 'bar-fill' });
  const progress = h(
    'div',
    {
      class: 'bar',
      role: 'progressbar',
      'aria-label': say(snap.context, 'loading'),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
    },
    bar,
  );
  const root = h(
    'section',
    { class: 'screen boot' },
    h('p', { class: 'boot-label' }, say(snap.context, 'loading')),
    progress,
  );
  return {
    root,
    update(s) {
      const pct = Math.round(s.context.bootProgress * 100);
      progress.setAttribute('aria-valuenow', String(pct));
      bar.style.width = `${pct}%`;
    },
  };
}

/** The screen-sized "Touch to begin" target, in every language, pulsing gently. */
export function touchToBegin(snap: Snapshot, send: Send): HTMLElement {
  const ctx = snap.context;
  const langs = ctx.exhibit?.languages ?? [ctx.lang];
  const lines = langs.map((lang) =>
    h(
      'span',
      { lang, class: 'touch-line' },
      ctx.exhibit?.ui[lang]?.touchToBegin ?? 'Touch to begin',
    ),
  );
  return h(
    'button',
    {
      type: 'button',
      class: 'touch-to-begin',
      'data-key': 'start',
      'aria-label': `${say(ctx, 'touchToBegin')}: ${text(ctx, ctx.exhibit?.title)}`,
      onclick: () => send({ type: 'ui.start' }),
    },
    h('span', { class: 'touch-lines' }, ...lines),
  );
}

/** Attract: the whole screen is one target; "Touch to begin" in every language. */
export function attractScreen(snap: Snapshot, send: Send): Screen {
  const root = h(
    'section',
    { class: 'screen attract' },
    h('h1', { class: 'visually-hidden' }, text(snap.context, snap.context.exhibit?.title)),
    touchToBegin(snap, send),
  );
  return { root, update() {} };
}

/** Out of service: nothing technical, in each built-in language; the machine retries on its own. */
export function outOfServiceScreen(): Screen {
  const blocks = Object.entries(BUILT_IN_UI).map(([lang, ui]) =>
    h(
      'div',
      { lang, class: 'oos-block' },
      h('h2', {}, ui.outOfService),
      h('p', {}, ui.outOfServiceDetail),
    ),
  );
  const root = h('section', { class: 'screen out-of-service', role: 'status' }, ...blocks);
  return { root, update() {} };
}
