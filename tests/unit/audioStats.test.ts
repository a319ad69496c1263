// The pure parts of the voice measurements and the audio report (scripts/media/audioStats.ts): no
// audio tools are needed.
import { describe, expect, it } from 'vitest';
import {
  levelFlags,
  pitchSpread,
  sentenceTimings,
  wordErrors,
  words,
} from '../../scripts/media/audioStats.ts';
import { parseVtt } from '../../src/content/vtt.ts';

const VTT = `WEBVTT

1
00:00:00.500 --> 00:00:03.400
Stalin died on 5 March 1953.

2.1
00:00:03.500 --> 00:00:06.000
It freed 1.2 to 1.35 million people,

2.2
00:00:06.250 --> 00:00:08.900
the largest amnesty in Soviet history.

3
00:00:09.500 --> 00:00:11.000
Beria was arrested.
`;

describe('sentenceTimings', () => {
  it('measures the silence from each speech end to the next sentence, not the lingering caption', () => {
    const silences = [
      { start: 0, end: 0.5 },
      { start: 3.0, end: 3.5 },
      { start: 6.0, end: 6.25 }, // between the two parts of sentence 2: not a sentence gap
      { start: 8.5, end: 9.5 },
      { start: 10.6, end: 11.6 },
    ];
    const { timings, exact } = sentenceTimings(parseVtt(VTT), silences, 11.6);
    expect(exact).toBe(true);
    expect(timings.map((t) => t.gap)).toEqual([0.5, 1.0, undefined]);
    expect(timings[1]).toMatchObject({ start: 3.5, speechEnd: 8.5 });
  });

  it('falls back to the caption end, and says so, when no silence was found', () => {
    const { timings, exact } = sentenceTimings(parseVtt(VTT), [], 11.6);
    expect(exact).toBe(false);
    expect(timings[0]?.gap).toBeCloseTo(0.1, 6);
  });
});

describe('wordErrors', () => {
  it('counts substitutions, deletions and insertions', () => {
    const ref = words('Stalin died on fifth March, nineteen fifty-three.');
    expect(ref).toEqual(['stalin', 'died', 'on', 'fifth', 'march', 'nineteen', 'fifty', 'three']);
    expect(wordErrors(ref, words("stand i'm on fifth march nineteen fifty three"))).toBe(2);
    expect(wordErrors(ref, [])).toBe(8);
    expect(wordErrors([], ['a'])).toBe(1);
  });
});

describe('pitchSpread', () => {
  it('is in semitones and ignores unvoiced frames', () => {
    const f0 = [0, 100, 200, 100, 200, 0];
    const s = pitchSpread(f0);
    expect(s.median).toBe(150);
    expect(s.range).toBeCloseTo(12, 6); // an octave
    expect(s.sd).toBeCloseTo(Math.sqrt(48), 6); // ±6 st about the mean, n − 1
  });
});

describe('levelFlags', () => {
  it('flags loudness outside the target ±1 and a true peak over −1 dBTP', () => {
    expect(levelFlags('speech', -16.4, -1.2)).toBe('');
    expect(levelFlags('speech', -17.5, 0.6)).toMatch(/loudness.*true peak/);
    expect(levelFlags('music', -23, -9)).toBe('');
    expect(levelFlags('music', -16, -9)).toMatch(/-23 ±1/);
  });
});
