// A new exhibit, from the one-chapter template or as a copy of another: `scaffoldExhibit` (the
// studio's POST exhibits) and `npm run new-exhibit -- <id> [--title "…"] [--languages en,ru]`.
// The template passes `npm run content:check` at once: its narration, captions, spoken prompts and
// audio description were made from its one sentence by the media pipeline and are committed under
// scripts/studio/template/ (docs/studio.md says how to make them again), so a new
// exhibit needs no voice tools until its curators change the sentence.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentError } from '../../src/content/errors.ts';
import type { ExhibitCreate, ExhibitSummary } from '../../src/studio/api.ts';
import { parseJson } from '../../src/content/jsonText.ts';
import { formatJson, validate, writeAtomic } from './files.ts';
import { KEBAB, REPO, StudioRoots } from './roots.ts';
import { promptLedger } from '../media/promptLedger.ts';

/** The template, a content root of its own (exhibits/template/, media/template/). */
export const TEMPLATE_ROOT = join(REPO, 'scripts', 'studio', 'template');
export const TEMPLATE_ID = 'template';
/** The template's chapter. */
export const TEMPLATE_CHAPTER = 'introduction';

/** A refused scaffold: its errors, each naming the field to fix. */
export class ScaffoldError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ScaffoldError';
  }
}

/** The `$schema` of a file `depth` folders below the root (exhibit.json: 2; chapters: 3). */
function schemaRef(root: string, fileDir: string, schema: string): string {
  return relative(resolve(root, fileDir), join(REPO, 'docs', schema))
    .split('\\')
    .join('/');
}

