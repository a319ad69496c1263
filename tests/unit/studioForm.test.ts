// The studio's pure parts: JSON Schema -> form fields (from the real cue registry), values set by
// path, the checker's error paths matched to fields, the caption lint the browser runs, the id
// checks and which chapter an error is about.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chapterFile } from '../../src/content/schema.ts';
import { CUES } from '../../src/cues/registry.ts';
import {
  CAPTION_LIMITS,
  captionSeconds,
  lintSentence,
  wordCount,
} from '../../src/content/captionLint.ts';
import {
  fieldOf,
  fieldsOf,
  getAt,
  matchErrorPath,
  missingRequired,
  normalizeErrorPath,
  parseJsonField,
  pathString,
  setAt,
  type Field,
  type JSONSchema,
} from '../../src/studio/schemaForm.ts';
import { idProblem, parseLanguages } from '../../src/studio/exhibitsScreen.ts';
import { chapterOfError } from '../../src/studio/checkPanel.ts';
import { sourceIdProblem } from '../../src/studio/sourceForm.ts';

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input' }) as JSONSchema;
const cueSchema = (type: keyof typeof CUES) => schema(CUES[type].schema);
const byKey = (fields: Field[], key: string) => fields.find((f) => f.key === key)!;

describe('JSON Schema to form fields', () => {
  it('makes every registered cue type a form without a JSON area for its common fields', () => {
    for (const type of Object.keys(CUES) as (keyof typeof CUES)[]) {
      const fields = fieldsOf(cueSchema(type), ['cues', 0]);
      expect(fields.map((f) => f.key)).not.toContain('type');
      expect(byKey(fields, 'sentence')).toMatchObject({ kind: 'number', integer: true, min: 1 });
      expect(byKey(fields, 'at')).toMatchObject({ kind: 'number', integer: false });
      expect(byKey(fields, 'attract').kind).toBe('boolean');
      expect(byKey(fields, 'description').kind).toBe('localized');
    }
  });

  it('reads a title cue: localized heading (required, with its limit), optional subheading', () => {
    const fields = fieldsOf(cueSchema('title'), ['cues', 2]);
    expect(byKey(fields, 'heading')).toMatchObject({
      kind: 'localized',
      required: true,
      maxLength: 50,
      label: 'Heading',
      path: ['cues', 2, 'heading'],
    });
    expect(byKey(fields, 'subheading')).toMatchObject({ kind: 'localized', required: false });
  });

  it('reads an image cue: enum, rights as an object of required texts, callouts as a list', () => {
    const fields = fieldsOf(cueSchema('image'), []);
    expect(byKey(fields, 'medium')).toMatchObject({
      kind: 'enum',
      options: ['photograph', 'drawing', 'painting', 'print'],
      required: true,
    });
    const rights = byKey(fields, 'rights');
    expect(rights.kind).toBe('object');
    if (rights.kind !== 'object') throw new Error('rights');
    expect(rights.fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ['credit', 'text', true],
      ['licence', 'text', true],
      ['source', 'text', true],
      ['date', 'text', true],
    ]);
    expect(byKey(fields, 'callouts')).toMatchObject({ kind: 'list', max: 4 });
    expect(byKey(fields, 'view').kind).toBe('object');
  });

  it('turns a shape it does not know into a JSON text area', () => {
    const odd: JSONSchema = {
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'number' } }],
    };
    expect(fieldOf('odd', odd, ['odd'], false).kind).toBe('json');
    const nested: JSONSchema = {
      type: 'array',
      items: { type: 'array', items: { type: 'number' } },
    };
    expect(fieldOf('grid', nested, ['grid'], false).kind).toBe('json');
    expect(fieldOf('when', { anyOf: [{ const: 'a' }, { const: 'b' }] }, [], true)).toMatchObject({
      kind: 'enum',
      options: ['a', 'b'],
    });
  });

  it('labels keys in words', () => {
    const fields = fieldsOf(schema(chapterFile), []);
    expect(byKey(fields, 'title')).toMatchObject({ kind: 'localized', label: 'Title' });
    expect(fieldOf('durationSeconds', { type: 'number' }, [], false).label).toBe(
      'Duration seconds',
    );
  });
});

