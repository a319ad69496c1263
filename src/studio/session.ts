// The exhibit being edited: its exhibit.json, its chapters' files, the schemas and the voiced
// timings, opened once and shared by the screens.
import type { ExhibitSummary } from './api.ts';
import { captionSeconds } from '../content/captionLint.ts';
import type { ContentError } from '../content/errors.ts';
import { Doc } from './doc.ts';
import { api, type Schemas } from './http.ts';

/** exhibit.json as far as the studio reads it. */
export interface ExhibitJson {
  id?: string;
  title?: Record<string, string>;
  languages?: string[];
  defaultLanguage?: string;
  chapters?: string[];
  sources?: { id: string; author?: string; title?: string; year?: number; publisher?: string }[];
  [k: string]: unknown;
}

/** A chapter file as far as the studio reads it. */
export interface ChapterJson {
  id?: string;
  title?: Record<string, string>;
  summary?: Record<string, string>;
  narration?: Record<string, unknown>;
  cues?: Record<string, unknown>[];
  script?: { text: Record<string, string>; sources: string[]; [k: string]: unknown }[];
  [k: string]: unknown;
}

/** The voiced timings in media/<id>/manifest.json: seconds each sentence is spoken, by chapter and language. */
export type Voiced = Record<
  string,
  Record<string, { speech?: [number, number][]; duration?: number }>
>;

export class Session {
  readonly chapters = new Map<string, Doc>();
  private constructor(
    readonly summary: ExhibitSummary,
    readonly exhibit: Doc,
    readonly schemas: Schemas,
    readonly voiced: Voiced,
  ) {}

  get id() {
    return this.summary.id;
  }
  get dir() {
    return `exhibits/${this.summary.folder}`;
  }
  get json(): ExhibitJson {
    return (this.exhibit.json ?? {}) as ExhibitJson;
  }
  /** The exhibit's languages, the default first. */
  get languages(): string[] {
    const l = this.json.languages ?? this.summary.languages;
    const d = this.json.defaultLanguage;
    return d && l.includes(d) ? [d, ...l.filter((x) => x !== d)] : l;
  }
  chapterPath(id: string) {
    return `${this.dir}/chapters/${id}.json`;
  }

  private readonly voicedListeners = new Set<() => void>();

  /** Hears new voiced timings (after a voice job). */
  onVoiced(fn: () => void): () => void {
    this.voicedListeners.add(fn);
    return () => this.voicedListeners.delete(fn);
  }

  /** Reads the voiced timings again: the texts on screen now are the ones just voiced. */
  async refreshVoiced(): Promise<void> {
    const manifest = await api.read(`media/${this.id}/manifest.json`);
    const chapters =
      manifest.ok && manifest.body.json && typeof manifest.body.json === 'object'
        ? ((manifest.body.json as { chapters?: Voiced }).chapters ?? {})
        : {};
    for (const k of Object.keys(this.voiced)) delete this.voiced[k];
    Object.assign(this.voiced, chapters);
    for (const [id, doc] of this.chapters)
      this.openedScript.set(id, (doc.json as ChapterJson | null)?.script);
    for (const fn of this.voicedListeners) fn();
  }

  static async open(id: string): Promise<Session | { errors: ContentError[] }> {
    const [list, schemas] = await Promise.all([api.exhibits(), api.schemas()]);
    if (!list.ok) return { errors: list.errors };
    if (!schemas.ok) return { errors: schemas.errors };
    const summary = list.body.find((e) => e.id === id);
    if (!summary)
      return {
        errors: [{ file: `exhibits/${id}`, path: '', message: `there is no exhibit "${id}"` }],
      };
    const exhibit = await Doc.open(`exhibits/${summary.folder}/exhibit.json`);
    if (!(exhibit instanceof Doc)) return exhibit;
    const manifest = await api.read(`media/${id}/manifest.json`);
    const voiced =
      manifest.ok && manifest.body.json && typeof manifest.body.json === 'object'
        ? ((manifest.body.json as { chapters?: Voiced }).chapters ?? {})
        : {};
    return new Session(summary, exhibit, schemas.body, voiced);
  }

  /** Each chapter's sentences as opened: the voiced timings belong to these texts. */
  private readonly openedScript = new Map<string, ChapterJson['script']>();

  /** The chapter's file, opened once. */
  async chapter(id: string): Promise<Doc | { errors: ContentError[] }> {
    const open = this.chapters.get(id);
    if (open) return open;
    const doc = await Doc.open(this.chapterPath(id));
    if (doc instanceof Doc) {
      this.chapters.set(id, doc);
      this.openedScript.set(id, (doc.json as ChapterJson | null)?.script);
    }
    return doc;
  }

  /**
   * Seconds sentence `n`'s caption is shown in `lang` once voiced: only while its text is the one
   * the voice read (as the file was opened); an edited sentence waits for its new voice.
   */
  voicedSeconds(chapter: string, lang: string, n: number, text: string): number | undefined {
    if (this.openedScript.get(chapter)?.[n]?.text?.[lang] !== text) return undefined;
    const t = this.voiced[chapter]?.[lang];
    return t?.speech ? captionSeconds(t.speech, n, t.duration) : undefined;
  }

  /** A new chapter's file: narration in every language, a title card, one sentence. */
  newChapter(id: string, title: string): ChapterJson {
    const langs = this.languages;
    const first = langs[0] ?? 'en';
    return {
      // One folder deeper than exhibit.json's own $schema.
      $schema:
        typeof this.json.$schema === 'string'
          ? `../${this.json.$schema.replace(/exhibit\.schema\.json$/, 'chapter.schema.json')}`
          : '../../../docs/chapter.schema.json',
      id,
      title: { [first]: title },
      summary: { [first]: title },
      narration: Object.fromEntries(
        langs.map((l) => [
          l,
          {
            audio: [`narration/${id}.${l}.opus`, `narration/${id}.${l}.mp3`],
            captions: `narration/${id}.${l}.vtt`,
          },
        ]),
      ),
      cues: [{ type: 'title', sentence: 1, heading: { [first]: title } }],
      script: [
        { text: { [first]: '' }, sources: this.json.sources?.[0] ? [this.json.sources[0].id] : [] },
      ],
    };
  }
}
