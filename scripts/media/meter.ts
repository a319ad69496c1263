// A loudness and true-peak meter in plain TypeScript: no ffmpeg, so the media lint and the tests
// run anywhere Node runs. Decodes Ogg Opus (ogg-opus-decoder) and MP3 (mpg123-decoder) to float
// PCM, then measures as ITU-R BS.1770-4 / EBU R128 do:
// - integrated loudness: K-weighting at the file's own sample rate, 400 ms blocks every 100 ms,
//   an absolute gate at -70 LUFS and a relative gate 10 LU below the absolutely-gated loudness,
//   channels summed (weight 1 for mono and stereo). A file shorter than one block (a keypad
//   prompt under 0.4 s of sound) is measured as ONE block of its whole length, as it would
//   otherwise have no loudness at all.
// - true peak: 4x oversampling with the 48-tap polyphase FIR of BS.1770-4 Annex 2, in dBTP;
//   reported as the larger of that and the sample peak. Only the stretches that can reach the
//   maximum are interpolated (see truePeakChannel): the answer is exactly what interpolating
//   every sample would give, at a fraction of the work.
import { readFileSync } from 'node:fs';
import { MPEGDecoder } from 'mpg123-decoder';
import { OggOpusDecoder } from 'ogg-opus-decoder';

/** Decoded audio: one Float32Array per channel, at `sampleRate`. */
export interface Pcm {
  channels: Float32Array[];
  sampleRate: number;
}

/** What the meter measures of one file. */
export interface Levels {
  /** Integrated loudness, LUFS (-Infinity when every block is below the absolute gate). */
  lufs: number;
  /** True peak, dBTP (-Infinity for digital silence). */
  truePeak: number;
  /** Sample peak, dBFS. */
  samplePeak: number;
  /** Duration, seconds. */
  seconds: number;
}

/** Bumped whenever a change to this file could change a measurement (the lint's cache key). */
export const METER_VERSION = 1;

// ---------------------------------------------------------------------------------------------
// Decoding

let opus: OggOpusDecoder | undefined;
let mpeg: MPEGDecoder | undefined;

/** Decodes an Ogg Opus (`.opus`, `.ogg`) or MP3 (`.mp3`) file's bytes to PCM. */
export async function decodeAudio(bytes: Uint8Array, kind: 'opus' | 'mp3'): Promise<Pcm> {
  if (kind === 'opus') {
    opus ??= new OggOpusDecoder();
    await opus.ready;
    await opus.reset();
    const r = await opus.decodeFile(bytes);
    if (r.errors.length) throw new Error(`Opus decode error: ${r.errors[0]!.message}`);
    return { channels: r.channelData, sampleRate: r.sampleRate };
  }
  mpeg ??= new MPEGDecoder();
  await mpeg.ready;
  await mpeg.reset();
  const r = mpeg.decode(bytes);
  if (r.errors.length) throw new Error(`MP3 decode error: ${r.errors[0]!.message}`);
  // mpg123-decoder gives a mono file as two equal channels: measure it as the one it is.
  const channels = mp3IsMono(bytes) ? r.channelData.slice(0, 1) : r.channelData;
  return { channels, sampleRate: r.sampleRate };
}

/** Whether an MP3's first frame header says mono (channel mode 3), after any ID3v2 tag. */
export function mp3IsMono(bytes: Uint8Array): boolean {
  let at = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    // "ID3": a 10-byte header whose size is four 7-bit bytes.
    at = 10 + ((bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!);
  }
  for (; at + 3 < bytes.length; at++) {
    if (bytes[at] === 0xff && (bytes[at + 1]! & 0xe0) === 0xe0) return bytes[at + 3]! >> 6 === 3;
  }
  return false;
}

/** The decoder a file name asks for, or undefined for a file the meter cannot read. */
export const kindOf = (file: string): 'opus' | 'mp3' | undefined =>
  /\.(opus|ogg)$/i.test(file) ? 'opus' : /\.mp3$/i.test(file) ? 'mp3' : undefined;

/** Decodes and measures an audio file (.opus, .ogg or .mp3). */
export async function measureFile(file: string): Promise<Levels> {
  const kind = kindOf(file);
  if (!kind) throw new Error(`${file}: the meter reads .opus, .ogg and .mp3 files`);
  return measure(await decodeAudio(readFileSync(file), kind));
}

