// Levelling for the media pipeline: a WAV in, encoded files out, each measured after encoding
// and decoding (by meter.ts, the same meter as the media lint) at the target loudness with its
// true peak at or below the ceiling. Needs ffmpeg (the lint and the tests do not).
//
//   const levels = await levelToFiles('clip.wav', 'media/x/narration/clip', {
//     lufs: -16,
//     encodings: [OPUS(32), MP3(56)],
//   });
//   // wrote media/x/narration/clip.opus and clip.mp3; levels.opus.lufs, levels.mp3.truePeak …
//
// How: measure the WAV, gain it to the target, then a look-ahead limiter (ffmpeg alimiter, delay
// compensated so captions keep their times) on a 4x resampled signal, back to 48 kHz, encoded
// bit-exactly; then decode every encoding and measure it. A codec adds peaks of its own and the
// limiter takes a little loudness, so while any file is off target the gain is corrected by the
// measured error (with a trim per encoding, as codecs differ a little on short clips) and the
// limit lowered by the measured overshoot, up to `attempts` times; then a clear error naming the
// file and its figures.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeAudio, kindOf, measure, type Levels, type Pcm } from './meter.ts';

/** One output format: its file extension and the ffmpeg codec arguments that make it. */
export interface Encoding {
  ext: string;
  args: string[];
}

/** Ogg Opus at `kbps` (mono speech: 24 to 32). */
export const OPUS = (kbps: number): Encoding => ({
  ext: 'opus',
  args: ['-c:a', 'libopus', '-b:a', `${kbps}k`],
});
/** MP3 (LAME CBR) at `kbps`, at 48 kHz (LAME would otherwise resample low rates down). */
export const MP3 = (kbps: number): Encoding => ({
  ext: 'mp3',
  args: ['-c:a', 'libmp3lame', '-b:a', `${kbps}k`, '-ar', '48000'],
});

export interface LevelOptions {
  /** Target integrated loudness, LUFS (speech -16, music beds -23). */
  lufs: number;
  /**
   * Highest true peak allowed after encoding and decoding, dBTP. Default -1.2: the lint allows -1.0,
   * and ffmpeg's ebur128 true peak reads up to 0.15 dB above BS.1770-4's Annex 2 filter (meter.ts).
   */
  ceiling?: number;
  /** How far from `lufs` an encoded file may be, LU. Default 0.5 (the lint allows 1). */
  tolerance?: number;
  /** The formats to write, each to `${base}.${ext}`. */
  encodings: Encoding[];
  /** Tries before giving up. Default 6. */
  attempts?: number;
}

/** The bit-exact encoder flags: the same input makes the same bytes (no version, no metadata). */
const BITEXACT = ['-fflags', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1'];
const FFMPEG = ['-nostdin', '-loglevel', 'error', '-y'];
const dB = (x: number) => 10 ** (x / 20);

/**
 * Writes `${base}.${ext}` for each encoding from `wav`, at `lufs` ± `tolerance` with true peaks
 * at or below `ceiling` as measured after decoding; returns each file's measured levels by ext.
 * Throws (naming the file and its figures) when `attempts` tries do not get there.
 */
export async function levelToFiles(
  wav: string,
  base: string,
  options: LevelOptions,
): Promise<Record<string, Levels>> {
  const { lufs, ceiling = -1.2, tolerance = 0.5, encodings, attempts = 6 } = options;
  const tmp = mkdtempSync(join(tmpdir(), 'levels-'));
  try {
    const source = measure(decodeWav(wav));
    if (!Number.isFinite(source.lufs)) throw new Error(`${wav}: silent, nothing to level`);
    let gain = lufs - source.lufs;
    let limit = ceiling - 0.5; // the limiter's ceiling on the 4x signal; codecs add a little
    // Each encoding's own correction, dB: codecs differ a little in loudness (most on short clips).
    const trim = new Map(encodings.map((e) => [e.ext, 0]));
    let last: Record<string, Levels> = {};
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const master = join(tmp, 'levelled.wav');
      const rate = 48000;
      execFileSync('ffmpeg', [
        ...FFMPEG,
        '-i',
        wav,
        '-af',
        [
          `volume=${gain.toFixed(3)}dB`,
          `aresample=${rate * 4}`,
          `alimiter=limit=${Math.max(dB(limit), 0.0625).toFixed(5)}:attack=1:release=60:level=false:latency=true`,
          `aresample=${rate}`,
        ].join(','),
        '-c:a',
        'pcm_f32le',
        master,
      ]);
      last = {};
      for (const e of encodings) {
        const out = `${base}.${e.ext}`;
        const t = trim.get(e.ext)!;
        const af = t ? ['-af', `volume=${t.toFixed(3)}dB`] : [];
        execFileSync('ffmpeg', [...FFMPEG, '-i', master, ...af, ...BITEXACT, ...e.args, out]);
        const kind = kindOf(out);
        last[e.ext] = kind
          ? measure(await decodeAudio(readFileSync(out), kind))
          : measure(decodeWav(out));
      }
      const all = Object.values(last);
      const over = Math.max(...all.map((l) => l.truePeak - ceiling));
      const off = all.map((l) => l.lufs - lufs);
      const worst = Math.max(...off.map(Math.abs));
      if (over <= 0 && worst <= tolerance) return last;
      // Correct the gain by the mean error and each encoding by its own; lower the limit by the
      // overshoot and a margin.
      const mean = off.reduce((s, x) => s + x, 0) / off.length;
      gain -= mean;
      encodings.forEach((e, i) => trim.set(e.ext, trim.get(e.ext)! - (off[i]! - mean)));
      if (over > 0) limit -= over + 0.2;
    }
    const figures = Object.entries(last)
      .map(([ext, l]) => `${base}.${ext} ${l.lufs.toFixed(1)} LUFS, ${l.truePeak.toFixed(1)} dBTP`)
      .join('; ');
    throw new Error(
      `could not level ${wav} to ${lufs} ±${tolerance} LUFS with true peaks at or below ${ceiling} dBTP in ${attempts} tries (${figures}): the source may be clipped or too dynamic; check it, or raise the tolerance`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Any file ffmpeg reads, decoded to float PCM at its own rate and channel count. */
export function decodeWav(file: string): Pcm {
  const probe = execFileSync('ffprobe', [
    '-v',
    'error',
    '-select_streams',
    'a:0',
    '-show_entries',
    'stream=channels,sample_rate',
    '-of',
    'csv=p=0',
    file,
  ])
    .toString()
    .trim()
    .split(',');
  const sampleRate = Number(probe[0]);
  const count = Number(probe[1]);
  const raw = execFileSync(
    'ffmpeg',
    [...FFMPEG, '-i', file, '-f', 'f32le', '-c:a', 'pcm_f32le', '-'],
    {
      maxBuffer: 1 << 30,
    },
  );
  const all = new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const frames = all.length / count;
  const channels = Array.from({ length: count }, (_, c) => {
    const ch = new Float32Array(frames);
    for (let i = 0; i < frames; i++) ch[i] = all[i * count + c]!;
    return ch;
  });
  return { channels, sampleRate };
}
