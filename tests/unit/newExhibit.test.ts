// `npm run new-exhibit` and the studio's scaffold (scripts/studio/scaffold.ts): a new exhibit
// passes `npm run content:check` at once, without voice tools (the template's media were made by
// the pipeline and are committed); a taken or bad id is refused with a clear error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptHash } from '../../scripts/media/hash.ts';
import { checkOneExhibit } from '../../scripts/studio/check.ts';
import {
  ScaffoldError,
  TEMPLATE_CHAPTER,
  TEMPLATE_ROOT,
  scaffoldExhibit,
  templateLanguages,
} from '../../scripts/studio/scaffold.ts';
import { memorialSentences } from '../../src/content/pacing.ts';
import { chapterFile } from '../../src/content/schema.ts';
import { BUILT_IN_UI } from '../../src/i18n/registry.ts';

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-exhibit-'));
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const tsx = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8' });
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('npm run new-exhibit', () => {
  it('scaffolds an exhibit that passes npm run content:check at once', () => {
    const root = temp();
    const ledger = readFileSync('media/prompts.json', 'utf8');
    const made = tsx([
      'scripts/studio/scaffold.ts',
      'hall-one',
      '--root',
      root,
      '--title',
      'Hall One',
      '--languages',
      'en,ru',
    ]);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/made .*exhibits\/hall-one/);
    const check = tsx(['scripts/checkContent.ts', root]);
    expect(check.stdout + check.stderr).toMatch(/ok .*exhibits\/hall-one: 1 chapters, en, ru/);
    expect(check.status).toBe(0);
    // A root outside the repository leaves the repository's prompt ledger alone.
    expect(readFileSync('media/prompts.json', 'utf8')).toBe(ledger);
  });

  it('refuses a taken id and a bad id with a clear error', () => {
    const root = temp();
    expect(tsx(['scripts/studio/scaffold.ts', 'hall-two', '--root', root]).status).toBe(0);
    const taken = tsx(['scripts/studio/scaffold.ts', 'hall-two', '--root', root]);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/id: "hall-two" is taken/);
    const bad = tsx(['scripts/studio/scaffold.ts', 'Hall_Two', '--root', root]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/lowercase letters, digits and single hyphens/);
    expect(existsSync(join(root, 'exhibits', 'Hall_Two'))).toBe(false);
  });

  it('writes each file with the $schema that is right from its folder, and the id of the folder', async () => {
    const root = temp();
    await scaffoldExhibit(root, { id: 'hall-three', title: 'Hall Three', languages: ['uk'] });
    const dir = join(root, 'exhibits', 'hall-three');
    const exhibit = json(join(dir, 'exhibit.json'));
    expect(exhibit).toMatchObject({
      id: 'hall-three',
      title: { uk: 'Hall Three' },
      languages: ['uk'],
      defaultLanguage: 'uk',
      chapters: [TEMPLATE_CHAPTER],
    });
    expect(exhibit.sources).toHaveLength(1);
    expect(readFileSync(resolve(dir, exhibit.$schema), 'utf8')).toBe(
      readFileSync('docs/exhibit.schema.json', 'utf8'),
    );
    const chapter = json(join(dir, 'chapters', `${TEMPLATE_CHAPTER}.json`));
    expect(existsSync(resolve(dir, 'chapters', chapter.$schema))).toBe(true);
    expect(chapter.script).toHaveLength(1);
    expect(Object.keys(chapter.script[0].text)).toEqual(['uk']);
    expect(chapter.script[0].sources).toEqual([exhibit.sources[0].id]);
    // Only its own language's media came with it.
    expect(
      Object.keys(json(join(root, 'media/hall-three/manifest.json')).chapters.introduction),
    ).toEqual(['uk']);
    expect(existsSync(join(root, 'media/hall-three/narration/introduction.en.opus'))).toBe(false);
  });

  for (const lang of templateLanguages()) {
    it(`a new exhibit in ${lang} alone passes the content check`, async () => {
      const root = temp();
      await scaffoldExhibit(root, { id: `hall-${lang}`, title: 'A Hall', languages: [lang] });
      const result = await checkOneExhibit(root, `hall-${lang}`);
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }

  it('refuses a language the template has no words or voice for, naming those it has', async () => {
    const root = temp();
    await expect(
      scaffoldExhibit(root, { id: 'hall-de', title: 'Halle', languages: ['de'] }),
    ).rejects.toThrow(ScaffoldError);
    await expect(
      scaffoldExhibit(root, { id: 'hall-de', title: 'Halle', languages: ['de'] }),
    ).rejects.toThrow(/written and voiced in en, ru, uk; de is not among them/);
  });

  it('duplicates an exhibit: its chapters and media, under the new id', async () => {
    const fixtures = resolve('tests/fixtures');
    const root = temp();
    const { StudioRoots } = await import('../../scripts/studio/roots.ts');
    const made = await scaffoldExhibit(new StudioRoots([root, fixtures]), {
      id: 'test-copy',
      title: 'A Copy',
      languages: ['en', 'ru'],
      from: 'test-exhibit',
    });
    expect(made.chapters).toEqual(['first-light', 'second-step']);
    expect(made.errors).toEqual([]);
    const result = await checkOneExhibit(root, 'test-copy');
    expect(result.errors).toEqual([]);
  });
});

describe('the template', () => {
  it("was voiced from today's sentence, title and language names (npm run media, media:prompts)", () => {
    const dir = join(TEMPLATE_ROOT, 'exhibits', 'template');
    const chapter = chapterFile.parse(json(join(dir, 'chapters', `${TEMPLATE_CHAPTER}.json`)));
    const manifest = json(join(TEMPLATE_ROOT, 'media/template/manifest.json'));
    const stamps: Record<string, string> = json(join(TEMPLATE_ROOT, 'prompts.json'));
    const context = { memorialAt: memorialSentences(chapter.cues) };
    for (const lang of templateLanguages()) {
      expect(manifest.chapters[TEMPLATE_CHAPTER][lang].hash, lang).toBe(
        scriptHash(chapter.script!, lang, context),
      );
      const prompt = (name: string) =>
        JSON.parse(stamps[`media/template/prompts/${lang}/${name}`] ?? '{}').text;
      expect(prompt(`chapter-${TEMPLATE_CHAPTER}`)).toBe(chapter.title[lang]);
      expect(prompt('language')).toBe(BUILT_IN_UI[lang]!.languageName);
      for (const ext of ['opus', 'mp3', 'vtt'])
        expect(
          existsSync(
            join(TEMPLATE_ROOT, `media/template/narration/${TEMPLATE_CHAPTER}.${lang}.${ext}`),
          ),
        ).toBe(true);
    }
  });
});