const omit = (o: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The template's languages: those its sentence is written and voiced in. */
export function templateLanguages(): string[] {
  const file = join(TEMPLATE_ROOT, 'exhibits', TEMPLATE_ID, 'exhibit.json');
  const { json } = parseJson(readFileSync(file, 'utf8'));
  return isRecord(json) && Array.isArray(json.languages) ? (json.languages as string[]) : ['en'];
}

/** Checks an ExhibitCreate; every problem, named by its field. */
export function createErrors(roots: StudioRoots, req: Partial<ExhibitCreate>): ContentError[] {
  const errors: ContentError[] = [];
  const err = (path: string, message: string) =>
    errors.push({ file: `exhibits/${typeof req.id === 'string' ? req.id : ''}`, path, message });
  const { id, title, languages, from } = req;
  if (typeof id !== 'string' || !KEBAB.test(id))
    err(
      'id',
      `expected an id in lowercase letters, digits and single hyphens, such as "norilsk-1953", got ${JSON.stringify(id ?? '')}`,
    );
  else if (roots.find(id))
    err(
      'id',
      `"${id}" is taken: an exhibit (or its media folder) has that name already; choose another id`,
    );
  if (typeof title !== 'string' || !title.trim())
    err('title', 'expected a title, such as "The Norilsk Uprising"');
  else if (title.trim().length > 60)
    err('title', `expected at most 60 characters, got ${title.trim().length}`);
  if (
    !Array.isArray(languages) ||
    !languages.length ||
    languages.some((l) => typeof l !== 'string')
  )
    err(
      'languages',
      'expected at least one language code, such as ["en", "ru"]; the first is the default',
    );
  else {
    if (new Set(languages).size !== languages.length)
      err('languages', 'a language is listed twice');
    const known = templateLanguages();
    const unknown = languages.filter((l) => !known.includes(l));
    if (from === undefined && unknown.length)
      err(
        'languages',
        `the template is written and voiced in ${known.join(', ')}; ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not among them: start in those and add languages in the exhibit's settings`,
      );
  }
  if (from !== undefined && (typeof from !== 'string' || !KEBAB.test(from) || !roots.find(from)))
    err('from', `there is no exhibit "${String(from)}" to copy`);
  return errors;
}

/** Makes `exhibits/<id>/` and `media/<id>/` in `root`; throws ScaffoldError for a bad request. */
export async function scaffoldExhibit(
  root: string | StudioRoots,
  req: ExhibitCreate,
): Promise<ExhibitSummary> {
  const roots = typeof root === 'string' ? new StudioRoots([root]) : root;
  const errors = createErrors(roots, req);
  if (errors.length) throw new ScaffoldError(errors);
  const into = roots.main;
  const fromRoot = req.from ? roots.rootOf(req.from) : TEMPLATE_ROOT;
  const fromId = req.from ?? TEMPLATE_ID;
  const exhibitDir = join(into, 'exhibits', req.id);
  const mediaDir = join(into, 'media', req.id);
  try {
    cpSync(join(fromRoot, 'exhibits', fromId), exhibitDir, {
      recursive: true,
      // A copy's code and curators' notes stay with the original.
      filter: (src) => !/[\\/]extension$/.test(src) && !src.endsWith('.md'),
    });
    if (existsSync(join(fromRoot, 'media', fromId)))
      cpSync(join(fromRoot, 'media', fromId), mediaDir, { recursive: true });
    else mkdirSync(mediaDir, { recursive: true });
    await rewriteCopy(into, req);
    copyPromptStamps(fromRoot, fromId, into, req.id);
  } catch (e) {
    rmSync(exhibitDir, { recursive: true, force: true });
    rmSync(mediaDir, { recursive: true, force: true });
    throw e;
  }
  return exhibitSummary(into, req.id);
}

async function rewriteCopy(root: string, req: ExhibitCreate): Promise<void> {
  const dir = `exhibits/${req.id}`;
  const write = async (path: string, value: Record<string, unknown>) => {
    const before = readFileSync(join(root, path), 'utf8');
    writeFileSync(join(root, path), await formatJson(root, path, value, before));
  };
  const exhibitPath = `${dir}/exhibit.json`;
  const exhibit = parseJson(readFileSync(join(root, exhibitPath), 'utf8')).json;
  if (!isRecord(exhibit))
    throw new ScaffoldError([
      { file: exhibitPath, path: '', message: 'the exhibit copied is not valid JSON' },
    ]);
  const title = req.title.trim();
  const [defaultLanguage] = req.languages;
  // `$schema` first, as in every exhibit; the id is the folder's name.
  const rest = omit(exhibit, ['$schema', 'id', 'title', 'languages', 'defaultLanguage']);
  await write(exhibitPath, {
    $schema: schemaRef(root, dir, 'exhibit.schema.json'),
    id: req.id,
    title: Object.fromEntries(req.languages.map((l) => [l, title])),
    languages: req.languages,
    defaultLanguage,
    ...keepLanguages(rest, req.languages, !req.from),
  });
  const chapters = join(root, dir, 'chapters');
  for (const file of existsSync(chapters) ? readdirSync(chapters) : []) {
    if (!file.endsWith('.json')) continue;
    const path = `${dir}/chapters/${file}`;
    const chapter = parseJson(readFileSync(join(root, path), 'utf8')).json;
    if (!isRecord(chapter)) continue;
    const body = omit(chapter, ['$schema']);
    await write(path, {
      $schema: schemaRef(root, `${dir}/chapters`, 'chapter.schema.json'),
      ...(req.from ? body : keepLanguages(body, req.languages, true)),
    });
  }
  if (!req.from) pruneTemplateMedia(root, req.id, req.languages);
  const plans = join(root, dir, 'plans');
  for (const file of existsSync(plans) ? readdirSync(plans) : []) {
    if (!file.endsWith('.json')) continue;
    const path = `${dir}/plans/${file}`;
    const plan = parseJson(readFileSync(join(root, path), 'utf8')).json;
    if (!isRecord(plan) || typeof plan.$schema !== 'string') continue;
    await write(path, { ...plan, $schema: schemaRef(root, `${dir}/plans`, 'plan.schema.json') });
  }
}

// The template is written in every language it knows; a new exhibit keeps only its own. A copy
// keeps its texts as they are (the check lists what its new languages lack).
function keepLanguages(
  value: Record<string, unknown>,
  languages: string[],
  prune: boolean,
): Record<string, unknown> {
  if (!prune) return value;
  const known = new Set(templateLanguages());
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isRecord(v)) return v;
    const keys = Object.keys(v);
    const perLanguage = keys.length > 0 && keys.every((k) => known.has(k));
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !perLanguage || languages.includes(k))
        .map(([k, x]) => [k, walk(x)]),
    );
  };
  return walk(value) as Record<string, unknown>;
}

// The template's media in the languages the new exhibit does not have are dropped, files and
// ledger entries alike (manifest.json, descriptions.json, voices.json).
function pruneTemplateMedia(root: string, id: string, languages: string[]): void {
  const media = join(root, 'media', id);
  for (const lang of templateLanguages().filter((l) => !languages.includes(l))) {
    rmSync(join(media, 'prompts', lang), { recursive: true, force: true });
    rmSync(join(media, 'descriptions', lang), { recursive: true, force: true });
    const narration = join(media, 'narration');
    for (const f of existsSync(narration) ? readdirSync(narration) : [])
      if (f.includes(`.${lang}.`)) rmSync(join(narration, f));
  }
  for (const name of ['manifest.json', 'descriptions.json', 'voices.json']) {
    const file = join(media, name);
    if (!existsSync(file)) continue;
    const { json } = parseJson(readFileSync(file, 'utf8'));
    if (isRecord(json))
      writeFileSync(file, `${JSON.stringify(keepLanguages(json, languages, true), null, 2)}\n`);
  }
}

