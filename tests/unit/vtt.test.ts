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
      { start: 0, end: 1.5, text: 'First line\nsecond line' },
      { start: 1.7, end: 3.25, text: 'Next sentence.' },
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
});
