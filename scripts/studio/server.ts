// The studio's HTTP API (src/studio/api.ts): a request handler for `/__studio/api/*` over a set of
// content roots. `npm run studio` (main.ts) puts it in front of the Vite dev server; the tests run
// it alone on an ephemeral port.
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { z } from 'zod';
import type { ContentError } from '../../src/content/errors.ts';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { CUES } from '../../src/cues/registry.ts';
import {
  API,
  type ExhibitCreate,
  type FileWrite,
  type ImageImport,
  type JobRequest,
} from '../../src/studio/api.ts';
import { checkOneExhibit } from './check.ts';
import {
  FileMissing,
  PathRefused,
  checkPath,
  deleteDraft,
  readContentFile,
  writeAtomic,
  writeContentFile,
} from './files.ts';
import { Jobs, type Runner } from './jobs.ts';
import { KEBAB, StudioRoots } from './roots.ts';
import { ScaffoldError, exhibitSummary, scaffoldExhibit } from './scaffold.ts';

/** The largest image the studio imports (the kiosk shows pictures made from it by media:images). */
export const IMAGE_MAX = 25 * 1024 * 1024;
/** The largest request body: an image, base64. */
const BODY_MAX = Math.ceil((IMAGE_MAX * 4) / 3) + 64 * 1024;

/** An answer with a status and a JSON body. */
class Answer {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}
const fail = (status: number, errors: ContentError[]) => new Answer(status, { errors });
const problem = (file: string, message: string, path = ''): ContentError => ({
  file,
  path,
  message,
});

export interface StudioApiOptions {
  roots: string[];
  /** How jobs start their scripts (tests give a stand-in). */
  runner?: Runner;
}

export interface StudioApi {
  /** Handles a request under API; false (untouched) for any other URL. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  roots: StudioRoots;
  jobs: Jobs;
}

/** The API's handler. */
export function studioApi({ roots: list, runner }: StudioApiOptions): StudioApi {
  const roots = new StudioRoots(list);
  const jobs = new Jobs(roots, runner);
  let schemas: unknown;

  // A studio path's root: the one its exhibit lives in.
  const located = (path: unknown) => {
    const checked = checkPath(path);
    return { ...checked, root: roots.rootOf(checked.exhibit) };
  };

  async function route(
    req: IncomingMessage,
    url: URL,
    res: ServerResponse,
  ): Promise<Answer | null> {
    const route = url.pathname.slice(API.length);
    const method = req.method ?? 'GET';
    const q = (name: string) => url.searchParams.get(name);

    if (route === 'exhibits' && method === 'GET')
      return new Answer(
        200,
        roots.exhibits().map(({ root, folder }) => exhibitSummary(root, folder)),
      );
    if (route === 'exhibits' && method === 'POST') {
      const body = (await readJson(req)) as ExhibitCreate;
      try {
        return new Answer(201, await scaffoldExhibit(roots, body));
      } catch (e) {
        if (e instanceof ScaffoldError) return fail(400, e.errors);
        throw e;
      }
    }
    if (route === 'files' && method === 'GET') {
      const { path, root } = located(q('path'));
      return new Answer(200, readContentFile(root, path));
    }
    if (route === 'files' && method === 'PUT') {
      const body = (await readJson(req)) as FileWrite;
      if (!body || typeof body !== 'object')
        return fail(400, [problem('', 'expected { path, json, baseHash }')]);
      const { path, root } = located(body.path);
      const result = await writeContentFile(root, {
        path,
        json: body.json,
        baseHash: typeof body.baseHash === 'string' ? body.baseHash : null,
      });
      const status = { written: 200, conflict: 409, draft: 422 }[result.status];
      return new Answer(status, result);
    }
    if (route === 'drafts' && method === 'DELETE') {
      const { path, root } = located(q('path'));
      return new Answer(200, { path, deleted: deleteDraft(root, path) });
    }
    if (route === 'check' && method === 'GET') {
      const id = exhibitId(q('exhibit'));
      return new Answer(200, await checkOneExhibit(roots.rootOf(id), id));
    }
    if (route === 'jobs' && method === 'POST') {
      const body = (await readJson(req)) as JobRequest & { out?: string };
      if (body?.kind !== 'voice' && body?.kind !== 'publish')
        return fail(400, [problem('', 'expected a job of kind "voice" or "publish"', 'kind')]);
      const id = exhibitId(body.exhibit);
      if (body.kind === 'voice' && body.chapter !== undefined && !KEBAB.test(String(body.chapter)))
        return fail(400, [problem(`exhibits/${id}`, 'expected a chapter id', 'chapter')]);
      const { job } = jobs.start(
        body.kind === 'voice'
          ? { kind: 'voice', exhibit: id, ...(body.chapter ? { chapter: body.chapter } : {}) }
          : { kind: 'publish', exhibit: id },
        typeof body.out === 'string' ? body.out : undefined,
      );
      return new Answer(202, job);
    }
    const jobRoute = /^jobs\/([\w-]+)(\/events)?$/.exec(route);
    if (jobRoute && method === 'GET') {
      const id = jobRoute[1]!;
      if (!jobs.get(id)) return fail(404, [problem('', `there is no job ${id}`)]);
      if (!jobRoute[2]) return new Answer(200, jobs.get(id));
      // Server-sent events: the job now and at each change; the stream ends with the job.
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        Connection: 'keep-alive',
      });
      let stop = () => {};
      stop = jobs.watch(id, (job) => {
        res.write(`data: ${JSON.stringify(job)}\n\n`);
        if (job.state !== 'running') {
          stop();
          res.end();
        }
      });
      req.on('close', () => stop());
      return null;
    }
    if (route === 'media' && method === 'POST') {
      const body = (await readJson(req)) as ImageImport;
      return importImage(roots, body);
    }
    if (route === 'schemas' && method === 'GET') {
      schemas ??= makeSchemas();
      return new Answer(200, schemas);
    }
    return fail(404, [problem('', `the studio has no ${method} ${url.pathname}`)]);
  }

  function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://studio.local');
    if (!url.pathname.startsWith(API)) return false;
    route(req, url, res)
      .catch((e: unknown) => answerFor(e))
      .then((answer) => {
        if (!answer) return;
        res.writeHead(answer.status, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end(JSON.stringify(answer.body));
      })
      .catch(() => res.destroy());
    return true;
  }

  return { handle, roots, jobs };
}

