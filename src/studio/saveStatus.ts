// What happened to the curator's edits to one file, in words: saved, a conflict with the file on
// disk (both shown, the curator chooses), a draft not saved to the exhibit, or a broken file.
import type { Doc } from './doc.ts';
import { fill, h } from './dom.ts';

const show = (v: unknown) => JSON.stringify(v, null, 2);

/** An element that follows `doc`'s state; `onReload` is called after the curator takes the disk's version. */
export function saveStatus(doc: Doc, onReload: () => void): HTMLElement {
  const el = h('section', { class: 'save-status', 'aria-live': 'polite' });
  const render = () => {
    el.dataset.state = doc.state;
    switch (doc.state) {
      case 'saved':
        return fill(el, h('p', { class: 'status-line' }, 'Saved'));
      case 'pending':
      case 'saving':
        return fill(el, h('p', { class: 'status-line' }, 'Saving…'));
      case 'error':
        return fill(
          el,
          h(
            'p',
            { class: 'status-line problem' },
            'Not saved yet: ',
            doc.errors.map((e) => e.message).join('; '),
          ),
        );
      case 'draft':
        return fill(
          el,
          h(
            'div',
            { class: 'panel draft', role: 'alert' },
            h('h3', {}, 'Not saved to the exhibit'),
            h('p', {}, 'This edit is kept as a draft until these are put right:'),
            h(
              'ul',
              {},
              doc.errors.map((e) => h('li', {}, e.path ? `${e.path}: ${e.message}` : e.message)),
            ),
          ),
        );
      case 'conflict': {
        const c = doc.conflict!;
        return fill(
          el,
          h(
            'div',
            { class: 'panel conflict', role: 'alert' },
            h('h3', {}, 'This file changed on disk since you opened it'),
            h('p', {}, 'Nothing was written. Compare the two versions and choose one.'),
            h(
              'div',
              { class: 'versions' },
              h(
                'figure',
                {},
                h('figcaption', {}, 'On disk now'),
                h('pre', { class: 'disk' }, c.disk.text),
              ),
              h(
                'figure',
                {},
                h('figcaption', {}, 'Yours'),
                h('pre', { class: 'mine' }, show(c.mine)),
              ),
            ),
            h(
              'p',
              { class: 'actions' },
              h('button', { type: 'button', onclick: () => void doc.keepMine() }, 'Keep mine'),
              h(
                'button',
                {
                  type: 'button',
                  class: 'quiet',
                  onclick: () => void doc.takeDisk().then(onReload),
                },
                'Take the file on disk',
              ),
            ),
          ),
        );
      }
      case 'broken': {
        const p = doc.parseError!;
        const lines = doc.text.split('\n');
        const from = Math.max(0, p.line - 3);
        return fill(
          el,
          h(
            'div',
            { class: 'panel broken', role: 'alert' },
            h('h3', {}, `${doc.path} is not valid JSON`),
            h('p', {}, `Line ${p.line}, column ${p.column}: ${p.message}`),
            h(
              'pre',
              { class: 'excerpt' },
              lines
                .slice(from, p.line + 2)
                .map((l, i) =>
                  h(
                    'span',
                    { class: from + i + 1 === p.line ? 'bad-line' : '' },
                    `${String(from + i + 1).padStart(4)}  ${l}\n`,
                  ),
                ),
            ),
            h(
              'p',
              {},
              'Put it right in a text editor, then reload this page. The studio will not overwrite it.',
            ),
          ),
        );
      }
    }
  };
  const renderAll = () => {
    render();
    if (doc.keptDraft && doc.state !== 'draft')
      el.append(
        h(
          'div',
          { class: 'panel draft', role: 'alert' },
          h('h3', {}, 'A draft of this file was not saved to the exhibit'),
          h(
            'ul',
            {},
            doc.keptDraft.errors.map((e) =>
              h('li', {}, e.path ? `${e.path}: ${e.message}` : e.message),
            ),
          ),
          h(
            'p',
            { class: 'actions' },
            h(
              'button',
              { type: 'button', onclick: () => (doc.resumeDraft(), onReload()) },
              'Go on with the draft',
            ),
            h(
              'button',
              { type: 'button', class: 'quiet', onclick: () => void doc.takeDisk().then(onReload) },
              'Take the file on disk',
            ),
          ),
        ),
      );
  };
  doc.onChange(renderAll);
  renderAll();
  return el;
}
