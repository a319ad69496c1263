// The sources screen's data and the reading list the build makes: works grouped by chapter, hosts
// without paths, the QR code made from the exhibit's address (and none without one), the
// take-home page, and the error an author reads for a bad address.
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  groupSources,
  imprint,
  printedAddress,
  sourceHost,
} from '../../src/content/bibliography.ts';
import { exhibitFile, type SourceWork } from '../../src/content/schema.ts';
import { readingListFiles } from '../../scripts/readingList/files.ts';
import { qrSvg } from '../../scripts/readingList/qr.ts';

const work = (id: string, more: Partial<SourceWork> = {}): SourceWork => ({
  id,
  author: `Author ${id}`,
  title: `Title ${id}`,
  ...more,
});

describe('groupSources', () => {
  const works = [work('a'), work('b'), work('c')];
  it('lists each chapter’s works in order of first citation; a later chapter points back', () => {
    const chapters = [{ sources: ['b', 'a', 'b'] }, { sources: [] }, { sources: ['c', 'a'] }];
    const groups = groupSources(chapters, works);
    expect(groups.map((g) => g.index)).toEqual([0, 2]);
    expect(groups[0]!.entries.map((e) => [e.work.id, e.listedUnder])).toEqual([
      ['b', undefined],
      ['a', undefined],
    ]);
    expect(groups[1]!.entries.map((e) => [e.work.id, e.listedUnder])).toEqual([
      ['c', undefined],
      ['a', 0],
    ]);
  });
  it('skips ids the exhibit does not list', () =>
    expect(groupSources([{ sources: ['x'] }], works)).toEqual([]));
});

describe('how a work’s address and imprint read', () => {
  it('shows the host only, without www. or a path', () => {
    expect(sourceHost('http://memorial.krsk.ru/Articles/1993/Makarova/3.htm')).toBe(
      'memorial.krsk.ru',
    );
    expect(sourceHost('https://www.ucrdc.org/HI-THE_GULAG_UPRISINGS_OF_1952-54.html')).toBe(
      'ucrdc.org',
    );
    expect(sourceHost(undefined)).toBeUndefined();
    expect(sourceHost('not an address')).toBeUndefined();
  });
  it('shows an internationalised host in its own letters', () => {
    // new URL() turns these into "xn--…" labels; the screen turns them back.
    for (const host of ['кремль.рф', 'пример.испытание', 'münchen.de', 'мвс.gov.ua'])
      expect(sourceHost(`https://${host}/page`)).toBe(host);
  });
  it('sets publisher and year as a label does', () => {
    expect(imprint(work('a', { publisher: 'Doubleday', year: 2003 }))).toBe('Doubleday, 2003');
    expect(imprint(work('a', { year: 2003 }))).toBe('2003');
    expect(imprint(work('a'))).toBe('');
  });
  it('prints the reading list’s address without its scheme', () =>
    expect(printedAddress('https://museum.example/reading/')).toBe('museum.example/reading'));
});