/** Frees the decoders' WebAssembly memory (they are made again when next needed). */
export function freeDecoders(): void {
  opus?.free();
  mpeg?.free();
  opus = mpeg = undefined;
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** Loudness, true peak and sample peak of decoded audio. */
export function measure(pcm: Pcm): Levels {
  let tp = 0;
  let sp = 0;
  for (const ch of pcm.channels) {
    const [t, s] = truePeakChannel(ch);
    tp = Math.max(tp, t);
    sp = Math.max(sp, s);
  }
  return {
    lufs: integratedLoudness(pcm),
    truePeak: 20 * Math.log10(tp),
    samplePeak: 20 * Math.log10(sp),
    seconds: (pcm.channels[0]?.length ?? 0) / pcm.sampleRate,
  };
}

/** K-weighting (BS.1770-4 pre-filter and RLB high-pass) as two biquads, for any sample rate. */
export function kWeighting(rate: number): { b: number[]; a: number[] }[] {
  // The analogue prototypes of the standard's 48 kHz coefficients, by the bilinear transform
  // (the same derivation as libebur128): at 48 kHz they give the tabulated coefficients.
  let f0 = 1681.974450955533;
  const G = 3.999843853973347;
  let Q = 0.7071752369554196;
  let K = Math.tan((Math.PI * f0) / rate);
  const Vh = 10 ** (G / 20);
  const Vb = Vh ** 0.4996667741545416;
  let a0 = 1 + K / Q + K * K;
  const shelf = {
    b: [
      (Vh + (Vb * K) / Q + K * K) / a0,
      (2 * (K * K - Vh)) / a0,
      (Vh - (Vb * K) / Q + K * K) / a0,
    ],
    a: [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0],
  };
  f0 = 38.13547087602444;
  Q = 0.5003270373238773;
  K = Math.tan((Math.PI * f0) / rate);
  a0 = 1 + K / Q + K * K;
  const highPass = { b: [1, -2, 1], a: [1, (2 * (K * K - 1)) / a0, (1 - K / Q + K * K) / a0] };
  return [shelf, highPass];
}

/** Channel weights of BS.1770-4: 1 for L, R, C; 0 for LFE; 1.41 for the surrounds (5.1 order). */
const weight = (channel: number, count: number) =>
  count === 6 ? ([1, 1, 1, 0, 1.41, 1.41][channel] ?? 1) : 1;

/** Integrated loudness in LUFS (BS.1770-4 gating; see the file's head for short files). */
export function integratedLoudness({ channels, sampleRate }: Pcm): number {
  const n = channels[0]?.length ?? 0;
  if (!n) return -Infinity;
  // The K-weighted energy of each 100 ms segment, summed over channels with their weights.
  const bounds = (k: number) => Math.round((k * sampleRate) / 10);
  const segments = Math.floor(n / (sampleRate / 10) + 1e-9);
  const energy = new Float64Array(Math.max(segments, 1));
  let total = 0;
  const [f1, f2] = kWeighting(sampleRate);
  channels.forEach((x, c) => {
    const g = weight(c, channels.length);
    if (!g) return;
    const [b0, b1, b2] = f1!.b as [number, number, number];
    const [, a1, a2] = f1!.a as [number, number, number];
    const [, c1, c2] = f2!.a as [number, number, number];
    // Direct form II transposed, both stages in one loop; the high-pass's b is (1, -2, 1).
    let s1 = 0,
      s2 = 0,
      t1 = 0,
      t2 = 0,
      seg = 0,
      end = segments ? bounds(1) : n,
      acc = 0,
      all = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i]!;
      const y = b0 * v + s1;
      s1 = b1 * v - a1 * y + s2;
      s2 = b2 * v - a2 * y;
      const z = y + t1;
      t1 = -2 * y - c1 * z + t2;
      t2 = y - c2 * z;
      const e = z * z;
      acc += e;
      if (i + 1 === end) {
        if (seg < energy.length) energy[seg] = energy[seg]! + g * acc;
        all += acc;
        acc = 0;
        seg++;
        end = seg < segments ? bounds(seg + 1) : n;
      }
    }
    total += g * (all + acc);
  });
  const lk = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);
  if (segments < 4) {
    // Shorter than one 400 ms block: one block of the whole file (absolute gate only).
    const l = lk(total / n);
    return l > -70 ? l : -Infinity;
  }
  const blocks: number[] = [];
  for (let j = 0; j + 4 <= segments; j++) {
    const e = energy[j]! + energy[j + 1]! + energy[j + 2]! + energy[j + 3]!;
    blocks.push(e / (bounds(j + 4) - bounds(j)));
  }
  const gated = (threshold: number) => {
    let sum = 0,
      count = 0;
    for (const z of blocks)
      if (lk(z) > threshold) {
        sum += z;
        count++;
      }
    return count ? sum / count : 0;
  };
  const absolute = gated(-70);
  if (!absolute) return -Infinity;
  const relative = gated(Math.max(-70, lk(absolute) - 10));
  return relative ? lk(relative) : -Infinity;
}

