// A small element builder for the studio's screens.

type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

/** `h('button', { class: 'quiet', onclick: … }, 'Save')`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (k === 'checked' && 'checked' in el) (el as HTMLInputElement).checked = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

let next = 0;
/** A unique element id, for label `for` and aria links. */
export const uid = (prefix = 'f') => `${prefix}-${++next}`;

/** Replaces an element's children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(...children.flat().filter((c): c is Node | string => !!c));
}

/**
 * The ↑ and ↓ buttons that move item `i` of `n` (a chapter, a sentence, a cue) one place;
 * `name` is how their labels name it ("sentence 2", "“The strike”").
 */
export function moveButtons(
  i: number,
  n: number,
  name: string,
  move: (i: number, by: -1 | 1) => void,
): HTMLButtonElement[] {
  const button = (by: -1 | 1) =>
    h(
      'button',
      {
        type: 'button',
        class: 'icon',
        'data-dir': by,
        disabled: by < 0 ? i === 0 : i === n - 1,
        'aria-label': `Move ${name} ${by < 0 ? 'up' : 'down'}`,
        onclick: () => move(i, by),
      },
      by < 0 ? '↑' : '↓',
    );
  return [button(-1), button(1)];
}
