// A stand-in for the studio's server (scripts/studio/, B's) behind page.route(): content files in
// memory, validated with the real content schema (so a 422 draft carries the checker's own
// messages and paths), conflicts when a file changed "on disk", and jobs that move in steps. The
// screens spec uses it to reach states a real disk makes hard to stage (a conflict, a broken
// file); the curator flow runs against the real server.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from '@playwright/test';
import { z } from 'zod';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { CUES } from '../../src/cues/registry.ts';
import { fromSchemaIssues, type ContentError } from '../../src/content/errors.ts';
import type {
  CheckResult,
  Draft,
  ExhibitSummary,
  FileRead,
  FileWrite,
  Job,
  JobRequest,
} from '../../src/studio/api.ts';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' });

export class FakeStudio {
  readonly files = new Map<string, string>();
  readonly drafts = new Map<string, Draft>();
  readonly jobs = new Map<string, Job>();
  /** What a voice job does: finish, or fail as the server says a missing tool. */
  voice: 'works' | 'missing-tool' = 'works';
  writes: FileWrite[] = [];

  /** Loads exhibit `id` and its media manifest from the repository's test fixtures. */
  constructor(ids: string[] = ['gallery']) {
    for (const id of ids) {
      const dir = join('tests/fixtures/exhibits', id);
      this.files.set(
        `exhibits/${id}/exhibit.json`,
        readFileSync(join(dir, 'exhibit.json'), 'utf8'),
      );
      for (const f of readdirSync(join(dir, 'chapters')))
        this.files.set(
          `exhibits/${id}/chapters/${f}`,
          readFileSync(join(dir, 'chapters', f), 'utf8'),
        );
      this.files.set(
        `media/${id}/manifest.json`,
        readFileSync(join('tests/fixtures/media', id, 'manifest.json'), 'utf8'),
      );
    }
  }

  /** Someone else changes a file on disk. */
  touch(path: string, text: string) {
    this.files.set(path, text);
  }

  private validate(path: string, value: unknown): ContentError[] {
    const schema = path.endsWith('/exhibit.json')
      ? exhibitFile
      : /\/chapters\//.test(path)
        ? chapterFile
        : null;
    if (!schema) return [];
    const r = schema.safeParse(value);
    return r.success ? [] : fromSchemaIssues(path, value, r.error.issues);
  }

