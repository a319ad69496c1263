// The studio's API (scripts/studio/server.ts) over real HTTP on an ephemeral port, on a temporary
// content root; its jobs run a stand-in for the media scripts (the voice tools are not needed).
// And: the kiosk's build holds no studio code.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runner, Step } from '../../scripts/studio/jobs.ts';
import { apiServer } from '../../scripts/studio/server.ts';
import { studioUrl } from '../../scripts/studio/main.ts';
import type { ExhibitSummary, FileRead, Job } from '../../src/studio/api.ts';

const root = mkdtempSync(join(tmpdir(), 'studio-api-'));
let base = '';
/** What the stand-in runner was asked to run, and how each script answers (by script name). */
const ran: Step[] = [];
const scripts: Record<
  string,
  (step: Step, say: (l: string, s: 'out' | 'err') => void) => Promise<number> | number
> = {};
const runner: Runner = async (step, onLine) => {
  ran.push(step);
  const script = scripts[step.script.split('/').pop()!];
  return script ? script(step, onLine) : 0;
};
const { server } = apiServer({ roots: [root], runner });

beforeAll(async () => {
  for (const dir of ['exhibits', 'media'])
    cpSync(join('tests/fixtures', dir, 'test-exhibit'), join(root, dir, 'test-exhibit'), {
      recursive: true,
    });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/__studio/api/`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

async function call(method: string, route: string, body?: unknown) {
  const res = await fetch(base + route, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A job's server-sent events, read to their end (the stream closes when the job ends). */
async function events(id: string): Promise<Job[]> {
  const text = await (await fetch(`${base}jobs/${id}/events`)).text();
  return text
    .split('\n\n')
    .filter((e) => e.startsWith('data: '))
    .map((e) => JSON.parse(e.slice(6)) as Job);
}

const chapter = 'exhibits/test-exhibit/chapters/first-light.json';

describe('studio API', () => {
  it('lists the exhibits with their titles, languages and chapters', async () => {
    const { status, body } = await call('GET', 'exhibits');
    expect(status).toBe(200);
    const list = body as ExhibitSummary[];
    expect(list.map((e) => e.id)).toEqual(['test-exhibit']);
    expect(list[0]).toMatchObject({
      folder: 'test-exhibit',
      languages: ['en', 'ru'],
      defaultLanguage: 'en',
      chapters: ['first-light', 'second-step'],
      errors: [],
    });
  });

  it('reads a file, writes it (200), refuses an old version (409) and keeps an invalid edit (422)', async () => {
    const read = (await call('GET', `files?path=${chapter}`)).body as FileRead;
    expect(read.text).toBe(readFileSync(join(root, chapter), 'utf8'));
    expect(read.draft).toBeNull();
    const json = structuredClone(read.json) as { title: { en: string } };
    json.title.en = 'First Light, Edited';
    const written = await call('PUT', 'files', { path: chapter, json, baseHash: read.hash });
    expect(written.status).toBe(200);
    expect(written.body.status).toBe('written');
    expect(readFileSync(join(root, chapter), 'utf8')).toContain('"en": "First Light, Edited"');
    // The same edit from the old version: the file changed since.
    const stale = await call('PUT', 'files', { path: chapter, json, baseHash: read.hash });
    expect(stale.status).toBe(409);
    expect(stale.body.disk.hash).toBe(written.body.hash);
    // An empty title: a draft, with the field's path.
    const bad = structuredClone(json);
    bad.title.en = '';
    const draft = await call('PUT', 'files', {
      path: chapter,
      json: bad,
      baseHash: written.body.hash,
    });
    expect(draft.status).toBe(422);
    expect(draft.body.draft.errors[0]).toMatchObject({ file: chapter, path: 'title.en' });
    expect(readFileSync(join(root, chapter), 'utf8')).toBe(written.body.text);
    expect((await call('GET', `files?path=${chapter}`)).body.draft.json).toEqual(bad);
    expect((await call('DELETE', `drafts?path=${chapter}`)).status).toBe(200);
    expect((await call('GET', `files?path=${chapter}`)).body.draft).toBeNull();
  });

  it('answers 404 for a missing file and 400 for a path outside the content', async () => {
    const missing = await call('GET', 'files?path=exhibits/test-exhibit/chapters/none.json');
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].file).toBe('exhibits/test-exhibit/chapters/none.json');
    for (const path of ['../package.json', 'exhibits/../../etc/passwd', 'src/main.ts']) {
      const res = await call('GET', `files?path=${encodeURIComponent(path)}`);
      expect(res.status, path).toBe(400);
      expect(res.body.errors[0].message).toMatch(/climb|only reads and writes|relative/);
    }
    const put = await call('PUT', 'files', { path: '../x.json', json: {}, baseHash: null });
    expect(put.status).toBe(400);
    expect(existsSync(resolve(root, '../x.json'))).toBe(false);
  });

  it('lists a malformed exhibit with its parse error and line, and reads the file', async () => {
    const path = 'exhibits/broken/exhibit.json';
    cpSync(join(root, 'exhibits/test-exhibit'), join(root, 'exhibits/broken'), { recursive: true });
    writeFileSync(join(root, path), '{\n  "id": "broken",\n  "title": \n}\n');
    const list = (await call('GET', 'exhibits')).body as ExhibitSummary[];
    const broken = list.find((e) => e.folder === 'broken')!;
    expect(broken.errors[0]!.message).toMatch(/line 4, column 1/);
    const read = await call('GET', `files?path=${path}`);
    expect(read.status).toBe(200);
    expect(read.body.parseError).toMatchObject({ line: 4, column: 1 });
    rmSync(join(root, 'exhibits/broken'), { recursive: true });
  });

  it('creates an exhibit from the template (201), and refuses a taken or bad id (400)', async () => {
    const made = await call('POST', 'exhibits', {
      id: 'new-hall',
      title: 'A New Hall',
      languages: ['ru', 'en'],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      id: 'new-hall',
      languages: ['ru', 'en'],
      defaultLanguage: 'ru',
      errors: [],
    });
    const taken = await call('POST', 'exhibits', { id: 'new-hall', title: 'X', languages: ['en'] });
    expect(taken.status).toBe(400);
    expect(taken.body.errors[0]).toMatchObject({ path: 'id' });
    expect(taken.body.errors[0].message).toMatch(/taken/);
    const bad = await call('POST', 'exhibits', { id: 'New Hall', title: 'X', languages: ['en'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].message).toMatch(/lowercase letters, digits and single hyphens/);
    const copy = await call('POST', 'exhibits', {
      id: 'test-copy',
      title: 'A Copy',
      languages: ['en', 'ru'],
      from: 'test-exhibit',
    });
    expect(copy.status).toBe(201);
    expect(copy.body.chapters).toEqual(['first-light', 'second-step']);
  });

  it('checks an exhibit: the content part of npm run check', async () => {
    const ok = await call('GET', 'check?exhibit=new-hall');
    expect(ok.body).toMatchObject({ exhibit: 'new-hall', ok: true, errors: [] });
    const bad = await call('GET', 'check?exhibit=..');
    expect(bad.status).toBe(400);
  });

  it('voices with the media scripts: progress from their lines, exit 3 as the tool message', async () => {
    scripts['narration.ts'] = (_step, say) => {
      say('progress 1/2 six words', 'out');
      say('progress 2/2 seven words', 'out');
      return 0;
    };
    const started = await call('POST', 'jobs', {
      kind: 'voice',
      exhibit: 'new-hall',
      chapter: 'introduction',
    });
    expect(started.status).toBe(202);
    const seen = await events(started.body.id);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', progress: 1, error: null });
    const steps = ran.slice(-2);
    expect(steps.map((s) => s.script)).toEqual([
      'scripts/media/narration.ts',
      'scripts/media/prompts.ts',
    ]);
    expect(steps[0]!.args).toEqual([
      '--exhibit',
      'new-hall',
      '--chapter',
      'introduction',
      '--root',
      resolve(root),
    ]);
    // The progress seen rises, and never past 1.
    const progress = seen.map((j) => j.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const message = 'The voice tool "sox" is missing: install it with sudo apt install sox';
    scripts['narration.ts'] = (_step, say) => {
      say(message, 'err');
      return 3;
    };
    const failing = await call('POST', 'jobs', { kind: 'voice', exhibit: 'new-hall' });
    const end = (await events(failing.body.id)).at(-1)!;
    expect(end).toMatchObject({ state: 'failed', error: message });
    expect((await call('GET', `jobs/${failing.body.id}`)).body.state).toBe('failed');
    expect((await call('GET', 'jobs/no-such-job')).status).toBe(404);
  });

  it('publishes: the check first, then the kiosk build into <root>/dist', async () => {
    const started = await call('POST', 'jobs', { kind: 'publish', exhibit: 'new-hall' });
    const end = (await events(started.body.id)).at(-1)!;
    expect(end).toMatchObject({ state: 'done', output: join(resolve(root), 'dist') });
    expect(ran.at(-1)!.script).toBe('scripts/studio/publish.ts');
    // An exhibit with a problem is not built.
    const path = 'exhibits/new-hall/exhibit.json';
    const exhibit = JSON.parse(readFileSync(join(root, path), 'utf8'));
    writeFileSync(join(root, path), JSON.stringify({ ...exhibit, chapters: ['nowhere'] }));
    const count = ran.length;
    const failing = await call('POST', 'jobs', { kind: 'publish', exhibit: 'new-hall' });
    const failed = (await events(failing.body.id)).at(-1)!;
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/to fix before it can be published/);
    expect(ran.length).toBe(count);
    writeFileSync(join(root, path), JSON.stringify(exhibit));
  });

  it('imports an image under a safe, unique name; refuses what is not a picture', async () => {
    const png = readFileSync('tests/fixtures/media/gallery/people/drawn-portrait.png');
    const body = {
      exhibit: 'new-hall',
      name: 'Barracks at Dawn (1953).PNG',
      base64: png.toString('base64'),
    };
    const first = await call('POST', 'media', body);
    expect(first).toMatchObject({
      status: 201,
      body: { path: 'images/barracks-at-dawn-1953.png' },
    });
    expect(readFileSync(join(root, 'media/new-hall/images/barracks-at-dawn-1953.png'))).toEqual(
      png,
    );
    const second = await call('POST', 'media', body);
    expect(second.body.path).toBe('images/barracks-at-dawn-1953-2.png');
    const fake = await call('POST', 'media', {
      ...body,
      base64: Buffer.from('hello').toString('base64'),
    });
    expect(fake.status).toBe(400);
    const pdf = await call('POST', 'media', { ...body, name: 'notes.pdf' });
    expect(pdf.status).toBe(400);
    expect(pdf.body.errors[0].message).toMatch(/\.jpg, \.png, \.webp or \.svg/);
    const nowhere = await call('POST', 'media', { ...body, exhibit: 'no-such' });
    expect(nowhere.status).toBe(400);
  });

  it('gives JSON Schemas of the exhibit, the chapter and every cue type', async () => {
    const { body } = await call('GET', 'schemas');
    expect(body.exhibit.properties.id).toBeTruthy();
    expect(body.chapter.properties.script).toBeTruthy();
    expect(Object.keys(body.cues)).toEqual(
      expect.arrayContaining(['title', 'figure', 'map', 'image']),
    );
    expect(body.cues.title.properties.heading).toBeTruthy();
  });

  it('answers 404 with errors for a route it does not have', async () => {
    const res = await call('GET', 'nothing');
    expect(res.status).toBe(404);
    expect(res.body.errors[0].message).toMatch(/no GET/);
  });
});

describe('the kiosk build holds no studio code', () => {
  it('builds index.html only', async () => {
    const config = (await import('../../vite.config.ts')).default as unknown as (env: {
      mode: string;
      command: string;
    }) => {
      build?: { rollupOptions?: { input?: unknown }; rolldownOptions?: { input?: unknown } };
    };
    const build = config({ mode: 'production', command: 'build' }).build ?? {};
    expect(build.rollupOptions?.input).toBeUndefined();
    expect(build.rolldownOptions?.input).toBeUndefined();
  });

  it("src/main.ts's static imports reach no module in src/studio/ but api.ts's types", () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // Static imports and re-exports (not `import()`: the kiosk loads those only when asked).
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/gm)) {
        const target = resolve(file, '..', m[1]!);
        if (/\.(ts|js|mjs)$/.test(target) && existsSync(target)) walk(target);
      }
    };
    walk(resolve('src/main.ts'));
    const studio = [...seen].filter((f) => f.includes(`${join('src', 'studio')}/`));
    expect(studio.filter((f) => !f.endsWith(join('src', 'studio', 'api.ts')))).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });
});

describe('npm run studio', () => {
  it('serves the studio app at /studio/ from src/studio/', () => {
    expect(studioUrl('/studio/')).toBe('/src/studio/index.html');
    expect(studioUrl('/studio')).toBe('/src/studio/index.html');
    expect(studioUrl('/studio/?x=1')).toBe('/src/studio/index.html?x=1');
    expect(studioUrl('/studio/main.ts')).toBe('/src/studio/main.ts');
    expect(studioUrl('/?exhibit=a&preview=1')).toBe('/?exhibit=a&preview=1');
  });
});
