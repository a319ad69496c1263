// Screen 3: the chapter's cues, each placed on a sentence, their fields made from the cue type's
// JSON Schema (GET schemas `cues[type]`): no code per cue type. A cue is written to the chapter
// only when every field its schema requires is filled (for a picture, its rights).
import { fill, h, moveButtons, uid } from './dom.ts';
import type { Doc } from './doc.ts';
import { placeErrors, renderFields, type FormContext } from './formView.ts';
import { api } from './http.ts';
import {
  fieldsOf,
  getAt,
  matchErrorPath,
  missingRequired,
  pathString,
  setAt,
  type Field,
  type JSONSchema,
  type Path,
} from './schemaForm.ts';
import type { ChapterJson, Session } from './session.ts';

type Cue = Record<string, unknown>;

/** A picture field: a string whose pattern wants a file under images/. */
const isPictureField = (f: Field) =>
  f.kind === 'text' && (f.key === 'image' || /images\\\//.test(f.pattern ?? ''));

const base64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });

/** "Import a picture": the file is copied into the exhibit's media and the field set to it. */
function importButton(s: Session, f: Field, set: (v: string) => void): HTMLElement {
  const id = uid();
  const status = h('p', { class: 'help', role: 'status' });
  const input = h('input', {
    id,
    type: 'file',
    accept: 'image/jpeg,image/png,image/webp,image/svg+xml',
    class: 'file',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    void (async () => {
      status.textContent = `Importing ${file.name}…`;
      const r = await api.importImage({
        exhibit: s.id,
        name: file.name,
        base64: await base64(file),
      });
      if (!r.ok) {
        status.textContent = r.errors.map((e) => e.message).join('; ');
        return;
      }
      set(r.body.path);
      status.textContent = `Imported as ${r.body.path}. Fill in its rights below before the cue is saved.`;
    })();
  });
  return h(
    'div',
    { class: 'import' },
    h('label', { for: id }, `Import a picture for “${f.label}”`),
    input,
    status,
  );
}

/** One cue's card: its form bound to a working copy that is written when complete. */
function cueCard(
  s: Session,
  schema: JSONSchema,
  cue: Cue,
  index: number,
  opts: {
    sentences: string[];
    write: (cue: Cue) => void;
    actions: HTMLElement[];
    heading: string;
    open: boolean;
  },
): HTMLElement {
  let working: Cue = cue;
  const base: Path = ['cues', index];
  const problems = h('div', { class: 'cue-problems', role: 'status' });
  const root = () => {
    const cues: unknown[] = [];
    cues[index] = working;
    return { cues };
  };
  const form = h('div', { class: 'cue-form' });
  const check = () => {
    const missing = missingRequired(schema, working, base);
    const rest = placeErrors(form, missing, matchErrorPath, 'required');
    fill(
      problems,
      missing.length
        ? h(
            'p',
            { class: 'problem' },
            `Not saved yet: ${missing.map((m) => m.message.toLowerCase()).join(', ')}.`,
          )
        : null,
      rest.length
        ? h(
            'ul',
            {},
            rest.map((m) => h('li', {}, m.message)),
          )
        : null,
    );
    return missing.length === 0;
  };
  const ctx: FormContext = {
    get: root,
    set: (path, v) => {
      let next = getAt(setAt(root(), path, v), base) as Cue;
      // A cue starts at a sentence or at a time, not both.
      if (path.at(-1) === 'sentence' && v !== undefined) next = { ...next, at: undefined };
      if (path.at(-1) === 'at' && v !== undefined) next = { ...next, sentence: undefined };
      working = JSON.parse(JSON.stringify(next)) as Cue;
      if (check()) opts.write(working);
    },
    languages: s.languages,
    sentences: opts.sentences,
    extra: (f) =>
      isPictureField(f)
        ? importButton(s, f, (v) => {
            ctx.set(f.path, v);
            const input = form.querySelector<HTMLInputElement>(
              `[data-path="${CSS.escape(pathString(f.path))}"] input[type=text]`,
            );
            if (input) input.value = v;
          })
        : null,
  };
  form.append(...renderFields(fieldsOf(schema, base), ctx));
  const card = h(
    'details',
    { class: 'cue', 'data-cue': index, open: opts.open },
    h('summary', {}, h('span', { class: 'cue-type' }, opts.heading)),
    h('div', { class: 'cue-actions' }, opts.actions),
    problems,
    form,
  );
  queueMicrotask(check);
  return card;
}