  read(path: string): FileRead | null {
    const text = this.files.get(path);
    if (text === undefined) return null;
    let parsed: unknown = null;
    let parseError: FileRead['parseError'] = null;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      const m = /position (\d+)/.exec((e as Error).message);
      const at = m ? Number(m[1]) : 0;
      const before = text.slice(0, at).split('\n');
      parseError = {
        message: (e as Error).message.replace(/ in JSON at position.*$/, ''),
        line: before.length,
        column: before.at(-1)!.length + 1,
      };
    }
    return {
      path,
      text,
      json: parsed,
      parseError,
      hash: sha(text),
      draft: this.drafts.get(path) ?? null,
    };
  }

  summaries(): ExhibitSummary[] {
    return [...this.files.keys()]
      .filter((p) => /^exhibits\/[^/]+\/exhibit\.json$/.test(p))
      .map((p) => {
        const folder = p.split('/')[1]!;
        const f = this.read(p)!;
        const e = (f.json ?? {}) as Record<string, unknown>;
        return {
          id: String(e.id ?? folder),
          folder,
          title: (e.title as Record<string, string>) ?? null,
          languages: (e.languages as string[]) ?? [],
          defaultLanguage: (e.defaultLanguage as string) ?? null,
          chapters: (e.chapters as string[]) ?? [],
          errors: f.parseError ? [{ file: p, path: '', message: f.parseError.message }] : [],
        };
      });
  }

  check(id: string): CheckResult {
    const errors: ContentError[] = [];
    const ex = this.read(`exhibits/${id}/exhibit.json`);
    const exJson = (ex?.json ?? {}) as {
      chapters?: string[];
      languages?: string[];
      sources?: { id: string }[];
    };
    errors.push(...this.validate(`exhibits/${id}/exhibit.json`, ex?.json));
    for (const c of exJson.chapters ?? []) {
      const path = `exhibits/${id}/chapters/${c}.json`;
      const f = this.read(path);
      if (!f) {
        errors.push({ file: path, path: '', message: 'the chapter file is missing' });
        continue;
      }
      errors.push(...this.validate(path, f.json));
      const ch = (f.json ?? {}) as { script?: { text: Record<string, string> }[] };
      ch.script?.forEach((s, i) => {
        for (const lang of exJson.languages ?? [])
          if (!s.text?.[lang])
            errors.push({
              file: path,
              path: `script[${i}].text.${lang}`,
              message: `expected the sentence in "${lang}": it is missing`,
            });
      });
    }
    return { exhibit: id, ok: !errors.length, errors, warnings: [], stale: [] };
  }

  startJob(req: JobRequest): Job {
    const id = `job-${this.jobs.size + 1}`;
    const job: Job = {
      id,
      kind: req.kind,
      exhibit: req.exhibit,
      state: 'running',
      progress: 0,
      step: 'Starting',
      log: [],
      error: null,
    };
    this.jobs.set(id, job);
    return job;
  }

  /** Each poll moves a job one step on. */
  poll(id: string): Job | undefined {
    const job = this.jobs.get(id);
    if (!job || job.state !== 'running') return job;
    job.progress = Math.min(1, job.progress + 0.5);
    if (job.kind === 'voice' && this.voice === 'missing-tool') {
      job.state = 'failed';
      job.step = 'Voicing stopped';
      job.error =
        'The voice tool "sox" is not installed. It is in the Debian package "sox": sudo apt install sox';
      return job;
    }
    job.step =
      job.kind === 'voice' ? `Voicing sentence ${job.progress * 2} of 2` : 'Building the kiosk';
    if (job.progress >= 1) {
      job.state = 'done';
      if (job.kind === 'publish') job.output = 'dist/';
    }
    return job;
  }

  async handle(route: Route): Promise<void> {
    const req = route.request();
    const url = new URL(req.url());
    const name = url.pathname.replace(/^.*\/__studio\/api\//, '');
    const body = () => req.postDataJSON() as unknown;
    const send = (status: number, value: unknown) =>
      route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(value) });
    const method = req.method();
    if (name === 'schemas')
      return send(200, {
        exhibit: json(exhibitFile),
        chapter: json(chapterFile),
        cues: Object.fromEntries(Object.entries(CUES).map(([k, c]) => [k, json(c.schema)])),
      });
    if (name === 'exhibits' && method === 'GET') return send(200, this.summaries());
    if (name === 'exhibits' && method === 'POST') {
      const c = body() as { id: string; title: string; languages: string[] };
      if (this.files.has(`exhibits/${c.id}/exhibit.json`))
        return send(400, { errors: [{ file: `exhibits/${c.id}`, path: 'id', message: 'taken' }] });
      this.files.set(
        `exhibits/${c.id}/exhibit.json`,
        JSON.stringify({
          id: c.id,
          title: { [c.languages[0]!]: c.title },
          languages: c.languages,
          defaultLanguage: c.languages[0],
          chapters: [],
        }),
      );
      return send(
        201,
        this.summaries().find((s) => s.id === c.id),
      );
    }
    if (name === 'files' && method === 'GET') {
      const f = this.read(url.searchParams.get('path') ?? '');
      return f
        ? send(200, f)
        : send(404, {
            errors: [{ file: url.searchParams.get('path'), path: '', message: 'not found' }],
          });
    }
    if (name === 'files' && method === 'PUT') {
      const w = body() as FileWrite;
      this.writes.push(w);
      const now = this.read(w.path);
      if (now && now.hash !== w.baseHash)
        return send(409, { status: 'conflict', disk: now, mine: w.json });
      const errors = this.validate(w.path, w.json);
      if (errors.length) {
        const draft: Draft = {
          path: w.path,
          json: w.json,
          errors,
          saved: new Date(0).toISOString(),
        };
        this.drafts.set(w.path, draft);
        return send(422, { status: 'draft', draft });
      }
      const text = `${JSON.stringify(w.json, null, 2)}\n`;
      this.files.set(w.path, text);
      this.drafts.delete(w.path);
      return send(200, { status: 'written', hash: sha(text), text });
    }
    if (name === 'drafts') {
      this.drafts.delete(url.searchParams.get('path') ?? '');
      return send(200, {});
    }
    if (name === 'check') return send(200, this.check(url.searchParams.get('exhibit') ?? ''));
    if (name === 'jobs' && method === 'POST') return send(202, this.startJob(body() as JobRequest));
    const job = /^jobs\/([^/]+)$/.exec(name);
    if (job) return send(200, this.poll(job[1]!));
    if (name === 'media') {
      const m = body() as { name: string };
      return send(201, { path: `images/${m.name.toLowerCase().replace(/[^a-z0-9.]+/g, '-')}` });
    }
    return send(404, { errors: [{ file: name, path: '', message: 'no such route' }] });
  }

  async attach(page: Page) {
    await page.route('**/__studio/api/**', (r) => this.handle(r));
  }
}