describe('values by path', () => {
  it('sets a deep value on a copy, leaving the original alone', () => {
    const before = { cues: [{ type: 'title', heading: { en: 'A' } }] };
    const after = setAt(before, ['cues', 0, 'heading', 'ru'], 'Б');
    expect(after).toEqual({ cues: [{ type: 'title', heading: { en: 'A', ru: 'Б' } }] });
    expect(before.cues[0]!.heading).toEqual({ en: 'A' });
    expect(getAt(after, ['cues', 0, 'heading', 'ru'])).toBe('Б');
    expect(getAt(after, ['cues', 3, 'x'])).toBeUndefined();
  });

  it('removes an emptied optional field instead of writing ""', () => {
    const v = { heading: { en: 'A' }, subheading: { en: 'B' } };
    expect(setAt(v, ['subheading', 'en'], '')).toEqual({ heading: { en: 'A' } });
    expect(setAt({ at: 3, sentence: 2 }, ['at'], undefined)).toEqual({ sentence: 2 });
  });

  it('writes paths as the checker prints them', () => {
    expect(pathString(['cues', 0, 'heading', 'en'])).toBe('cues[0].heading.en');
    expect(pathString(['script', 1, 'text', 'ru'])).toBe('script[1].text.ru');
  });
});

describe('error paths to fields', () => {
  const fields = [
    'title.en',
    'script[1].text.ru',
    'script[1]',
    'cues[0].heading.en',
    'cues[2].rights',
  ];

  it('drops the cue type the checker names and reads caption sentences', () => {
    expect(normalizeErrorPath('cues[0](type = title).heading.en')).toBe('cues[0].heading.en');
    expect(normalizeErrorPath('sentence 2')).toBe('script[1]');
  });

  it('finds the field, else the nearest field holding it, else none', () => {
    expect(matchErrorPath('cues[0](type = title).heading.en', fields)).toBe('cues[0].heading.en');
    expect(matchErrorPath('script[1].text.ru', fields)).toBe('script[1].text.ru');
    expect(matchErrorPath('cues[2](type = image).rights.licence', fields)).toBe('cues[2].rights');
    expect(matchErrorPath('sentence 2', fields)).toBe('script[1]');
    expect(matchErrorPath('script[1].sources[0]', fields)).toBe('script[1]');
    expect(matchErrorPath('cues[5].heading.en', fields)).toBeUndefined();
    expect(matchErrorPath('', fields)).toBeUndefined();
  });
});

describe('required fields before a cue is saved', () => {
  it('holds back a picture without its rights, naming each missing field', () => {
    const image = cueSchema('image');
    const cue = {
      type: 'image',
      sentence: 1,
      image: 'images/a.jpg',
      medium: 'drawing',
      alt: { en: 'A hut' },
    };
    expect(missingRequired(image, cue, ['cues', 1])).toEqual([
      { path: 'cues[1].rights', message: 'Rights is needed' },
      { path: 'cues[1].rights.credit', message: 'Credit is needed' },
      { path: 'cues[1].rights.licence', message: 'Licence is needed' },
      { path: 'cues[1].rights.source', message: 'Source is needed' },
      { path: 'cues[1].rights.date', message: 'Date is needed' },
    ]);
    const rights = { credit: 'c', licence: 'CC0-1.0', source: 's', date: '2026' };
    expect(missingRequired(image, { ...cue, rights }, ['cues', 1])).toEqual([]);
  });

  it('counts a localized text with no language filled as missing', () => {
    expect(missingRequired(cueSchema('title'), { type: 'title', heading: {} })).toEqual([
      { path: 'heading', message: 'Heading is needed' },
    ]);
  });

  it('checks a JSON text area as typed', () => {
    expect(parseJsonField('[1, 2]')).toEqual({ ok: true, value: [1, 2] });
    expect(parseJsonField('')).toEqual({ ok: true, value: undefined });
    const bad = parseJsonField('[1, 2');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^not valid JSON: /);
  });
});