class BadRequest extends Error {}

function answerFor(e: unknown): Answer {
  if (e instanceof PathRefused)
    return fail(400, [problem(e.path, e.message.slice(e.path.length + 2) || e.message)]);
  if (e instanceof FileMissing) return fail(404, [problem(e.path, 'there is no such file')]);
  if (e instanceof BadRequest) return fail(400, [problem('', e.message)]);
  console.error(e);
  return fail(500, [
    problem('', `the studio's server failed: ${e instanceof Error ? e.message : String(e)}`),
  ]);
}

function exhibitId(id: unknown): string {
  if (typeof id !== 'string' || !KEBAB.test(id))
    throw new BadRequest(
      `expected an exhibit id such as "uprising", got ${JSON.stringify(id ?? null)}`,
    );
  return id;
}

/** A request's JSON body; a body too large or not JSON is a 400. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_MAX) throw new BadRequest('the request is too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new BadRequest('the request is not JSON');
  }
}

/** JSON Schemas from the content schema and the cue registry (as scripts/emitSchema.ts makes). */
export function makeSchemas() {
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' });
  return {
    exhibit: json(exhibitFile),
    chapter: json(chapterFile),
    cues: Object.fromEntries(Object.values(CUES).map((c) => [c.type, json(c.schema)])),
  };
}

const IMAGE_TYPES: Record<string, (b: Buffer) => boolean> = {
  '.png': (b) =>
    b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  '.webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' &&
    b.subarray(8, 12).toString('latin1') === 'WEBP',
  '.svg': (b) => /<svg[\s>]/.test(b.subarray(0, 4096).toString('utf8')),
};

/** A file name made safe: lowercase letters, digits and hyphens, its type's extension. */
export function safeImageName(name: string): { base: string; ext: string } | null {
  const raw = extname(name).toLowerCase();
  const ext = raw === '.jpeg' ? '.jpg' : raw;
  if (!IMAGE_TYPES[ext]) return null;
  const base = name
    .slice(0, name.length - raw.length)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return { base: base || 'image', ext };
}

function importImage(roots: StudioRoots, body: ImageImport): Answer {
  const id = exhibitId(body?.exhibit);
  const root = roots.find(id);
  const file = `media/${id}`;
  if (!root || !existsSync(join(root, 'exhibits', id)))
    return fail(400, [problem(`exhibits/${id}`, `there is no exhibit "${id}"`, 'exhibit')]);
  const name = safeImageName(typeof body.name === 'string' ? body.name : '');
  if (!name)
    return fail(400, [
      problem(file, 'expected a picture: a .jpg, .png, .webp or .svg file', 'name'),
    ]);
  if (typeof body.base64 !== 'string' || !body.base64)
    return fail(400, [problem(file, 'the picture has no content', 'base64')]);
  const bytes = Buffer.from(body.base64, 'base64');
  if (bytes.length > IMAGE_MAX)
    return fail(400, [
      problem(
        file,
        `too large: ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the ${IMAGE_MAX / 1024 / 1024} MB a picture may have: save it smaller`,
        'base64',
      ),
    ]);
  if (!IMAGE_TYPES[name.ext]!(bytes))
    return fail(400, [
      problem(
        file,
        `the file is not a ${name.ext.slice(1).toUpperCase()} picture, though its name says so`,
        'base64',
      ),
    ]);
  const dir = join(root, 'media', id, 'images');
  const taken = new Set(existsSync(dir) ? readdirSync(dir) : []);
  let pick = `${name.base}${name.ext}`;
  for (let n = 2; taken.has(pick); n++) pick = `${name.base}-${n}${name.ext}`;
  writeAtomic(join(dir, pick), bytes);
  return new Answer(201, { path: `images/${pick}` });
}

/** The API alone on a plain HTTP server (the tests'; main.ts adds Vite behind it). */
export function apiServer(options: StudioApiOptions): { server: Server; api: StudioApi } {
  const api = studioApi(options);
  const server = createServer((req, res) => {
    if (!api.handle(req, res)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return { server, api };
}
