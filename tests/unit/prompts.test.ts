// The keypad's spoken prompts are committed media: every control name in every language has its
// file, made from the words the screen shows now (a changed string needs `npm run media:prompts`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_UI, LANGUAGE_CODES, SPOKEN_KEYS } from '../../src/i18n/registry.ts';

const ledger: Record<string, string> = JSON.parse(readFileSync('media/prompts.json', 'utf8'));

describe('spoken prompts', () => {
  for (const lang of LANGUAGE_CODES) {
    it(`every control name is spoken in ${lang}, from today's words`, () => {
      const stale: string[] = [];
      for (const key of SPOKEN_KEYS) {
        const base = join('media', 'prompts', lang, key);
        const text = BUILT_IN_UI[lang]![key];
        if (!existsSync(`${base}.opus`) || !existsSync(`${base}.mp3`))
          stale.push(`${key}: no file`);
        else if (JSON.parse(ledger[base] ?? '{}').text !== text)
          stale.push(`${key}: "${text}" changed`);
      }
      expect(stale, 'run npm run media:prompts').toEqual([]);
    });
  }

  it('every chapter title of Uprising is spoken in each of its languages, from today’s title', () => {
    const exhibit = JSON.parse(readFileSync('exhibits/uprising/exhibit.json', 'utf8'));
    const stale = (exhibit.languages as string[]).flatMap((lang) =>
      (exhibit.chapters as string[]).flatMap((id) => {
        const chapter = JSON.parse(readFileSync(`exhibits/uprising/chapters/${id}.json`, 'utf8'));
        const base = join('media', 'uprising', 'prompts', lang, `chapter-${id}`);
        if (!existsSync(`${base}.opus`)) return [`${base}: no file`];
        const made = JSON.parse(ledger[base] ?? '{}').text;
        return made === chapter.title[lang] ? [] : [`${base}: made from "${made}"`];
      }),
    );
    const names = (exhibit.languages as string[])
      .map((lang) => join('media', 'uprising', 'prompts', lang, 'language.opus'))
      .filter((f) => !existsSync(f));
    expect([...stale, ...names], 'run npm run media:prompts').toEqual([]);
  });
});