// A copied prompt is as fresh as its original: its ledger stamps (text and voice) are copied too,
// so `npm run media:prompts` does not make it again and the check does not call it stale.
function copyPromptStamps(fromRoot: string, fromId: string, root: string, id: string): void {
  const source =
    fromRoot === TEMPLATE_ROOT
      ? {
          file: join(TEMPLATE_ROOT, 'prompts.json'),
          key: (b: string) => relative(TEMPLATE_ROOT, b),
        }
      : promptLedger(fromRoot);
  const target = promptLedger(root);
  if (!existsSync(source.file)) return;
  const stamps = parseJson(readFileSync(source.file, 'utf8')).json as Record<string, string> | null;
  const ledger = existsSync(target.file)
    ? (parseJson(readFileSync(target.file, 'utf8')).json as Record<string, string> | null)
    : {};
  if (!stamps || !ledger) return;
  const fromDir = join(fromRoot, 'media', fromId, 'prompts');
  const toDir = join(root, 'media', id, 'prompts');
  let added = 0;
  for (const file of existsSync(toDir) ? walk(toDir) : []) {
    if (!file.endsWith('.opus')) continue;
    const name = file.slice(0, -'.opus'.length);
    const stamp = stamps[source.key(join(fromDir, name))];
    if (stamp === undefined) continue;
    ledger[target.key(join(toDir, name))] = stamp;
    added++;
  }
  if (added) writeAtomic(target.file, `${JSON.stringify(ledger, null, 2)}\n`);
}

function walk(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, rel) : [rel];
  });
}

/** What the studio lists of an exhibit: its title, languages and chapters, and what is wrong. */
export function exhibitSummary(root: string, folder: string): ExhibitSummary {
  const path = `exhibits/${folder}/exhibit.json`;
  const file = join(root, path);
  const summary: ExhibitSummary = {
    id: folder,
    folder,
    title: null,
    languages: [],
    defaultLanguage: null,
    chapters: [],
    errors: [],
  };
  if (!existsSync(file)) {
    summary.errors.push({
      file: path,
      path: '',
      message: 'there is no exhibit.json in this folder',
    });
    return summary;
  }
  const { json, parseError } = parseJson(readFileSync(file, 'utf8'));
  if (parseError) {
    summary.errors.push({
      file: path,
      path: '',
      message: `not valid JSON at line ${parseError.line}, column ${parseError.column}: ${parseError.message}`,
    });
    return summary;
  }
  if (isRecord(json)) {
    if (typeof json.id === 'string') summary.id = json.id;
    if (isRecord(json.title)) summary.title = json.title as Record<string, string>;
    if (Array.isArray(json.languages))
      summary.languages = json.languages.filter((l) => typeof l === 'string');
    if (typeof json.defaultLanguage === 'string') summary.defaultLanguage = json.defaultLanguage;
    if (Array.isArray(json.chapters))
      summary.chapters = json.chapters.filter((c) => typeof c === 'string');
  }
  summary.errors.push(...validate(path, json));
  if (summary.id !== folder)
    summary.errors.push({
      file: path,
      path: 'id',
      message: `expected "${folder}", the folder's name, got ${JSON.stringify(summary.id)}: an exhibit's id is the name of its folder`,
    });
  return summary;
}

if (process.argv[1]?.endsWith('scaffold.ts')) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const title = opt('--title');
  const languages = opt('--languages');
  const rootArg = opt('--root');
  const from = opt('--from');
  const [id] = args;
  if (!id || id.startsWith('-')) {
    console.error(
      'usage: npm run new-exhibit -- <id> [--title "…"] [--languages en,ru] [--from <exhibit>] [--root <dir>]',
    );
    process.exit(2);
  }
  const root = rootArg ?? REPO;
  try {
    const made = await scaffoldExhibit(root, {
      id,
      title:
        title ??
        id
          .split('-')
          .map((w) => w[0]!.toUpperCase() + w.slice(1))
          .join(' '),
      languages: languages
        ? languages
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean)
        : ['en'],
      ...(from ? { from } : {}),
    });
    const near = relative(process.cwd(), join(root, 'exhibits', made.folder)) || '.';
    console.log(`made ${near}/ and ${relative(process.cwd(), join(root, 'media', made.folder))}/`);
    console.log(`  ${made.languages.join(', ')}; chapters: ${made.chapters.join(', ')}`);
    console.log('next: npm run studio, or edit its chapter, then npm run media and npm run check');
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    for (const err of e.errors)
      console.error(`${err.file}: ${err.path ? `${err.path}: ` : ''}${err.message}`);
    process.exit(1);
  }
}