/** The dark modules an SVG from `qrcode` draws, row by row ("1" dark), read back from its path. */
function modulesOf(svg: string): string[] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const rows = Array.from({ length: size }, () => Array<string>(size).fill('0'));
  const d = /<path[^>]*stroke="[^"]+"[^>]*d="([^"]+)"/.exec(svg)![1]!;
  let [x, y] = [0, 0];
  for (const [, op, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?:\s(-?[\d.]+))?/g)) {
    if (op === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (op === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else for (let i = 0; i < Number(a); i++) rows[y]![x++] = '1';
  }
  return rows.map((r) => r.join(''));
}

describe('the reading list’s QR code', () => {
  const url = 'https://museum.example/uprising/reading-list';
  it('draws the code the encoder makes of the address, with a quiet zone', async () => {
    const svg = await qrSvg(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const margin = 4;
    const drawn = modulesOf(svg);
    expect(drawn).toHaveLength(modules.size + 2 * margin);
    const inner = drawn
      .slice(margin, margin + modules.size)
      .map((row) => row.slice(margin, margin + modules.size));
    const expected = Array.from({ length: modules.size }, (_, r) =>
      Array.from({ length: modules.size }, (_, c) => (modules.get(r, c) ? '1' : '0')).join(''),
    );
    expect(inner).toEqual(expected);
    expect(drawn[0]).toBe('0'.repeat(drawn.length));
  });
  it('differs with the address', async () =>
    expect(await qrSvg(`${url}/2`)).not.toBe(await qrSvg(url)));
});

describe('readingListFiles: what the build writes for an exhibit', () => {
  const copy = (edit: (exhibit: Record<string, unknown>) => void) => {
    const root = mkdtempSync(join(tmpdir(), 'reading-'));
    cpSync('tests/fixtures/exhibits/test-exhibit', join(root, 'exhibits/test-exhibit'), {
      recursive: true,
    });
    const file = join(root, 'exhibits/test-exhibit/exhibit.json');
    const exhibit = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(exhibit);
    writeFileSync(file, JSON.stringify(exhibit));
    return root;
  };
  it('a QR code of the exhibit’s address and a take-home page per language', async () => {
    const files = await readingListFiles('tests/fixtures', 'test-exhibit');
    expect(Object.keys(files).sort()).toEqual([
      'media/test-exhibit/reading-list/qr.svg',
      'take-home/test-exhibit/en.html',
      'take-home/test-exhibit/index.html',
      'take-home/test-exhibit/ru.html',
    ]);
    expect(files['media/test-exhibit/reading-list/qr.svg']).toBe(
      await qrSvg('https://museum.example/test-exhibit/reading-list'),
    );
    const ru = files['take-home/test-exhibit/ru.html']!;
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('Глава 2 из 2');
    expect(ru).toContain('<a href="en.html" hreflang="en" lang="en">English</a>');
    expect(ru).toContain('href="https://www.press.example/books/death-and-redemption"');
    expect(ru).toContain('Подробнее\u00a0— в главе 1');
    expect(ru).toContain('Описание тестовой записи');
    expect(files['take-home/test-exhibit/index.html']).toBe(
      files['take-home/test-exhibit/en.html'],
    );
  });
  it('no QR code when the exhibit sets no address', async () => {
    const root = copy((e) => delete e.readingList);
    const files = await readingListFiles(root, 'test-exhibit');
    expect(Object.keys(files).some((f) => f.endsWith('.svg'))).toBe(false);
    expect(files['take-home/test-exhibit/en.html']).toContain('Gulag: A History');
  });
  it('an unreadable exhibit names its file', async () => {
    const root = copy((e) => (e.readingList = { url: 'museum.example' }));
    await expect(readingListFiles(root, 'test-exhibit')).rejects.toThrow(
      /exhibits\/test-exhibit\/exhibit\.json is not valid/,
    );
  });
});

describe('readingList in exhibit.json', () => {
  const base = JSON.parse(
    readFileSync('tests/fixtures/exhibits/test-exhibit/exhibit.json', 'utf8'),
  ) as Record<string, unknown>;
  const problem = (readingList: unknown) =>
    exhibitFile
      .safeParse({ ...base, readingList })
      .error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  it('accepts an https address and an optional label per language', () =>
    expect(
      problem({ url: 'https://museum.example/r', label: { en: 'Read more at home' } }),
    ).toBeUndefined());
  it('tells an author what a bad address should be', () => {
    expect(problem({ url: 'http://museum.example/r' })).toEqual([
      'readingList.url: expected the web address of the museum\'s reading list page, starting with https://, e.g. "https://museum.example/uprising/reading"',
    ]);
    expect(problem({ url: `https://museum.example/${'x'.repeat(100)}` })?.[0]).toMatch(
      /^readingList\.url: expected at most 100 characters/,
    );
  });
});