export function cuesPanel(
  s: Session,
  doc: Doc,
  opts: { picked: () => number; onStructure: () => void },
): HTMLElement {
  const chapter = () => (doc.json ?? {}) as ChapterJson;
  const cues = () => chapter().cues ?? [];
  const sentences = (chapter().script ?? []).map((x) => x.text?.[s.languages[0]!] ?? '');
  const types = Object.keys(s.schemas.cues);
  const setCues = (next: Cue[]) => doc.edit({ ...chapter(), cues: next });
  const restructure = (next: Cue[]) => {
    setCues(next);
    opts.onStructure();
  };
  const where = (c: Cue) =>
    typeof c.sentence === 'number'
      ? `sentence ${c.sentence}`
      : typeof c.at === 'number'
        ? `${c.at} s`
        : 'not placed';

  const list = h('ol', { class: 'cues' });
  cues().forEach((c, i) => {
    const type = String(c.type);
    const schema = s.schemas.cues[type];
    const n = cues().length;
    const actions = [
      ...moveButtons(i, n, `cue ${i + 1}`, (i, by) => {
        const next = [...cues()];
        [next[i + by], next[i]] = [next[i]!, next[i + by]!];
        restructure(next);
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'quiet small',
          disabled: n === 1,
          onclick: () => restructure(cues().filter((_, j) => j !== i)),
        },
        'Remove',
      ),
    ];
    list.append(
      h(
        'li',
        {},
        schema
          ? cueCard(s, schema, c, i, {
              sentences,
              write: (cue) => setCues(cues().map((x, j) => (j === i ? cue : x))),
              actions,
              heading: `${i + 1}. ${schema.description ?? type} — ${where(c)}`,
              open: false,
            })
          : h(
              'p',
              { class: 'problem' },
              `Cue ${i + 1}: the studio does not know the cue type “${type}”.`,
            ),
      ),
    );
  });

  const typeId = uid();
  const typeSelect = h(
    'select',
    { id: typeId },
    types.map((t) => h('option', { value: t }, s.schemas.cues[t]!.description ?? t)),
  );
  const newSlot = h('div', { class: 'new-cue' });
  const add = () => {
    const type = typeSelect.value;
    const schema = s.schemas.cues[type]!;
    const index = cues().length;
    const cue: Cue = { type, sentence: opts.picked() + 1 };
    let placed = false;
    const done = h(
      'button',
      {
        type: 'button',
        class: 'quiet small',
        onclick: () => (placed ? opts.onStructure() : fill(newSlot)),
      },
      'Cancel',
    );
    fill(
      newSlot,
      cueCard(s, schema, cue, index, {
        sentences,
        write: (c) => {
          // Written once complete; later edits replace it in place.
          const now = cues();
          setCues(placed ? now.map((x, j) => (j === index ? c : x)) : [...now, c]);
          placed = true;
          done.textContent = 'Done';
        },
        actions: [done],
        heading: `New ${schema.description ?? type}`,
        open: true,
      }),
    );
    newSlot.querySelector<HTMLElement>('input, select, textarea')?.focus();
  };

  return h(
    'section',
    { class: 'cues-section', 'aria-labelledby': 'cues-h' },
    h('h2', { id: 'cues-h' }, 'Cues'),
    h('p', { class: 'help' }, 'What the screen shows. Each starts with a sentence of the script.'),
    list,
    h(
      'p',
      { class: 'actions add-cue' },
      h('label', { for: typeId }, 'New cue'),
      typeSelect,
      h(
        'button',
        { type: 'button', class: 'quiet', onclick: add, 'data-action': 'add-cue' },
        'Add the cue',
      ),
    ),
    newSlot,
  );
}
