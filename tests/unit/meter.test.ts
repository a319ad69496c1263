// The loudness and true-peak meter (scripts/media/meter.ts) on synthetic signals with known
// answers (BS.1770-4: a 997 Hz sine at 0 dBFS in one channel reads -3.01 LUFS), its gating, the
// exactness of its shortcut true peak, and decoding of committed Opus and MP3 files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeAudio,
  integratedLoudness,
  measure,
  mp3IsMono,
  truePeakChannel,
  truePeakChannelFull,
  type Pcm,
} from '../../scripts/media/meter.ts';
import { opusDuration } from '../../scripts/media/ogg.ts';

const sine = (hz: number, amplitude: number, seconds: number, rate = 48000, phase = 0) =>
  Float32Array.from(
    { length: Math.round(seconds * rate) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate + phase),
  );
const concat = (...parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
/** A seeded pseudo-random generator (mulberry32): the same noise on every run. */
const noise = (length: number, amplitude: number, seed = 1) => {
  let a = seed;
  return Float32Array.from({ length }, () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return amplitude * ((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * 2 - 1);
  });
};

describe('integrated loudness', () => {
  it('a 997 Hz sine at 0 dBFS reads -3.01 LUFS mono and 0.00 LUFS in both stereo channels', () => {
    for (const rate of [48000, 44100]) {
      const s = sine(997, 1, 5, rate);
      expect(integratedLoudness({ channels: [s], sampleRate: rate })).toBeCloseTo(-3.01, 1);
      expect(integratedLoudness({ channels: [s, s], sampleRate: rate })).toBeCloseTo(0, 1);
    }
  });

  it('follows the level: -20 dBFS reads -23.01 LUFS', () => {
    const s = sine(997, 0.1, 5);
    expect(integratedLoudness({ channels: [s], sampleRate: 48000 })).toBeCloseTo(-23.01, 1);
  });

  it('digital silence and sound under -70 LUFS are gated out absolutely', () => {
    const tone = sine(997, 0.1, 5);
    const withSilence = concat(tone, new Float32Array(48000 * 20), sine(997, 1e-5, 5));
    // 47 blocks inside the tone, and the 3 that straddle its end (3/4, 2/4 and 1/4 full) pass
    // the gates; every block in the silence does not: 48.5 blocks' energy over 50 blocks.
    expect(integratedLoudness({ channels: [withSilence], sampleRate: 48000 })).toBeCloseTo(
      -23.01 + 10 * Math.log10(48.5 / 50),
      2,
    );
    expect(integratedLoudness({ channels: [new Float32Array(48000)], sampleRate: 48000 })).toBe(
      -Infinity,
    );
  });

  it('quiet passages more than 10 LU down are gated out relatively; nearer ones count', () => {
    const loud = sine(997, 0.1, 10); // -23.01 LUFS
    const quiet = 10 ** (-30 / 10); // -53 LUFS: its 97 whole blocks are gated out
    const far = concat(loud, sine(997, 0.1 * Math.sqrt(quiet), 10));
    // 97 loud blocks and the 3 that straddle the change (3/4, 2/4, 1/4 loud) count.
    const straddling = 0.75 + 0.5 + 0.25 + (0.25 + 0.5 + 0.75) * quiet;
    expect(integratedLoudness({ channels: [far], sampleRate: 48000 })).toBeCloseTo(
      -23.01 + 10 * Math.log10((97 + straddling) / 100),
      2,
    );
    // -29.01 LUFS is within 10 LU: the mean energy of the two halves, -25.04 LUFS.
    const near = concat(loud, sine(997, 0.1 * 10 ** (-6 / 20), 10));
    const expected = -23.01 + 10 * Math.log10((1 + 10 ** (-6 / 10)) / 2);
    expect(integratedLoudness({ channels: [near], sampleRate: 48000 })).toBeCloseTo(expected, 1);
  });

  it('a file under 0.4 s (a short prompt) is measured as one block of its whole length', () => {
    const s = sine(997, 0.1, 0.25);
    expect(integratedLoudness({ channels: [s], sampleRate: 48000 })).toBeCloseTo(-23.01, 1);
  });
});

describe('true peak', () => {
  it('a quarter-rate sine sampled 45° off its crest: the true peak is 3.01 dB over the samples', () => {
    // Samples at ±0.7071 A; the waveform between them reaches A.
    const s = sine(12000, 0.5, 1, 48000, Math.PI / 4);
    const l = measure({ channels: [s], sampleRate: 48000 });
    expect(l.samplePeak).toBeCloseTo(20 * Math.log10(0.5 * Math.SQRT1_2), 2);
    expect(l.truePeak - l.samplePeak).toBeGreaterThan(3.01 - 0.2);
    expect(l.truePeak - l.samplePeak).toBeLessThan(3.01 + 0.2);
  });

  it('a low sine reads its sample peak (dBTP = dBFS within 0.05 dB)', () => {
    const l = measure({ channels: [sine(997, 0.5, 1)], sampleRate: 48000 });
    expect(Math.abs(l.truePeak - 20 * Math.log10(0.5))).toBeLessThan(0.05);
  });

  it('interpolating only near the peaks gives exactly what interpolating everything gives', () => {
    const signals = [
      noise(48000, 0.8),
      concat(sine(440, 0.2, 0.5), sine(11000, 0.9, 0.01, 48000, 1), noise(9000, 0.3, 7)),
      sine(12000, 0.5, 0.1, 48000, Math.PI / 4),
      Float32Array.of(0, 0, 1, -1, 1, 0, 0),
      Float32Array.of(0.5),
    ];
    for (const s of signals) expect(truePeakChannel(s)[0]).toBe(truePeakChannelFull(s));
  });
});

describe('decoding committed files (no ffmpeg)', () => {
  const media = 'tests/fixtures/media/test-exhibit';

  it('Ogg Opus: the whole duration, at 48 kHz', async () => {
    const bytes = readFileSync(`${media}/narration/first-light.en.opus`);
    const pcm = await decodeAudio(bytes, 'opus');
    expect(pcm.sampleRate).toBe(48000);
    expect(pcm.channels[0]!.length / 48000).toBeCloseTo(opusDuration(bytes), 2);
  });

  it('MP3: a mono file is measured as mono, and reads as loud as its Opus twin', async () => {
    const file = `${media}/narration/first-light.en`;
    const mp3Bytes = readFileSync(`${file}.mp3`);
    expect(mp3IsMono(mp3Bytes)).toBe(true);
    const mp3: Pcm = await decodeAudio(mp3Bytes, 'mp3');
    expect(mp3.channels).toHaveLength(1);
    const opus = await decodeAudio(readFileSync(`${file}.opus`), 'opus');
    expect(Math.abs(measure(mp3).lufs - measure(opus).lufs)).toBeLessThan(0.5);
  });
});
