// Decoding for the media scripts: any audio file to interleaved stereo float32 at 48 kHz, by ffmpeg.
import { spawnSync } from 'node:child_process';

/** The sample rate every media script measures at. */
export const DECODE_RATE = 48000;

/** Decodes `file` to interleaved stereo float32 at 48 kHz; throws with ffmpeg's words if it cannot. */
export function decodeStereo(file) {
  const r = spawnSync(
    'ffmpeg',
    [
      '-nostdin',
      '-loglevel',
      'error',
      '-i',
      file,
      '-f',
      'f32le',
      '-ac',
      '2',
      '-ar',
      String(DECODE_RATE),
      '-',
    ],
    { maxBuffer: 1 << 30 },
  );
  if (r.status !== 0)
    throw new Error(`ffmpeg could not decode ${file}: ${r.error?.message ?? r.stderr}`);
  return new Float32Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength / 4);
}
