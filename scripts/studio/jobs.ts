// The studio's long tasks: voicing chapters with the media pipeline, and publishing (the check,
// then a kiosk build). Each runs scripts as child processes and is watched through its Job.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { formatError, type ContentError } from '../../src/content/errors.ts';
import type { Job, JobRequest } from '../../src/studio/api.ts';
import { parseJson } from '../../src/content/jsonText.ts';
import { validate } from './files.ts';
import { checkOneExhibit } from './check.ts';
import { REPO, type StudioRoots } from './roots.ts';

/** How many lines of a job's output it keeps. */
const LOG_LINES = 40;
/** A missing voice tool: the media scripts' exit code (scripts/media/tools.mjs). */
export const EXIT_MISSING_TOOL = 3;

/** A command a job runs: `node --import tsx <script> …args` in the repository. */
export interface Step {
  script: string;
  args: string[];
  /** Words for the step ("Voicing the narration"), and the share of the job it is (0–1). */
  label: string;
  share: number;
}

/** How a job's child processes are started (tests give a stand-in). */
export type Runner = (
  step: Step,
  onLine: (line: string, stream: 'out' | 'err') => void,
) => Promise<number>;

/** Runs a TypeScript script of the repository with Node and tsx. */
export const runScript: Runner = (step, onLine) =>
  new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', step.script, ...step.args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const lines = (stream: 'out' | 'err') => {
      let rest = '';
      return (chunk: Buffer) => {
        const text = rest + chunk.toString('utf8');
        const parts = text.split('\n');
        rest = parts.pop() ?? '';
        for (const p of parts) onLine(p.replace(/\r$/, ''), stream);
      };
    };
    child.stdout.on('data', lines('out'));
    child.stderr.on('data', lines('err'));
    child.on('error', (e) => {
      onLine(String(e), 'err');
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });

/** `progress <done>/<total> <words>`: the media scripts' machine-readable progress line. */
export function parseProgress(line: string): { done: number; total: number; words: string } | null {
  const m = /^progress (\d+)\/(\d+)(?: (.*))?$/.exec(line.trim());
  if (!m) return null;
  return { done: Number(m[1]), total: Number(m[2]), words: m[3] ?? '' };
}

export class Jobs {
  private readonly jobs = new Map<string, Job>();
  private readonly watchers = new Map<string, Set<(job: Job) => void>>();

  constructor(
    private readonly roots: StudioRoots,
    private readonly run: Runner = runScript,
  ) {}

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Calls `fn` with the job now and at each change, until it ends; returns the unsubscribe. */
  watch(id: string, fn: (job: Job) => void): () => void {
    const job = this.jobs.get(id);
    if (!job) return () => {};
    fn(job);
    if (job.state !== 'running') return () => {};
    const set = this.watchers.get(id) ?? new Set();
    this.watchers.set(id, set);
    set.add(fn);
    return () => set.delete(fn);
  }

  /** Starts a job; its promise (for tests) settles when it ends. */
  start(req: JobRequest, out?: string): { job: Job; finished: Promise<Job> } {
    const job: Job = {
      id: randomUUID(),
      kind: req.kind,
      exhibit: req.exhibit,
      state: 'running',
      progress: 0,
      step: req.kind === 'voice' ? 'Getting ready to voice' : 'Checking the exhibit',
      log: [],
      error: null,
    };
    this.jobs.set(job.id, job);
    const finished = (req.kind === 'voice' ? this.voice(job, req.chapter) : this.publish(job, out))
      .catch((e: unknown) => this.fail(job, `The studio could not finish: ${String(e)}`))
      .then(() => job);
    return { job, finished };
  }

  // Watchers hear of a change once per turn of the event loop (a burst of output is one event),
  // and of a job's end at once.
  private readonly pending = new Map<string, NodeJS.Immediate>();
  private emit(job: Job): void {
    const send = () => {
      this.pending.delete(job.id);
      for (const fn of this.watchers.get(job.id) ?? []) fn({ ...job, log: [...job.log] });
      if (job.state !== 'running') this.watchers.delete(job.id);
    };
    const waiting = this.pending.get(job.id);
    if (job.state !== 'running') {
      if (waiting) clearImmediate(waiting);
      send();
    } else if (!waiting) this.pending.set(job.id, setImmediate(send));
  }

  private log(job: Job, raw: string): void {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    if (!line.trim()) return;
    job.log.push(line);
    if (job.log.length > LOG_LINES) job.log.splice(0, job.log.length - LOG_LINES);
  }

  private fail(job: Job, error: string): void {
    job.state = 'failed';
    job.error = error;
    this.emit(job);
  }

