// One exhibit: its chapters (add, reorder, open), its languages and default, the chapter being
// edited, the preview, and Check and publish.
import type { ContentError } from '../content/errors.ts';
import { chapterEditor } from './chapterEditor.ts';
import { Checker, checkPanel } from './checkPanel.ts';
import { Doc } from './doc.ts';
import { fill, h, moveButtons, uid } from './dom.ts';
import { idProblem } from './exhibitsScreen.ts';
import { mountPreview } from './preview/index.ts';
import { saveStatus } from './saveStatus.ts';
import { Session, type ChapterJson } from './session.ts';

/** Opens exhibit `id` at `chapter` (or its first), with `focusPath` focused once drawn. */
export async function exhibitScreen(
  root: HTMLElement,
  id: string,
  chapter: string | undefined,
  go: (chapter: string | undefined) => void,
): Promise<(chapter: string | undefined, focusPath?: string) => Promise<void>> {
  const opened = await Session.open(id);
  if (!(opened instanceof Session)) {
    fill(
      root,
      h('p', {}, h('a', { href: '#/' }, '← Exhibits')),
      h(
        'div',
        { class: 'panel problem', role: 'alert' },
        opened.errors.map((e) => h('p', {}, e.message)),
      ),
    );
    return async () => undefined;
  }
  const s = opened;
  const checker = new Checker(s);
  const placed = new Set<ContentError>();
  let current: string | undefined;
  let closeEditor: () => void = () => undefined;

  const side = h('nav', { class: 'side', 'aria-label': 'Chapters and settings' });
  const main = h('main', { class: 'editor', id: 'main' });
  const previewEl = h('div', { class: 'preview-frame', 'data-orientation': 'landscape' });
  const aside = h('aside', { class: 'right', 'aria-label': 'Preview, check and publish' });
  // The kiosk itself in an iframe (src/studio/preview/): it loads once the layout is on the page.
  const preview = mountPreview(previewEl, { exhibit: s.id });

  const chapters = () => s.json.chapters ?? [];
  const titleOf = async (c: string) => {
    const d = await s.chapter(c);
    return d instanceof Doc ? ((d.json as ChapterJson | null)?.title?.[s.languages[0]!] ?? c) : c;
  };

  const drawSide = async () => {
    const list = chapters();
    const titles = await Promise.all(list.map(titleOf));
    const move = (i: number, by: number) => {
      const next = [...list];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      s.exhibit.edit({ ...s.json, chapters: next });
      void drawSide().then(() =>
        side
          .querySelector<HTMLElement>(`[data-chapter="${next[i + by]}"] button[data-dir="${by}"]`)
          ?.focus(),
      );
    };
    const addId = uid();
    const addTitle = uid();
    const addErr = h('p', { class: 'field-error', role: 'status' });
    const addForm = h(
      'form',
      { class: 'add-chapter', 'aria-label': 'Add a chapter' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: addId }, 'New chapter id'),
        h('input', { id: addId, name: 'id', type: 'text', autocomplete: 'off' }),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: addTitle }, 'Its title'),
        h('input', { id: addTitle, name: 'title', type: 'text' }),
      ),
      addErr,
      h(
        'p',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'small' }, 'Add a chapter'),
      ),
    );
    addForm.addEventListener('submit', (e) => {
      e.preventDefault();
      const v = (k: string) => (addForm.elements.namedItem(k) as HTMLInputElement).value.trim();
      const problem = idProblem(v('id'), chapters());
      if (problem || !v('title')) {
        addErr.textContent = (problem ?? 'Give the chapter a title.').replace('exhibit', 'chapter');
        return;
      }
      const doc = Doc.fresh(s.chapterPath(v('id')), s.newChapter(v('id'), v('title')));
      s.chapters.set(v('id'), doc);
      void doc.flush().then(() => {
        s.exhibit.edit({ ...s.json, chapters: [...chapters(), v('id')] });
        go(v('id'));
      });
    });

    const langs = s.json.languages ?? [];
    const langInput = uid();
    const defId = uid();
    const setLangs = (next: string[]) => {
      const def = next.includes(s.json.defaultLanguage ?? '') ? s.json.defaultLanguage : next[0];
      s.exhibit.edit({ ...s.json, languages: next, defaultLanguage: def });
      void drawSide();
    };

    fill(
      side,
      h('p', {}, h('a', { href: '#/' }, '← Exhibits')),
      h('h2', { class: 'exhibit-name' }, s.json.title?.[s.languages[0]!] ?? s.id),
      h('h3', {}, 'Chapters'),
      h(
        'ol',
        { class: 'chapter-list' },
        list.map((c, i) =>
          h(
            'li',
            { 'data-chapter': c, class: c === current ? 'current' : '' },
            h(
              'a',
              {
                href: `#/exhibit/${encodeURIComponent(s.id)}/${encodeURIComponent(c)}`,
                'aria-current': c === current ? 'page' : undefined,
              },
              titles[i]!,
            ),
            h(
              'span',
              { class: 'row-actions' },
              ...moveButtons(i, list.length, `“${titles[i]}”`, move),
            ),
          ),
        ),
      ),
      addForm,
      h(
        'section',
        { class: 'languages', 'aria-labelledby': 'langs-h' },
        h('h3', { id: 'langs-h' }, 'Languages'),
        h(
          'ul',
          { class: 'plain' },
          langs.map((l) =>
            h(
              'li',
              {},
              h('span', { lang: l }, l),
              h(
                'button',
                {
                  type: 'button',
                  class: 'quiet small',
                  disabled: langs.length === 1,
                  'aria-label': `Remove language ${l}`,
                  onclick: () => setLangs(langs.filter((x) => x !== l)),
                },
                'Remove',
              ),
            ),
          ),
        ),
        h(
          'div',
          { class: 'field inline' },
          h('label', { for: langInput }, 'Add a language (code)'),
          h('input', { id: langInput, type: 'text', size: 4, maxlength: 3, pattern: '[a-z]{2,3}' }),
          h(
            'button',
            {
              type: 'button',
              class: 'small',
              onclick: () => {
                const code = (document.getElementById(langInput) as HTMLInputElement).value
                  .trim()
                  .toLowerCase();
                if (/^[a-z]{2,3}$/.test(code) && !langs.includes(code)) setLangs([...langs, code]);
              },
            },
            'Add',
          ),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: defId }, 'Default language'),
          h(
            'select',
            {
              id: defId,
              onchange: (e) => {
                s.exhibit.edit({
                  ...s.json,
                  defaultLanguage: (e.target as HTMLSelectElement).value,
                });
                void drawSide();
              },
            },
            langs.map((l) => h('option', { value: l, selected: l === s.json.defaultLanguage }, l)),
          ),
        ),
        saveStatus(s.exhibit, () => void drawSide()),
      ),
    );
  };

  const open = async (c: string | undefined, focusPath?: string) => {
    closeEditor();
    current = c ?? chapters()[0];
    await drawSide();
    if (!current) {
      fill(main, h('p', {}, 'This exhibit has no chapters yet: add one on the left.'));
      return;
    }
    closeEditor = await chapterEditor(main, s, current, { preview, checker, placed });
    if (focusPath) {
      const el = main.querySelector<HTMLElement>(
        `[data-path="${CSS.escape(focusPath.replace(/\(type = [^)]*\)/g, ''))}"]`,
      );
      el?.querySelector<HTMLElement>('input, textarea, select')?.focus();
      el?.scrollIntoView({ block: 'center' });
    }
  };

  const orientation = (o: 'landscape' | 'portrait') => {
    previewEl.dataset.orientation = o;
    preview.setOrientation(o);
  };
  // The side column's preview is small; "Larger" lays it over the editor to read the stage's type.
  const larger = h(
    'button',
    { type: 'button', class: 'quiet small', 'aria-pressed': 'false' },
    'Larger',
  );
  const enlarge = (on: boolean) => {
    previewSection.classList.toggle('enlarged', on);
    larger.setAttribute('aria-pressed', String(on));
    larger.textContent = on ? 'Smaller' : 'Larger';
  };
  larger.onclick = () => enlarge(!previewSection.classList.contains('enlarged'));
  const previewSection = h(
    'section',
    {
      class: 'preview',
      'aria-labelledby': 'preview-h',
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key === 'Escape') enlarge(false);
      },
    },
    h('h2', { id: 'preview-h' }, 'Preview'),
    previewEl,
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'quiet small', onclick: () => orientation('landscape') },
        'Landscape',
      ),
      h(
        'button',
        { type: 'button', class: 'quiet small', onclick: () => orientation('portrait') },
        'Portrait',
      ),
      h(
        'button',
        { type: 'button', class: 'small', onclick: () => preview.play() },
        'Play from here',
      ),
      larger,
    ),
  );
  fill(
    aside,
    previewSection,
    checkPanel(checker, {
      chapter: () => current,
      placed: (e) => placed.has(e),
      goTo: (c, path) => {
        // The address follows without a hashchange (which would open the chapter a second time).
        history.pushState(
          null,
          '',
          `#/exhibit/${encodeURIComponent(s.id)}${c ? `/${encodeURIComponent(c)}` : ''}`,
        );
        void open(c, path);
      },
    }),
  );
  fill(root, h('div', { class: 'exhibit-layout' }, side, main, aside));
  await open(chapter);
  return open;
}