describe('caption lint in the browser, as the checker counts', () => {
  it('passes a sentence that fits two lines and is read slowly enough', () => {
    expect(lintSentence('None of it is a historical fact.', 2.08)).toEqual([]);
    expect(lintSentence('')).toEqual([]);
  });

  it('says when a sentence does not fit two lines of 42', () => {
    const long =
      'The strike committee met at night in the bath-house, and no guard came near it until morning.';
    expect(long.length).toBeGreaterThan(CAPTION_LIMITS.lines * CAPTION_LIMITS.lineChars);
    expect(lintSentence(long).map((l) => l.kind)).toEqual(['lines']);
  });

  it('says when it is read faster than 17 characters a second once voiced', () => {
    const [speed] = lintSentence('None of it is a historical fact.', 1.5);
    expect(speed).toMatchObject({ kind: 'speed' });
    expect(speed!.message).toContain('21.3 characters a second');
  });

  it('counts words as a listener hears them and advises at most 20', () => {
    expect(wordCount('Twenty\u00a0thousand men stopped work.')).toBe(4);
    const many = Array.from({ length: 21 }, () => 'one').join(' ');
    expect(lintSentence(many).map((l) => l.kind)).toContain('words');
  });

  it('times a caption from the manifest as the captions file does: speech plus its linger', () => {
    const manifest = JSON.parse(readFileSync('tests/fixtures/media/gallery/manifest.json', 'utf8'));
    const en = manifest.chapters.opening.en;
    const vtt = readFileSync('tests/fixtures/media/gallery/narration/opening.en.vtt', 'utf8');
    const cues = [...vtt.matchAll(/(\d+):(\d+)\.(\d+) --> (\d+):(\d+)\.(\d+)/g)].map((m) => {
      const t = (a: string, b: string, c: string) => Number(a) * 60 + Number(b) + Number(c) / 1000;
      return t(m[4]!, m[5]!, m[6]!) - t(m[1]!, m[2]!, m[3]!);
    });
    cues.forEach((seconds, i) =>
      expect(captionSeconds(en.speech, i, en.duration)).toBeCloseTo(seconds, 2),
    );
    expect(captionSeconds(en.speech, 9)).toBeUndefined();
  });
});

describe('ids and where errors belong', () => {
  it('checks an exhibit id as it is typed', () => {
    expect(idProblem('', [])).toMatch(/Give the exhibit an id/);
    expect(idProblem('Camp Life', [])).toMatch(/small letters/);
    expect(idProblem('camp--life', [])).toMatch(/single hyphens/);
    expect(idProblem('gallery', ['gallery'])).toBe('"gallery" is taken: choose another id.');
    expect(idProblem('camp-life', ['gallery'])).toBeNull();
    expect(parseLanguages('en, RU  uk')).toEqual(['en', 'ru', 'uk']);
    expect(sourceIdProblem('applebaum-2003', ['applebaum-2003'])).toMatch(/already/);
  });

  it('finds the chapter of an error from its file, the chapter or its captions', () => {
    const chapters = ['opening', 'image'];
    const e = (file: string) => ({ file, path: '', message: '' });
    expect(chapterOfError(e('/root/exhibits/gallery/chapters/image.json'), chapters)).toBe('image');
    expect(chapterOfError(e('media/gallery/narration/opening.ru.vtt'), chapters)).toBe('opening');
    expect(chapterOfError(e('exhibits/gallery/exhibit.json'), chapters)).toBeUndefined();
    expect(chapterOfError(e('exhibits/gallery/chapters/gone.json'), chapters)).toBeUndefined();
  });
});
