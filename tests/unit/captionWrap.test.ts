// How a caption is set on its two lines (scripts/media/captions.ts): even lines, broken where the
// phrase allows, never one word alone, never past 42 characters. The sentences are Uprising's own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_LIMITS, rewrapVtt, wrapCaption } from '../../scripts/media/captions.ts';

describe('wrapCaption', () => {
  it('keeps a caption that fits on one line', () => {
    expect(wrapCaption('An MVD inquiry recorded seven wounded.')).toEqual([
      'An MVD inquiry recorded seven wounded.',
    ]);
  });

  it.each([
    // After a comma or a colon rather than mid-phrase.
    [
      'At its height, more than 15,000 prisoners took part.',
      ['At its height,', 'more than 15,000 prisoners took part.'],
    ],
    [
      'Rumours spread in the camps: all would be freed, or all would be shot.',
      ['Rumours spread in the camps:', 'all would be freed, or all would be shot.'],
    ],
    // Before a preposition, not after one or an article.
    [
      'Many had fought Soviet rule in Western Ukraine and the Baltic states.',
      ['Many had fought Soviet rule', 'in Western Ukraine and the Baltic states.'],
    ],
    // Not between a number and what it counts.
    [
      'Vorkuta lies about 100 km north of the Arctic Circle.',
      ['Vorkuta lies about 100 km', 'north of the Arctic Circle.'],
    ],
  ])('en: %s', (text, lines) => {
    expect(wrapCaption(text)).toEqual(lines);
  });

  it.each([
    [
      '26 июня 1953 года в Москве арестовали Берию.',
      ['26 июня 1953 года', 'в Москве арестовали Берию.'],
    ],
    [
      'Войска открыли огонь, и забастовка в Воркуте была подавлена.',
      ['Войска открыли огонь,', 'и забастовка в Воркуте была подавлена.'],
    ],
    [
      'По требованию ФСБ статью Макаровой о Норильске исключили из Книги памяти.',
      ['По требованию ФСБ статью Макаровой', 'о Норильске исключили из Книги памяти.'],
    ],
  ])('ru: %s', (text, lines) => {
    expect(wrapCaption(text)).toEqual(lines);
  });

  it.each([
    [
      'Пайки ділили порівну, їжу для всього табору готували жінки.',
      ['Пайки ділили порівну,', 'їжу для всього табору готували жінки.'],
    ],
    [
      'Воркута лежить приблизно за 100 км на північ від Полярного кола.',
      ['Воркута лежить приблизно за 100 км', 'на північ від Полярного кола.'],
    ],
    [
      'В’язень Леонід Маркізов згадував, що про страйк повідомляло західне радіо.',
      ['В’язень Леонід Маркізов згадував,', 'що про страйк повідомляло західне радіо.'],
    ],
  ])('uk: %s', (text, lines) => {
    expect(wrapCaption(text)).toEqual(lines);
  });

  it('leaves a dash at the end of its line, never at the start of the next', () => {
    const lines = wrapCaption(
      'Дольше всех держалось 3-е лаготделение — до штурма 4 августа 1953 года.',
    );
    expect(lines).toEqual([
      'Дольше всех держалось 3-е лаготделение —',
      'до штурма 4 августа 1953 года.',
    ]);
  });

  it('leaves no word alone on a line when another break fits', () => {
    // The most even break would leave "killed" alone; anything else is better.
    const lines = wrapCaption('Survivors spoke of 500 to 700 killed and wounded in the camp.');
    expect(lines.every((l) => l.includes(' '))).toBe(true);
  });
});

describe('every committed caption', () => {
  const dirs = ['media/uprising/narration', 'tests/fixtures/media/test-exhibit/narration'];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.vtt'))
      .map((f) => join(d, f)),
  );

  it.each(files)('%s is wrapped as wrapCaption wraps it, within the limits', (file) => {
    const vtt = readFileSync(file, 'utf8');
    // `npm run media` was run after the last change to the algorithm.
    expect(rewrapVtt(vtt)).toBe(vtt);
    for (const block of vtt.split('\n\n').slice(1)) {
      const lines = block.split('\n').slice(2).filter(Boolean);
      expect(lines.length, block).toBeLessThanOrEqual(CAPTION_LIMITS.lines);
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(42);
      if (lines.length === 2)
        expect(
          lines.every((l) => l.includes(' ')),
          block,
        ).toBe(true);
    }
  });
});

describe('rewrapVtt', () => {
  it('wraps the text again and leaves identifiers, times and the file end alone', () => {
    const vtt =
      'WEBVTT\n\n1\n00:00:00.500 --> 00:00:05.000\nAt its height, more than\n15,000 prisoners took part.\n';
    expect(rewrapVtt(vtt)).toBe(
      'WEBVTT\n\n1\n00:00:00.500 --> 00:00:05.000\nAt its height,\nmore than 15,000 prisoners took part.\n',
    );
  });
});
