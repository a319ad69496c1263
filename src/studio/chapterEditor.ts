// Screen 2: one chapter: its title and summary, the script side by side in every language, its
// cues, and the preview at the sentence being edited. Errors of the check and of a refused draft
// are put beside their fields.
import type { ContentError } from '../content/errors.ts';
import { chapterOfError, type Checker } from './checkPanel.ts';
import { cuesPanel } from './cuesPanel.ts';
import { Doc } from './doc.ts';
import { fill, h } from './dom.ts';
import { placeErrors, renderFields } from './formView.ts';
import type { PreviewHandle } from './preview/index.ts';
import { saveStatus } from './saveStatus.ts';
import { fieldsOf, matchErrorPath, setAt } from './schemaForm.ts';
import { scriptTable } from './scriptTable.ts';
import type { ChapterJson, Session } from './session.ts';

export interface EditorHooks {
  preview: PreviewHandle;
  checker: Checker;
  /** Errors shown beside a field (the check panel lists the rest). */
  placed: Set<ContentError>;
}

export async function chapterEditor(
  root: HTMLElement,
  s: Session,
  chapterId: string,
  hooks: EditorHooks,
): Promise<() => void> {
  const doc = await s.chapter(chapterId);
  if (!(doc instanceof Doc)) {
    fill(
      root,
      h(
        'div',
        { class: 'panel problem', role: 'alert' },
        doc.errors.map((e) => h('p', {}, e.message)),
      ),
    );
    return () => undefined;
  }
  let picked = 0;
  let pickedLang = s.languages[0]!;
  const pick = (n: number, lang: string) => {
    picked = n;
    pickedLang = lang;
    hooks.preview.show(chapterId, n, lang);
    root
      .querySelectorAll('tr[data-sentence]')
      .forEach((r) =>
        r.classList.toggle('picked', r.getAttribute('data-sentence') === String(n + 1)),
      );
  };
  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  const sendPreview = () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => {
      hooks.preview.setFiles({ [s.exhibit.path]: s.exhibit.json, [doc.path]: doc.json });
      hooks.preview.show(chapterId, picked, pickedLang);
    }, 300);
  };

  const place = () => {
    hooks.placed.clear();
    const fromCheck = (hooks.checker.result?.errors ?? []).filter(
      (e) => chapterOfError(e, s.json.chapters ?? []) === chapterId,
    );
    const fromDraft = doc.state === 'draft' ? doc.errors : [];
    const all = [...fromDraft, ...fromCheck];
    const rest = new Set(placeErrors(body, all, matchErrorPath));
    for (const e of all) if (!rest.has(e)) hooks.placed.add(e);
  };

  const body = h('div', { class: 'chapter-body' });
  const render = () => {
    const focused = document.activeElement?.id;
    const chapter = (doc.json ?? {}) as ChapterJson;
    const title = chapter.title?.[s.languages[0]!];
    heading.textContent = title ? `Chapter: ${title}` : `Chapter “${chapterId}”`;
    if (doc.state === 'broken') {
      fill(body);
      return;
    }
    const ctx = {
      get: () => doc.json,
      set: (path: (string | number)[], v: unknown) => doc.edit(setAt(doc.json, path, v)),
      languages: s.languages,
    };
    const head = fieldsOf(s.schemas.chapter, [], []).filter(
      (f) => f.key === 'title' || f.key === 'summary',
    );
    fill(
      body,
      h(
        'section',
        { class: 'chapter-head', 'aria-label': 'Title and summary' },
        renderFields(head, ctx),
      ),
      scriptTable(s, chapterId, doc, { onPick: pick, onStructure: render }),
      cuesPanel(s, doc, { picked: () => picked, onStructure: render }),
    );
    place();
    if (focused) document.getElementById(focused)?.focus();
    sendPreview();
  };
  const heading = h('h1', { class: 'chapter-title' });

  fill(root, heading, saveStatus(doc, render), body);
  render();
  const offDoc = doc.onChange(() => {
    sendPreview();
    if (doc.state === 'draft' || doc.state === 'saved') place();
  });
  const offCheck = hooks.checker.onResult(place);
  const offVoiced = s.onVoiced(render);
  pick(0, pickedLang);
  return () => {
    offDoc();
    offCheck();
    offVoiced();
    clearTimeout(previewTimer);
  };
}
