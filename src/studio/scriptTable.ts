// The chapter's script: one row per sentence, one column per language, the caption lint under
// each text as it is typed, missing translations marked, and the sentence's sources picked from
// the exhibit's list (a source can be added in place).
import { CAPTION_LIMITS, lintSentence, wordCount } from '../content/captionLint.ts';
import { fill, h, moveButtons, uid } from './dom.ts';
import type { Doc } from './doc.ts';
import { setAt } from './schemaForm.ts';
import type { ChapterJson, Session } from './session.ts';
import { sourceForm } from './sourceForm.ts';

type Sentence = NonNullable<ChapterJson['script']>[number];

/** The lint line under one text: its length and words, and each problem in words. */
export function lintLine(el: HTMLElement, text: string, voiced: number | undefined): void {
  const problems = lintSentence(text, voiced);
  const max = CAPTION_LIMITS.lines * CAPTION_LIMITS.lineChars;
  fill(
    el,
    h('span', { class: 'count' }, `${text.length} of ${max} characters · ${wordCount(text)} words`),
    voiced !== undefined
      ? h('span', { class: 'count' }, ` · on screen ${voiced.toFixed(1)} s as voiced`)
      : null,
    problems.map((p) => h('span', { class: `lint lint-${p.kind}` }, p.message)),
  );
  el.classList.toggle('has-problem', problems.length > 0);
}

/** Marks the row's empty texts as missing translations once any language has one. */
function markMissing(row: HTMLElement): void {
  const cells = [...row.querySelectorAll<HTMLElement>('td[data-path*=".text."]')];
  const any = cells.some((c) => c.querySelector('textarea')!.value.trim());
  for (const c of cells) {
    const missing = any && !c.querySelector('textarea')!.value.trim();
    c.classList.toggle('missing', missing);
    c.querySelector<HTMLElement>('.missing-note')!.hidden = !missing;
  }
}

export function scriptTable(
  s: Session,
  chapterId: string,
  doc: Doc,
  opts: { onPick: (sentence: number, lang: string) => void; onStructure: () => void },
): HTMLElement {
  const langs = s.languages;
  const chapter = () => (doc.json ?? {}) as ChapterJson;
  const script = () => chapter().script ?? [];
  const edit = (path: (string | number)[], v: unknown) => doc.edit(setAt(doc.json, path, v));
  const restructure = (next: Sentence[]) => {
    doc.edit({ ...chapter(), script: next });
    opts.onStructure();
  };
  const move = (i: number, by: number) => {
    const next = [...script()];
    const [x] = next.splice(i, 1);
    next.splice(i + by, 0, x!);
    restructure(next);
  };

  const table = h(
    'table',
    { class: 'script' },
    h('caption', {}, 'Script: what the voice reads and the captions show'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col', class: 'n' }, 'Sentence'),
        langs.map((l, i) => h('th', { scope: 'col', lang: l }, i === 0 ? `${l} (default)` : l)),
        h('th', { scope: 'col', class: 'sources' }, 'Sources'),
      ),
    ),
  );
  const body = h('tbody');
  table.append(body);
  const sources = s.json.sources ?? [];

  script().forEach((sentence, i) => {
    const texts = sentence.text ?? {};
    const anyText = Object.values(texts).some(Boolean);
    const row = h('tr', { 'data-path': `script[${i}]`, 'data-sentence': i + 1 });
    const n = script().length;
    row.append(
      h(
        'th',
        { scope: 'row', class: 'n' },
        h('span', { class: 'num' }, String(i + 1)),
        h(
          'span',
          { class: 'row-actions' },
          ...moveButtons(i, n, `sentence ${i + 1}`, move),
          h(
            'button',
            {
              type: 'button',
              class: 'icon',
              disabled: n === 1,
              'aria-label': `Remove sentence ${i + 1}`,
              onclick: () => restructure(script().filter((_, j) => j !== i)),
            },
            '×',
          ),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'quiet small',
            onclick: () => opts.onPick(i, langs[0]!),
            'data-action': 'preview-sentence',
          },
          'Preview',
        ),
        h('p', { class: 'field-error', role: 'status' }),
      ),
    );
    for (const lang of langs) {
      const id = uid('s');
      const text = texts[lang] ?? '';
      const missing = !text && anyText;
      const lint = h('p', { class: 'lint-line', id: `${id}-lint`, 'aria-live': 'polite' });
      const area = h('textarea', {
        id,
        lang,
        rows: 3,
        class: 'serif',
        'aria-describedby': `${id}-lint ${id}-err`,
        oninput: () => {
          edit(['script', i, 'text', lang], area.value);
          lintLine(lint, area.value, s.voicedSeconds(chapterId, lang, i, area.value));
          markMissing(row);
        },
        onfocus: () => opts.onPick(i, lang),
      });
      area.value = text;
      lintLine(lint, text, s.voicedSeconds(chapterId, lang, i, text));
      const cell = h(
        'td',
        { class: missing ? 'missing' : '', 'data-path': `script[${i}].text.${lang}` },
        h('label', { for: id, class: 'sr-only' }, `Sentence ${i + 1} in ${lang}`),
        area,
        h('p', { class: 'missing-note', hidden: !missing }, 'Missing translation'),
        lint,
        h('p', { class: 'field-error', id: `${id}-err`, role: 'status' }),
      );
      row.append(cell);
    }
    const picked = new Set(sentence.sources ?? []);
    const srcCell = h('td', { class: 'sources', 'data-path': `script[${i}].sources` });
    const addSlot = h('div');
    fill(
      srcCell,
      h(
        'fieldset',
        {},
        h('legend', { class: 'sr-only' }, `Sources of sentence ${i + 1}`),
        sources.length ? null : h('p', { class: 'muted' }, 'The exhibit lists no sources yet.'),
        sources.map((src) =>
          h(
            'label',
            { class: 'check', title: `${src.author ?? ''}, ${src.title ?? ''}` },
            h('input', {
              type: 'checkbox',
              value: src.id,
              checked: picked.has(src.id),
              onchange: (e) => {
                const on = (e.target as HTMLInputElement).checked;
                const now = new Set(script()[i]?.sources ?? []);
                if (on) now.add(src.id);
                else now.delete(src.id);
                edit(
                  ['script', i, 'sources'],
                  sources.map((x) => x.id).filter((x) => now.has(x)),
                );
              },
            }),
            ` ${src.id}`,
          ),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'quiet small',
          onclick: () =>
            fill(
              addSlot,
              sourceForm(s, (id) => {
                const now = [...(script()[i]?.sources ?? []), id];
                edit(['script', i, 'sources'], now);
                opts.onStructure();
              }),
            ),
        },
        'Add a source',
      ),
      addSlot,
      h('p', { class: 'field-error', role: 'status' }),
    );
    row.append(srcCell);
    body.append(row);
  });

  return h(
    'section',
    { class: 'script-section', 'aria-label': 'Script' },
    table,
    h(
      'p',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'quiet',
          'data-action': 'add-sentence',
          onclick: () =>
            restructure([
              ...script(),
              { text: { [langs[0]!]: '' }, sources: script().at(-1)?.sources ?? [] },
            ]),
        },
        'Add a sentence',
      ),
    ),
  );
}
