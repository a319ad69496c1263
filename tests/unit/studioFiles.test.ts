// The studio's file writer (scripts/studio/files.ts): every exhibit, chapter and plan file in the
// repository survives read → write unchanged byte for byte; a write from an old version is a
// conflict; an invalid edit is a draft and the file is untouched; a malformed file is read with its
// parse error's line; no path leaves exhibits/ and media/.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findExhibits } from '../../scripts/fsReader.ts';
import {
  PathRefused,
  checkPath,
  deleteDraft,
  filePath,
  formatJson,
  hashText,
  readContentFile,
  writeContentFile,
} from '../../scripts/studio/files.ts';
import { parseJson, syntaxError } from '../../src/content/jsonText.ts';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-files-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Every JSON file of every exhibit in the repository, as { root, path }. */
function contentFiles() {
  return findExhibits().flatMap(({ root, id }) => {
    const dir = join(root, 'exhibits', id);
    const sub = (name: string) =>
      existsSync(join(dir, name))
        ? readdirSync(join(dir, name))
            .filter((f) => f.endsWith('.json'))
            .map((f) => `${name}/${f}`)
        : [];
    return ['exhibit.json', ...sub('chapters'), ...sub('plans')].map((f) => ({
      root,
      id,
      path: `exhibits/${id}/${f}`,
    }));
  });
}

/** A temporary content root with a copy of one fixture exhibit (its JSON files, not its media). */
function rootWith(id = 'test-exhibit') {
  const root = temp();
  cpSync(join('tests/fixtures/exhibits', id), join(root, 'exhibits', id), { recursive: true });
  return root;
}

