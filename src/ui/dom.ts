// A tiny element builder for the DOM overlay, and the view state every screen reads.
import type { SnapshotFrom } from 'xstate';
import type { Localized } from '../content/schema.ts';
import { fill, language, type UiKey } from '../i18n/registry.ts';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import type { KioskContext, KioskEvent } from '../machine/types.ts';

/** A machine snapshot. */
export type Snapshot = SnapshotFrom<KioskMachine>;
/** Sends an event to the machine. */
export type Send = (event: KioskEvent) => void;

type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/** Creates an element: attributes (on* become listeners) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child != null) el.append(child);
  return el;
}

/** A button that sends `event` when activated (tap, click, Enter or Space). */
export function button(
  label: string,
  event: KioskEvent | (() => void),
  send: Send,
  attrs: Attrs = {},
  ...extra: (Node | string)[]
) {
  const act = typeof event === 'function' ? event : () => send(event);
  return h(
    'button',
    { type: 'button', ...attrs, onclick: act },
    ...(extra.length ? extra : [label]),
  );
}

/** Interface string `key` in the visitor's language, placeholders filled. */
export function say(
  ctx: KioskContext,
  key: UiKey,
  values: Record<string, string | number> = {},
): string {
  const strings = ctx.exhibit?.ui[ctx.lang] ?? language(ctx.lang).ui;
  return fill(strings[key], values, ctx.lang);
}

/** Content text in the visitor's language, falling back to the exhibit's default. */
export function text(ctx: KioskContext, value: Localized | undefined): string {
  if (!value) return '';
  return value[ctx.lang] ?? value[ctx.exhibit?.defaultLanguage ?? 'en'] ?? '';
}

/** Minutes and seconds, e.g. "1:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The language buttons, the current one marked as pressed. */
export function languageButtons(ctx: KioskContext, send: Send): HTMLElement {
  const langs = ctx.exhibit?.languages ?? [];
  return h(
    'div',
    { class: 'languages', role: 'group', 'aria-label': say(ctx, 'language') },
    ...langs.map((lang) =>
      button(
        ctx.exhibit?.ui[lang]?.languageName ?? lang,
        { type: 'ui.languageChosen', lang },
        send,
        {
          lang,
          'aria-pressed': String(lang === ctx.lang),
          'data-key': `lang-${lang}`,
        },
      ),
    ),
  );
}