  /** Runs steps one after another; false (and the job failed) when one does not succeed. */
  private async steps(
    job: Job,
    steps: Step[],
    describe: (p: ReturnType<typeof parseProgress>, step: Step) => string,
  ): Promise<boolean> {
    let before = job.progress;
    for (const step of steps) {
      job.step = step.label;
      this.emit(job);
      const err: string[] = [];
      const code = await this.run(step, (line, stream) => {
        const p = stream === 'out' ? parseProgress(line) : null;
        if (p && p.total > 0) {
          job.progress = Math.min(1, before + step.share * (p.done / p.total));
          job.step = describe(p, step);
        } else {
          this.log(job, line);
          // eslint-disable-next-line no-control-regex
          if (stream === 'err') err.push(line.replace(/\x1b\[[0-9;]*m/g, ''));
        }
        this.emit(job);
      });
      if (code !== 0) {
        const said = err
          .filter((l) => l.trim())
          .join('\n')
          .trim();
        this.fail(
          job,
          code === EXIT_MISSING_TOOL && said
            ? said
            : `${step.label} stopped (exit code ${code})${said ? `: ${lastLines(said)}` : '.'}`,
        );
        return false;
      }
      before += step.share;
      job.progress = Math.min(1, before);
      this.emit(job);
    }
    return true;
  }

  private async voice(job: Job, chapter?: string): Promise<void> {
    const root = this.roots.rootOf(job.exhibit);
    // The media scripts stop at the first file that does not pass its schema, with a stack:
    // the curator is told of every such problem in words instead.
    const problems = schemaProblems(root, job.exhibit);
    if (problems.length) {
      for (const e of problems) this.log(job, formatError(e));
      const n = problems.length;
      this.fail(
        job,
        `The exhibit has ${n} ${n === 1 ? 'problem' : 'problems'} to fix before it can be voiced: see Check.`,
      );
      return;
    }
    const only = chapter ? ['--chapter', chapter] : [];
    const ok = await this.steps(
      job,
      [
        {
          script: 'scripts/media/narration.ts',
          args: ['--exhibit', job.exhibit, ...only, '--root', root],
          label: chapter
            ? `Voicing the chapter “${chapter}”`
            : 'Voicing the chapters not voiced yet',
          share: 0.85,
        },
        {
          script: 'scripts/media/prompts.ts',
          args: ['--exhibit', job.exhibit, '--root', root],
          label: 'Voicing the keypad’s spoken titles',
          share: 0.15,
        },
      ],
      // The scripts' words say it (“Voicing “Strike” in Russian, sentence 3 of 12”).
      (p, step) => p!.words || `${step.label}: ${p!.done} of ${p!.total}`,
    );
    if (!ok) return;
    job.state = 'done';
    job.progress = 1;
    job.step = 'Voiced';
    this.emit(job);
  }

  private async publish(job: Job, out?: string): Promise<void> {
    const root = this.roots.rootOf(job.exhibit);
    this.emit(job);
    const check = await checkOneExhibit(root, job.exhibit);
    if (!check.ok) {
      for (const e of check.errors)
        this.log(job, `${e.file}: ${e.path ? `at ${e.path}: ` : ''}${e.message}`);
      const n = check.errors.length;
      this.fail(
        job,
        `The exhibit has ${n} ${n === 1 ? 'problem' : 'problems'} to fix before it can be published: see Check.`,
      );
      return;
    }
    job.progress = 0.1;
    // A root in the repository (its own, tests/fixtures) builds where `npm run build` does: the
    // repository's dist/, which every tool ignores; another root into its own dist/.
    const inRepo = !relative(REPO, resolve(root)).startsWith('..');
    const outDir = resolve(out ?? join(inRepo ? REPO : root, 'dist'));
    const ok = await this.steps(
      job,
      [
        {
          script: 'scripts/studio/publish.ts',
          args: ['--root', root, '--exhibit', job.exhibit, '--out', outDir],
          label: 'Building the kiosk',
          share: 0.9,
        },
      ],
      (p, step) => `${step.label}: ${p!.words || `${p!.done} of ${p!.total}`}`,
    );
    if (!ok) return;
    job.state = 'done';
    job.progress = 1;
    job.step = 'Published';
    job.output = outDir;
    this.emit(job);
  }
}

/** Parse and schema errors of an exhibit's exhibit.json and chapter files. */
export function schemaProblems(root: string, id: string): ContentError[] {
  const errors: ContentError[] = [];
  const read = (path: string): unknown => {
    const file = join(root, path);
    if (!existsSync(file)) {
      errors.push({ file: path, path: '', message: 'the file is missing' });
      return undefined;
    }
    const { json, parseError } = parseJson(readFileSync(file, 'utf8'));
    if (parseError)
      errors.push({
        file: path,
        path: '',
        message: `not valid JSON at line ${parseError.line}, column ${parseError.column}: ${parseError.message}`,
      });
    else errors.push(...validate(path, json));
    return json;
  };
  const exhibit = read(`exhibits/${id}/exhibit.json`) as { chapters?: unknown } | undefined;
  if (errors.length || !Array.isArray(exhibit?.chapters)) return errors;
  for (const c of exhibit.chapters)
    if (typeof c === 'string') read(`exhibits/${id}/chapters/${c}.json`);
  return errors;
}

/** What a failed script said, without Node's stack: its error lines, or its last lines. */
export function lastLines(text: string, n = 4): string {
  const lines = text
    .split('\n')
    .filter(
      (l) =>
        l.trim() && !/^\s+at /.test(l) && !/^(node:|Node\.js v)/.test(l) && !/^\s*\^+\s*$/.test(l),
    );
  const errors = lines.filter((l) => /\b\w*Error\b:/.test(l));
  return (errors.length ? errors : lines).slice(-n).join('\n');
}