describe('studio file writer', () => {
  it('writes every exhibit, chapter and plan file in the repository back byte for byte', async () => {
    const files = contentFiles();
    expect(files.length).toBeGreaterThan(20);
    const root = temp();
    const changed: string[] = [];
    for (const file of files) {
      const from = join(file.root, file.path);
      cpSync(from, join(root, file.path));
      const before = readFileSync(from, 'utf8');
      const read = readContentFile(root, file.path);
      expect(read.parseError, file.path).toBeNull();
      expect(syntaxError(before), file.path).toBeNull();
      const result = await writeContentFile(root, {
        path: file.path,
        json: read.json,
        baseHash: read.hash,
      });
      expect(result.status, `${file.path}: ${JSON.stringify(result).slice(0, 300)}`).toBe(
        'written',
      );
      if (readFileSync(join(root, file.path), 'utf8') !== before) changed.push(file.path);
    }
    expect(changed).toEqual([]);
  });

  it('keeps one-line objects and number spellings, and breaks a one-line object grown too long', async () => {
    const root = temp();
    const path = 'exhibits/x/plans/p.json';
    const before =
      '{\n  "name": { "en": "Zone A", "ru": "Зона А" },\n  "pause": 2.0,\n  "list": [1, 2]\n}\n';
    const same = await formatJson(root, path, parseJson(before).json, before);
    expect(same).toBe(before);
    const long = { name: { en: 'Zone A'.repeat(12), ru: 'Зона А' }, pause: 2.5, list: [1, 2] };
    const out = await formatJson(root, path, long, before);
    expect(out).toContain('"name": {\n    "en": ');
    expect(out).toContain('"pause": 2.5');
  });

  it('formats a new file as Prettier does (two-space indent, short lists on one line)', async () => {
    const root = temp();
    const out = await formatJson(root, 'exhibits/x/chapters/a.json', {
      id: 'a',
      title: { en: 'A' },
      list: ['x', 'y'],
    });
    expect(out).toBe(
      '{\n  "id": "a",\n  "title": {\n    "en": "A"\n  },\n  "list": ["x", "y"]\n}\n',
    );
  });

  it('refuses a write made from an older version: a conflict, with both versions, nothing written', async () => {
    const root = rootWith();
    const path = 'exhibits/test-exhibit/chapters/second-step.json';
    const read = readContentFile(root, path);
    // Someone else saves first (an editor, git checkout).
    const theirs = read.text.replace('Second Step', 'Second Stair');
    writeFileSync(filePath(root, path), theirs);
    const mine = structuredClone(read.json) as { title: { en: string } };
    mine.title.en = 'My Second Step';
    const result = await writeContentFile(root, { path, json: mine, baseHash: read.hash });
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(result.disk.text).toBe(theirs);
    expect(result.disk.hash).toBe(hashText(theirs));
    expect(result.mine).toEqual(mine);
    expect(readFileSync(filePath(root, path), 'utf8')).toBe(theirs);
    // A new file over one that exists is a conflict too.
    const again = await writeContentFile(root, { path, json: mine, baseHash: null });
    expect(again.status).toBe('conflict');
  });

  it('keeps an invalid edit as a draft with its errors, and leaves the file on disk as it was', async () => {
    const root = rootWith();
    const path = 'exhibits/test-exhibit/chapters/first-light.json';
    const read = readContentFile(root, path);
    const bad = structuredClone(read.json) as { script: { text: { en: string } }[] };
    bad.script[0]!.text.en = '';
    const result = await writeContentFile(root, { path, json: bad, baseHash: read.hash });
    expect(result.status).toBe('draft');
    if (result.status !== 'draft') return;
    expect(result.draft.errors.map((e) => e.path)).toContain('script[0].text.en');
    expect(result.draft.errors[0]!.file).toBe(path);
    expect(readFileSync(filePath(root, path), 'utf8')).toBe(read.text);
    // The draft is there when the file is read again, until the curator drops it.
    expect(readContentFile(root, path).draft?.json).toEqual(bad);
    expect(deleteDraft(root, path)).toBe(true);
    expect(readContentFile(root, path).draft).toBeNull();
    // A valid edit afterwards is written and drops any draft.
    await writeContentFile(root, { path, json: bad, baseHash: read.hash });
    const fixed = structuredClone(read.json) as { title: { en: string } };
    fixed.title.en = 'First Light Again';
    const written = await writeContentFile(root, { path, json: fixed, baseHash: read.hash });
    expect(written.status).toBe('written');
    expect(readContentFile(root, path).draft).toBeNull();
    expect(readdirSync(join(root, 'exhibits/test-exhibit/chapters')).sort()).toEqual([
      'first-light.json',
      'second-step.json',
    ]);
  });

  it('reads a malformed file with its parse error, line and column, and never throws', () => {
    const root = rootWith();
    const path = 'exhibits/test-exhibit/chapters/second-step.json';
    writeFileSync(
      filePath(root, path),
      '{\n  "id": "second-step",\n  "title": {\n    "en": "x",\n  }\n}\n',
    );
    const read = readContentFile(root, path);
    expect(read.json).toBeNull();
    expect(read.parseError).toMatchObject({ line: 5, column: 3 });
    expect(read.parseError!.message).not.toMatch(/position/);
    writeFileSync(filePath(root, path), '{\n  "id": "second-step",\n');
    expect(readContentFile(root, path).parseError).toMatchObject({ line: 3, column: 1 });
  });

  it('refuses paths outside exhibits/ and media/, or climbing out', () => {
    const root = rootWith();
    for (const bad of [
      '../etc/passwd',
      '/etc/passwd',
      'exhibits/../../etc/passwd',
      'exhibits/test-exhibit/../../../x.json',
      'src/main.ts',
      'package.json',
      'exhibits/test-exhibit',
      'exhibits\\test-exhibit\\exhibit.json',
      'exhibits//exhibit.json',
      'exhibits/./test-exhibit/exhibit.json',
      '',
    ]) {
      expect(() => checkPath(bad), bad).toThrow(PathRefused);
      expect(() => readContentFile(root, bad), bad).toThrow(PathRefused);
    }
    expect(() => readContentFile(root, 'exhibits/test-exhibit/a.png')).toThrow(PathRefused);
    expect(checkPath('media/test-exhibit/images/a.png')).toMatchObject({
      area: 'media',
      exhibit: 'test-exhibit',
    });
  });

  it('writes only JSON files', async () => {
    const root = rootWith();
    await expect(
      writeContentFile(root, {
        path: 'media/test-exhibit/narration/a.opus',
        json: {},
        baseHash: null,
      }),
    ).rejects.toThrow(PathRefused);
  });

  it('writes through a temporary file and a rename, leaving nothing beside the file', async () => {
    const root = rootWith();
    const path = 'exhibits/test-exhibit/chapters/new-one.json';
    const json = JSON.parse(
      readFileSync('tests/fixtures/exhibits/test-exhibit/chapters/second-step.json', 'utf8'),
    );
    json.id = 'new-one';
    const result = await writeContentFile(root, { path, json, baseHash: null });
    expect(result.status).toBe('written');
    expect(
      readdirSync(join(root, 'exhibits/test-exhibit/chapters')).filter((f) => f.includes('tmp')),
    ).toEqual([]);
  });
});
