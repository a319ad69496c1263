// Draws the fields of schemaForm.ts as labelled inputs bound to a value. Every field's wrapper
// carries `data-path` (as the checker prints paths), where errors are put beside it.
import { h, uid } from './dom.ts';
import {
  fieldOf,
  getAt,
  parseJsonField,
  pathString,
  type Field,
  type JSONSchema,
  type Path,
} from './schemaForm.ts';

export interface FormContext {
  /** The whole value the paths point into (e.g. the chapter). */
  get(): unknown;
  set(path: Path, value: unknown): void;
  /** The exhibit's languages, the default first. */
  languages: string[];
  /** The chapter's sentences, for a `sentence` field (1-based), shown as their text. */
  sentences?: string[];
  /** Something to draw after a field's input (e.g. an image's import button). */
  extra?: (field: Field) => Node | null;
}

const hint = (f: Field, id: string) =>
  f.help ? h('p', { class: 'help', id: `${id}-help` }, f.help) : null;

function wrap(f: Field, id: string, ...input: Node[]): HTMLElement {
  return h(
    'div',
    { class: `field field-${f.kind}`, 'data-path': pathString(f.path) },
    h(
      'label',
      { for: id },
      f.label,
      f.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
    ),
    ...input,
    hint(f, id),
    h('p', { class: 'field-error', id: `${id}-err`, role: 'status' }),
  );
}

const described = (f: Field, id: string) =>
  [f.help ? `${id}-help` : '', `${id}-err`].filter(Boolean).join(' ');

/** One field as inputs. */
export function renderField(f: Field, ctx: FormContext): HTMLElement {
  const id = uid();
  const value = getAt(ctx.get(), f.path);
  const common = { id, 'aria-describedby': described(f, id), required: f.required || undefined };
  switch (f.kind) {
    case 'text':
      return wrap(
        f,
        id,
        h('input', {
          ...common,
          type: 'text',
          value: typeof value === 'string' ? value : '',
          oninput: (e) => ctx.set(f.path, (e.target as HTMLInputElement).value),
        }),
      );
    case 'number': {
      if (f.key === 'sentence' && ctx.sentences) {
        return wrap(
          f,
          id,
          h(
            'select',
            {
              ...common,
              onchange: (e) =>
                ctx.set(f.path, Number((e.target as HTMLSelectElement).value) || undefined),
            },
            h('option', { value: '' }, '(not placed on a sentence)'),
            ctx.sentences.map((s, i) =>
              h(
                'option',
                { value: i + 1, selected: value === i + 1 },
                `${i + 1}. ${s || '(empty sentence)'}`,
              ),
            ),
          ),
        );
      }
      return wrap(
        f,
        id,
        h('input', {
          ...common,
          type: 'number',
          step: f.integer ? 1 : 'any',
          min: f.min,
          max: f.max,
          value: typeof value === 'number' ? value : '',
          oninput: (e) => {
            const t = (e.target as HTMLInputElement).value;
            ctx.set(f.path, t === '' ? undefined : Number(t));
          },
        }),
      );
    }
    case 'boolean':
      return h(
        'div',
        { class: 'field field-boolean', 'data-path': pathString(f.path) },
        h(
          'label',
          { class: 'check' },
          h('input', {
            id,
            type: 'checkbox',
            'aria-describedby': described(f, id),
            checked: value === true,
            onchange: (e) => ctx.set(f.path, (e.target as HTMLInputElement).checked),
          }),
          ` ${f.label}`,
        ),
        hint(f, id),
        h('p', { class: 'field-error', id: `${id}-err`, role: 'status' }),
      );
    case 'enum':
      return wrap(
        f,
        id,
        h(
          'select',
          {
            ...common,
            onchange: (e) => ctx.set(f.path, (e.target as HTMLSelectElement).value || undefined),
          },
          h('option', { value: '' }, f.required ? '(choose)' : '(none)'),
          f.options.map((o) => h('option', { value: o, selected: value === o }, o)),
        ),
      );
    case 'localized': {
      const v = (value ?? {}) as Record<string, string>;
      return h(
        'fieldset',
        { class: 'field field-localized', 'data-path': pathString(f.path) },
        h(
          'legend',
          {},
          f.label,
          f.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
        ),
        hint(f, id),
        h(
          'div',
          { class: 'langs' },
          ctx.languages.map((lang) => {
            const lid = `${id}-${lang}`;
            const missing = !v[lang] && (f.required || Object.values(v).some(Boolean));
            const note = h('span', { class: 'missing-note' }, missing ? ' — missing' : '');
            return h(
              'div',
              {
                class: `lang${missing ? ' missing' : ''}`,
                'data-path': pathString([...f.path, lang]),
              },
              h('label', { for: lid }, lang, note),
              h('input', {
                id: lid,
                type: 'text',
                lang,
                value: v[lang] ?? '',
                'aria-describedby': `${lid}-err`,
                oninput: (e) => {
                  const input = e.target as HTMLInputElement;
                  ctx.set([...f.path, lang], input.value);
                  input.parentElement!.classList.toggle('missing', !input.value);
                  note.textContent = input.value ? '' : ' — missing';
                },
              }),
              h('p', { class: 'field-error', id: `${lid}-err`, role: 'status' }),
            );
          }),
        ),
        h('p', { class: 'field-error', id: `${id}-err`, role: 'status' }),
      );
    }
    case 'object':
      return h(
        'fieldset',
        { class: 'field field-object', 'data-path': pathString(f.path) },
        h(
          'legend',
          {},
          f.label,
          f.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
        ),
        hint(f, id),
        f.fields.map((x) => renderField(x, ctx)),
        h('p', { class: 'field-error', id: `${id}-err`, role: 'status' }),
      );
    case 'list':
      return renderList(f, ctx, id);
    case 'json':
      return renderJson(f, ctx, id, value);
  }
}

