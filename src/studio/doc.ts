// One open content file and its autosave: edits are written ~800 ms after the curator stops
// typing, through PUT files. A file changed on disk since it was opened (409) waits for the
// curator's choice; an invalid edit (422) stays a draft with its errors, never written.
import type { ContentError } from '../content/errors.ts';
import type { Draft, FileRead, ParseProblem } from './api.ts';
import { api } from './http.ts';

export const AUTOSAVE_MS = 800;

export type DocState =
  | 'saved'
  | 'pending'
  | 'saving'
  /** Changed on disk since opened: both versions wait for the curator's choice. */
  | 'conflict'
  /** Not valid: kept as a draft, not saved to the exhibit. */
  | 'draft'
  /** The server could not be reached or refused: the edit is still here, retried on the next one. */
  | 'error'
  /** The file on disk is not JSON: shown with its parse error, not editable here. */
  | 'broken';

export class Doc {
  state: DocState = 'saved';
  /** Draft errors (422) or the server's refusal. */
  errors: ContentError[] = [];
  conflict: { disk: FileRead; mine: unknown } | null = null;
  parseError: ParseProblem | null = null;
  /** The text on disk, for a broken file. */
  text = '';
  /** A draft kept from an earlier session. */
  keptDraft: Draft | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listeners = new Set<() => void>();
  private saving: Promise<void> | null = null;

  private constructor(
    readonly path: string,
    public json: unknown,
    public hash: string | null,
  ) {}

  /** Opens `path` (null json for a missing file means a new one). */
  static async open(path: string): Promise<Doc | { errors: ContentError[] }> {
    const r = await api.read(path);
    if (!r.ok) return { errors: r.errors };
    const f = r.body;
    const doc = new Doc(path, f.json, f.hash);
    doc.text = f.text;
    if (f.parseError) {
      doc.state = 'broken';
      doc.parseError = f.parseError;
    }
    if (f.draft) {
      doc.keptDraft = f.draft;
      doc.errors = f.draft.errors;
    }
    return doc;
  }

  /** A file that is not on disk yet. */
  static fresh(path: string, json: unknown): Doc {
    const doc = new Doc(path, json, null);
    doc.state = 'pending';
    return doc;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit() {
    for (const fn of this.listeners) fn();
  }

  /** The curator changed the value: save it after a pause. */
  edit(json: unknown): void {
    if (this.state === 'broken') return;
    this.json = json;
    if (this.state !== 'conflict') this.state = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
    this.emit();
  }

  /** Writes now (the pause cut short); resolves when written or refused. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
    if (this.state === 'pending' || this.state === 'error') await this.save();
  }

  private save(): Promise<void> {
    if (this.state === 'conflict' || this.state === 'broken') return Promise.resolve();
    this.state = 'saving';
    this.emit();
    const sent = this.json;
    this.saving = (async () => {
      const r = await api.write({ path: this.path, json: sent, baseHash: this.hash });
      this.saving = null;
      if (!r.ok) {
        this.state = 'error';
        this.errors = r.errors;
      } else if (r.body.status === 'written') {
        this.hash = r.body.hash;
        this.text = r.body.text;
        this.errors = [];
        this.keptDraft = null;
        // Edited again while saving: save that too.
        this.state = this.json === sent ? 'saved' : 'pending';
        if (this.state === 'pending') this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
      } else if (r.body.status === 'conflict') {
        this.state = 'conflict';
        this.conflict = { disk: r.body.disk, mine: this.json };
      } else {
        this.state = 'draft';
        this.errors = r.body.draft.errors;
      }
      this.emit();
    })();
    return this.saving;
  }

  /** Conflict: write my version over the one on disk. */
  async keepMine(): Promise<void> {
    if (!this.conflict) return;
    this.hash = this.conflict.disk.hash;
    this.conflict = null;
    this.state = 'pending';
    await this.save();
  }

  /** Conflict (or a kept draft): drop my edit and take the file on disk. */
  async takeDisk(): Promise<void> {
    const disk = this.conflict?.disk;
    this.conflict = null;
    await api.dropDraft(this.path);
    const r = disk ? { ok: true as const, body: disk } : await api.read(this.path);
    if (r.ok) {
      this.json = r.body.json;
      this.hash = r.body.hash;
      this.text = r.body.text;
      this.parseError = r.body.parseError;
    }
    this.keptDraft = null;
    this.errors = [];
    this.state = this.parseError ? 'broken' : 'saved';
    this.emit();
  }

  /** A kept draft: carry on editing it (it is saved again, and refused again until valid). */
  resumeDraft(): void {
    if (!this.keptDraft) return;
    const json = this.keptDraft.json;
    this.keptDraft = null;
    this.edit(json);
  }
}
