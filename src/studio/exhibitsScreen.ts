// Screen 1: every exhibit, and a new one from the template or as a copy of another.
import type { ExhibitSummary } from './api.ts';
import { fill, h, uid } from './dom.ts';
import { api } from './http.ts';

/** Why an id cannot be used yet, or null: kebab-case and not taken. */
export function idProblem(id: string, taken: string[]): string | null {
  if (!id) return 'Give the exhibit an id: it names its folder, e.g. "kengir-uprising".';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    return 'Use small letters, digits and single hyphens only, e.g. "kengir-uprising".';
  if (taken.includes(id)) return `"${id}" is taken: choose another id.`;
  return null;
}

/** Language codes typed as "en, ru": the first is the default. */
export const parseLanguages = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);

const titleOf = (e: ExhibitSummary) =>
  (e.title && (e.title[e.defaultLanguage ?? ''] ?? Object.values(e.title)[0])) || e.id;

export async function exhibitsScreen(root: HTMLElement, open: (id: string) => void): Promise<void> {
  const r = await api.exhibits();
  const list: ExhibitSummary[] = r.ok ? r.body : [];
  const taken = list.map((e) => e.id);
  const idId = uid();
  const titleId = uid();
  const langId = uid();
  const fromId = uid();
  const idInput = h('input', {
    id: idId,
    type: 'text',
    autocomplete: 'off',
    'aria-describedby': `${idId}-err`,
  });
  const idErr = h('p', { class: 'field-error', id: `${idId}-err`, role: 'status' });
  const titleInput = h('input', { id: titleId, type: 'text' });
  const langInput = h('input', {
    id: langId,
    type: 'text',
    value: 'en, ru, uk',
    'aria-describedby': `${langId}-help`,
  });
  const fromSelect = h(
    'select',
    { id: fromId },
    h('option', { value: '' }, 'The one-chapter template'),
    list.map((e) => h('option', { value: e.id }, `A copy of “${titleOf(e)}”`)),
  );
  const formErr = h('div', { class: 'form-errors', role: 'alert' });
  const createBtn = h('button', { type: 'submit', disabled: true }, 'Create the exhibit');
  const checkId = () => {
    const p = idProblem(idInput.value.trim(), taken);
    // Nothing typed yet is not a mistake: say what to do only once the curator starts.
    idErr.textContent = idInput.value ? (p ?? 'Free to use.') : '';
    idErr.classList.toggle('ok', !p);
    idInput.toggleAttribute('aria-invalid', !!p && !!idInput.value);
    createBtn.disabled = !!p || !titleInput.value.trim() || !parseLanguages(langInput.value).length;
  };
  for (const i of [idInput, titleInput, langInput]) i.addEventListener('input', checkId);
  const form = h(
    'form',
    { class: 'create', 'aria-labelledby': 'create-h' },
    h('h2', { id: 'create-h' }, 'New exhibit'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: idId }, 'Id (its folder’s name)'),
      idInput,
      idErr,
    ),
    h('div', { class: 'field' }, h('label', { for: titleId }, 'Title'), titleInput),
    h(
      'div',
      { class: 'field' },
      h('label', { for: langId }, 'Languages'),
      langInput,
      h(
        'p',
        { class: 'help', id: `${langId}-help` },
        'Language codes, the default first: “en, ru, uk”.',
      ),
    ),
    h('div', { class: 'field' }, h('label', { for: fromId }, 'Start from'), fromSelect),
    formErr,
    h('p', { class: 'actions' }, createBtn),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      createBtn.disabled = true;
      const made = await api.createExhibit({
        id: idInput.value.trim(),
        title: titleInput.value.trim(),
        languages: parseLanguages(langInput.value),
        ...(fromSelect.value && { from: fromSelect.value }),
      });
      if (made.ok) return open(made.body.id);
      fill(
        formErr,
        h(
          'ul',
          {},
          made.errors.map((x) => h('li', {}, x.message)),
        ),
      );
      createBtn.disabled = false;
    })();
  });

  const duplicate = (e: ExhibitSummary) => {
    fromSelect.value = e.id;
    idInput.value = `${e.id}-copy`;
    titleInput.value = `${titleOf(e)} (copy)`;
    langInput.value = e.languages.join(', ');
    checkId();
    idInput.focus();
    idInput.select();
  };

  fill(
    root,
    h('h1', {}, 'Exhibits'),
    r.ok
      ? null
      : h(
          'div',
          { class: 'panel problem', role: 'alert' },
          r.errors.map((x) => h('p', {}, x.message)),
        ),
    h(
      'div',
      { class: 'exhibits-layout' },
      h(
        'table',
        { class: 'exhibits' },
        h('caption', { class: 'sr-only' }, 'Exhibits in this folder'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Title', 'Languages', 'Chapters', 'Problems', ''].map((t) =>
              h('th', { scope: 'col' }, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          list.map((e) =>
            h(
              'tr',
              { 'data-exhibit': e.id },
              h(
                'td',
                {},
                h(
                  'a',
                  { href: `#/exhibit/${encodeURIComponent(e.id)}`, class: 'title' },
                  titleOf(e),
                ),
                h('span', { class: 'muted id' }, e.id),
              ),
              h(
                'td',
                {},
                e.languages.map((l) => (l === e.defaultLanguage ? `${l} (default)` : l)).join(', '),
              ),
              h('td', { class: 'num' }, String(e.chapters.length)),
              h(
                'td',
                { class: e.errors.length ? 'num problem' : 'num' },
                e.errors.length ? String(e.errors.length) : 'none',
              ),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'quiet small',
                    onclick: () => duplicate(e),
                    'aria-label': `Duplicate ${titleOf(e)}`,
                  },
                  'Duplicate',
                ),
              ),
            ),
          ),
        ),
      ),
      form,
    ),
  );
}
