import { describe, expect, it } from 'vitest';
import { captionAt, parseVtt, sentenceIndexAt } from '../../src/content/vtt.ts';
import { readConfig } from '../../src/config.ts';

const SAMPLE = `WEBVTT

1
00:00:00.000 --> 00:00:01.500
First line
second line

00:01.700 --> 00:03.250
Next sentence.
`;

describe('WebVTT', () => {
  it('reads cues with hours or without, identifiers and multi-line text', () => {
    expect(parseVtt(SAMPLE)).toEqual([
      { start: 0, end: 1.5, text: 'First line\nsecond line', sentence: 0 },
      { start: 1.7, end: 3.25, text: 'Next sentence.', sentence: 1 },
    ]);
  });

  it('names the line of a malformed timing', () => {
    expect(() => parseVtt('WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nBackwards\n')).toThrow(
      /^line 3: expected/,
    );
    expect(() => parseVtt('00:00.000 --> 00:01.000\nx')).toThrow(/line 1: expected "WEBVTT"/);
  });

  it('finds the caption and the sentence at a time', () => {
    const c = parseVtt(SAMPLE);
    expect(captionAt(c, 1.6)).toBeUndefined();
    expect(captionAt(c, 2)?.text).toBe('Next sentence.');
    expect(sentenceIndexAt(c, 1.6)).toBe(0);
    expect(sentenceIndexAt(c, 9)).toBe(1);
  });
});

describe('start-up settings', () => {
  it('takes a valid exhibit id from the URL and falls back otherwise', () => {
    expect(readConfig('?exhibit=uprising', false).exhibitId).toBe('uprising');
    expect(readConfig('?exhibit=../etc', false).exhibitId).toBe('uprising');
    expect(readConfig('', true).reducedMotion).toBe(true);
    expect(readConfig('?reducedMotion=1', false).reducedMotion).toBe(true);
  });

  it('takes a known effects mode and otherwise chooses by renderer', () => {
    expect(readConfig('?effects=none', false).effects).toBe('none');
    expect(readConfig('?effects=filters', false).effects).toBe('filters');
    expect(readConfig('?effects=sparkles', false).effects).toBe('auto');
    expect(readConfig('', false).effects).toBe('auto');
  });
});

describe('sentences split over two cues', () => {
  const SPLIT = `WEBVTT

1
00:00.500 --> 00:03.000
One.

2.1
00:03.500 --> 00:08.000
A long sentence,

2.2
00:08.250 --> 00:12.000
in two parts.
`;
  it('ties each part to its sentence', async () => {
    const { sentenceCount, sentenceStart } = await import('../../src/content/vtt.ts');
    const c = parseVtt(SPLIT);
    expect(c.map((x) => x.sentence)).toEqual([0, 1, 1]);
    expect(sentenceCount(c)).toBe(2);
    expect(sentenceStart(c, 1)).toBe(3.5);
    expect(sentenceIndexAt(c, 9)).toBe(1);
  });
});