function renderList(
  f: Extract<Field, { kind: 'list' }>,
  ctx: FormContext,
  id: string,
): HTMLElement {
  const items = Array.isArray(getAt(ctx.get(), f.path))
    ? (getAt(ctx.get(), f.path) as unknown[])
    : [];
  const box = h('fieldset', { class: 'field field-list', 'data-path': pathString(f.path) });
  const redraw = () => box.replaceWith(renderList(f, ctx, id));
  box.append(
    h('legend', {}, f.label),
    hint(f, id) ?? '',
    ...items.map((_, i) => {
      const item = fieldOf(`${f.label} ${i + 1}`, f.item, [...f.path, i], false);
      item.label = `${f.label} ${i + 1}`;
      return h(
        'div',
        { class: 'list-item' },
        renderField(item, ctx),
        h(
          'button',
          {
            type: 'button',
            class: 'quiet small',
            onclick: () => {
              ctx.set(
                f.path,
                items.filter((__, j) => j !== i),
              );
              redraw();
            },
          },
          `Remove ${f.label.toLowerCase()} ${i + 1}`,
        ),
      );
    }),
    f.max !== undefined && items.length >= f.max
      ? h('p', { class: 'help' }, `At most ${f.max}.`)
      : h(
          'button',
          {
            type: 'button',
            class: 'quiet small',
            onclick: () => {
              const blank = (f.item as JSONSchema).type === 'object' ? {} : '';
              ctx.set(f.path, [...items, blank]);
              redraw();
            },
          },
          `Add ${f.label.toLowerCase()}`,
        ),
    h('p', { class: 'field-error', id: `${id}-err`, role: 'status' }),
  );
  return box;
}

function renderJson(
  f: Extract<Field, { kind: 'json' }>,
  ctx: FormContext,
  id: string,
  value: unknown,
): HTMLElement {
  const area = h('textarea', {
    id,
    rows: 6,
    spellcheck: false,
    class: 'json',
    'aria-describedby': described(f, id),
  });
  area.value = value === undefined ? '' : JSON.stringify(value, null, 2);
  const el = wrap(f, id, area);
  area.addEventListener('input', () => {
    const r = parseJsonField(area.value);
    const err = el.querySelector<HTMLElement>(`#${id}-err`)!;
    err.querySelector('[data-source="json"]')?.remove();
    if (r.ok) {
      area.removeAttribute('aria-invalid');
      ctx.set(f.path, r.value);
    } else {
      err.prepend(h('span', { 'data-source': 'json' }, r.message));
      area.setAttribute('aria-invalid', 'true');
    }
  });
  const extra = ctx.extra?.(f);
  if (extra) el.append(extra);
  return el;
}

/** Fields with their extras (ctx.extra) after each input. */
export function renderFields(fields: Field[], ctx: FormContext): HTMLElement[] {
  return fields.map((f) => {
    const el = renderField(f, ctx);
    const extra = f.kind !== 'json' ? ctx.extra?.(f) : null;
    if (extra) el.append(extra);
    return el;
  });
}

/**
 * Puts each error beside the field whose `data-path` it matches (see matchErrorPath); returns
 * those that matched nothing, for the list at the top. `source` names who placed them: placing
 * again replaces only that source's messages (the check's beside a cue form's own "is needed").
 */
export function placeErrors<T extends { path: string; message: string }>(
  root: HTMLElement,
  errors: T[],
  match: (path: string, known: string[]) => string | undefined,
  source = 'check',
): T[] {
  root.querySelectorAll(`.field-error > [data-source="${source}"]`).forEach((e) => e.remove());
  const input = (box: Element) =>
    box.querySelector(':scope > input, :scope > select, :scope > textarea');
  const known = [...root.querySelectorAll<HTMLElement>('[data-path]')].map((e) => e.dataset.path!);
  const rest: T[] = [];
  for (const e of errors) {
    const at = match(e.path, known);
    const box = at ? root.querySelector<HTMLElement>(`[data-path="${CSS.escape(at)}"]`) : null;
    const slot = box?.querySelector<HTMLElement>(':scope > .field-error');
    if (!box || !slot) {
      rest.push(e);
      continue;
    }
    const text = slot.children.length ? `; ${e.message}` : e.message;
    slot.append(h('span', { 'data-source': source }, text));
  }
  root.querySelectorAll<HTMLElement>('[data-path]').forEach((box) => {
    const slot = box.querySelector(':scope > .field-error');
    const el = slot && input(box);
    if (!el) return;
    if (slot.children.length) el.setAttribute('aria-invalid', 'true');
    else el.removeAttribute('aria-invalid');
  });
  return rest;
}