/** BS.1770-4 Annex 2: the 48-tap interpolation filter, as 4 phases of 12 taps. */
export const TRUE_PEAK_PHASES: readonly (readonly number[])[] = [
  [
    0.001708984375, 0.010986328125, -0.0196533203125, 0.033203125, -0.0594482421875,
    0.1373291015625, 0.97216796875, -0.102294921875, 0.047607421875, -0.026611328125,
    0.014892578125, -0.00830078125,
  ],
  [
    -0.0291748046875, 0.029296875, -0.0517578125, 0.089111328125, -0.16650390625, 0.465087890625,
    0.77978515625, -0.2003173828125, 0.1015625, -0.0582275390625, 0.0330810546875, -0.0189208984375,
  ],
  [
    -0.0189208984375, 0.0330810546875, -0.0582275390625, 0.1015625, -0.2003173828125, 0.77978515625,
    0.465087890625, -0.16650390625, 0.089111328125, -0.0517578125, 0.029296875, -0.0291748046875,
  ],
  [
    -0.00830078125, 0.014892578125, -0.026611328125, 0.047607421875, -0.102294921875, 0.97216796875,
    0.1373291015625, -0.0594482421875, 0.033203125, -0.0196533203125, 0.010986328125,
    0.001708984375,
  ],
];
const TAPS = 12;
const H = Float64Array.from(TRUE_PEAK_PHASES.flat());
/** The largest gain any phase can have: the sum of its coefficients' magnitudes (about 2.02). */
export const TRUE_PEAK_BOUND = Math.max(
  ...TRUE_PEAK_PHASES.map((h) => h.reduce((s, v) => s + Math.abs(v), 0)),
);

/**
 * [true peak, sample peak] of one channel, linear. The interpolated value at output n of phase p
 * is y = sum_k h_p[k] x[n-k], so |y| <= TRUE_PEAK_BOUND * max_k |x[n-k]|. An output whose 12
 * input samples are all below samplePeak / TRUE_PEAK_BOUND therefore cannot exceed the sample
 * peak, which is already a lower bound of the answer: only outputs within 12 samples after an
 * input at or above that threshold (about 6.1 dB below the sample peak) are computed. The result
 * is exactly the maximum over every interpolated sample (and the sample peak).
 */
export function truePeakChannel(x: Float32Array): [number, number] {
  let sp = 0;
  for (let i = 0; i < x.length; i++) {
    const a = Math.abs(x[i]!);
    if (a > sp) sp = a;
  }
  if (!sp) return [0, 0];
  const threshold = sp / TRUE_PEAK_BOUND;
  let tp = sp;
  let next = 0; // the first output not yet computed
  const last = x.length + TAPS - 2; // outputs run until the filter has passed the last input
  for (let i = 0; i < x.length; i++) {
    if (Math.abs(x[i]!) < threshold) continue;
    for (let n = Math.max(next, i); n <= Math.min(i + TAPS - 1, last); n++) {
      for (let p = 0; p < 4; p++) {
        let y = 0;
        const k0 = Math.max(0, n - x.length + 1);
        const k1 = Math.min(TAPS - 1, n);
        for (let k = k0; k <= k1; k++) y += H[p * TAPS + k]! * x[n - k]!;
        const a = Math.abs(y);
        if (a > tp) tp = a;
      }
    }
    next = Math.max(next, i + TAPS);
  }
  return [tp, sp];
}

/** The same maximum, interpolating every sample: the reference the tests hold the fast one to. */
export function truePeakChannelFull(x: Float32Array): number {
  let tp = 0;
  for (let n = 0; n < x.length + TAPS - 1; n++) {
    for (let p = 0; p < 4; p++) {
      let y = 0;
      for (let k = 0; k < TAPS; k++) {
        const j = n - k;
        if (j >= 0 && j < x.length) y += H[p * TAPS + k]! * x[j]!;
      }
      tp = Math.max(tp, Math.abs(y), Math.abs(x[n] ?? 0));
    }
  }
  return tp;
}
