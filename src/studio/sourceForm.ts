// "Add a source" in place: a work added to exhibit.json's `sources`, then cited at once.
import { h, uid } from './dom.ts';
import type { Session } from './session.ts';

/** Why a source id cannot be used, or null. */
export function sourceIdProblem(id: string, taken: string[]): string | null {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    return 'An id of small letters, digits and hyphens, e.g. "applebaum-2003".';
  if (taken.includes(id)) return `"${id}" is already a source.`;
  return null;
}

export function sourceForm(s: Session, added: (id: string) => void): HTMLElement {
  const ids = { id: uid(), author: uid(), title: uid(), year: uid() };
  const input = (k: keyof typeof ids, label: string, type = 'text') =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: ids[k] }, label),
      h('input', { id: ids[k], type, name: k }),
    );
  const err = h('p', { class: 'field-error', role: 'status' });
  const form = h(
    'form',
    { class: 'source-form', 'aria-label': 'A new source' },
    input('id', 'Id (cited by sentences)'),
    input('author', 'Author or editor'),
    input('title', 'Title'),
    input('year', 'Year', 'number'),
    err,
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'small' }, 'Add the source')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = (k: string) => (form.elements.namedItem(k) as HTMLInputElement).value.trim();
    const sources = s.json.sources ?? [];
    const problem = sourceIdProblem(
      v('id'),
      sources.map((x) => x.id),
    );
    if (problem || !v('author') || !v('title')) {
      err.textContent = problem ?? 'Give the author and the title.';
      return;
    }
    const year = Number(v('year'));
    s.exhibit.edit({
      ...s.json,
      sources: [
        ...sources,
        { id: v('id'), author: v('author'), title: v('title'), ...(year && { year }) },
      ],
    });
    added(v('id'));
  });
  return form;
}
