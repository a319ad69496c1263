// Measuring audio files with Debian tools: loudness and true peak (ffmpeg ebur128=peak=true), silences
// (ffmpeg silencedetect), F0 (praat's autocorrelation pitch tracker) and recognised words
// (pocketsphinx_continuous, US English model). Needs (apt): ffmpeg praat pocketsphinx pocketsphinx-en-us.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Silence } from './audioStats.ts';

/** Runs a command and resolves with its stdout and stderr (rejects when it fails). */
export const exec = (cmd: string, args: string[]) =>
  new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
    execFile(cmd, args, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error)
        reject(
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? new Error(`${cmd} is not installed: apt-get install -y ${PACKAGE[cmd] ?? cmd}`)
            : error,
        );
      else resolve({ stdout, stderr });
    }),
  );

const PACKAGE: Record<string, string> = {
  pocketsphinx_continuous: 'pocketsphinx pocketsphinx-en-us',
  'RHVoice-test': 'rhvoice rhvoice-english rhvoice-russian rhvoice-ukrainian (non-free)',
  text2wave: 'festival festvox-us-slt-hts',
};

/** Runs `jobs` at most `width` at a time (the machine has 2 cores) and keeps their order. */
export async function pool<T>(jobs: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return out;
}

const ffmpeg = (input: string, filter: string) =>
  exec('ffmpeg', [
    '-nostdin',
    '-hide_banner',
    '-nostats',
    '-i',
    input,
    '-af',
    filter,
    '-f',
    'null',
    '-',
  ]);

/** Integrated loudness (LUFS) and true peak (dBTP) of a file as it decodes. */
export async function level(file: string): Promise<{ lufs: number; truePeak: number }> {
  const { stderr } = await ffmpeg(file, 'ebur128=peak=true');
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const lufs = Number(/I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1]);
  const truePeak = Number(/True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  return { lufs, truePeak };
}

/** Stretches of silence under `noise` dB lasting at least `min` seconds, and the file's duration. */
export async function silences(
  file: string,
  noise = -45,
  min = 0.15,
): Promise<{ silences: Silence[]; duration: number }> {
  const { stderr } = await ffmpeg(file, `silencedetect=noise=${noise}dB:d=${min}`);
  const found: Silence[] = [];
  for (const m of stderr.matchAll(/silence_(start|end): (-?[\d.]+)/g)) {
    if (m[1] === 'start') found.push({ start: Number(m[2]), end: Infinity });
    else if (found.length) found[found.length - 1]!.end = Number(m[2]);
  }
  const t = /time=(\d+):(\d+):([\d.]+)/g;
  let duration = NaN;
  for (const m of stderr.matchAll(t)) duration = +m[1]! * 3600 + +m[2]! * 60 + +m[3]!;
  for (const s of found) if (s.end === Infinity) s.end = duration;
  return { silences: found, duration };
}

/** Decodes any audio file to 16-bit mono WAV at `rate` Hz. */
export const decode = (file: string, wav: string, rate = 48000) =>
  exec('ffmpeg', [
    '-nostdin',
    '-loglevel',
    'error',
    '-y',
    '-i',
    file,
    '-ac',
    '1',
    '-ar',
    String(rate),
    wav,
  ]);

const PITCH_SCRIPT = join(tmpdir(), 'measure-pitch.praat');
writeFileSync(
  PITCH_SCRIPT,
  `form Pitch
  sentence file
endform
Read from file: file$
To Pitch: 0.01, 60, 500
n = Get number of frames
for i to n
  f = Get value in frame: i, "Hertz"
  if f <> undefined
    appendInfoLine: fixed$(f, 2)
  endif
endfor
`,
);

/** F0 in Hz of every voiced 10 ms frame of a WAV (praat To Pitch, 60–500 Hz). */
export async function f0(wav: string): Promise<number[]> {
  const { stdout } = await exec('praat', ['--run', PITCH_SCRIPT, wav]);
  return stdout.split('\n').filter(Boolean).map(Number);
}

/** What pocketsphinx (US English) hears in a 16 kHz mono WAV. */
export async function recognise(wav16k: string): Promise<string> {
  const { stdout } = await exec('pocketsphinx_continuous', [
    '-infile',
    wav16k,
    '-logfn',
    '/dev/null',
  ]);
  return stdout.trim();
}
