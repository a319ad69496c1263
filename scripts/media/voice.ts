// One sentence, spoken: festival (English) or RHVoice (every other voice) into a trimmed 48 kHz
// mono WAV. Shared by the narration, the audio description and the keypad's spoken prompts.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAST, VOICES, type Cast, type Voice } from './hash.ts';
import { FILES, requireTools, type FileRequirement, type Requirement } from './tools.mjs';

/** The RHVoice voices' package of each language (its voice files). */
const RHVOICE_FILES: Record<string, FileRequirement> = {
  en: FILES.rhvoiceEnglish,
  ru: FILES.rhvoiceRussian,
  uk: FILES.rhvoiceUkrainian,
};

/** A part of a language's cast (hash.ts): the narration needs narrator and reader, prompts the narrator. */
export type Role = keyof Cast;

/**
 * What voicing `langs` with `roles` needs: sox and ffmpeg, and the engines and voice files of
 * those voices.
 */
export function speechRequirements(
  langs: readonly string[] = Object.keys(CAST),
  roles: readonly Role[] = ['narrator', 'reader', 'describer'],
): Requirement[] {
  const needs: Requirement[] = ['sox', 'soxi', 'ffmpeg'];
  for (const lang of langs) {
    const cast = CAST[lang];
    if (!cast) continue;
    for (const voice of roles.map((r) => cast[r])) {
      if (voice.engine === 'festival') needs.push('text2wave', FILES.festivalSlt);
      else needs.push('RHVoice-test', ...(RHVOICE_FILES[lang] ? [RHVOICE_FILES[lang]] : []));
    }
  }
  return [...new Set(needs)];
}

/**
 * Stops with the Debian packages to install when a speech tool or voice that `langs` (`roles`)
 * need is missing (exit 3, no stack trace). Every language's, every voice's by default.
 */
export function requireSpeechTools(
  what: string,
  langs?: readonly string[],
  roles?: readonly Role[],
): void {
  requireTools(speechRequirements(langs, roles), what);
}

/** Runs a command, giving it `input` on stdin, and returns its stdout. */
export const run = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, {
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  }).toString();

/** The pipeline's working format for sox: 48 kHz, mono, 16-bit. */
export const MONO_48K = ['-r', '48000', '-c', '1', '-b', '16'];

/** Writes `seconds` of silence to the WAV file `out`, in the working format. */
export function silenceWav(out: string, seconds: number): void {
  run('sox', ['-R', '-n', ...MONO_48K, out, 'trim', '0', seconds.toFixed(3)]);
}

/** Synthesises `text` in `lang`'s narrator voice into the WAV file `out` (scratch files in `tmp`). */
export function synthesize(text: string, lang: string, out: string, tmp: string): void {
  const voice = VOICES[lang];
  if (!voice)
    throw new Error(
      `no voice for language "${lang}": add one to the table in scripts/media/hash.ts`,
    );
  speak(text, voice, out, tmp);
}

/** Synthesises `text` with `voice` at `pace` times its speed into `out`, trimmed, 48 kHz mono. */
export function speak(text: string, voice: Voice, out: string, tmp: string, pace = 1): void {
  const rate = voice.rate * pace;
  if (voice.engine === 'festival') {
    // Festival spells a typographic apostrophe out letter by letter ("Steplag’s" → S t e p …).
    writeFileSync(join(tmp, 's.txt'), text.replace(/[’‘]/g, "'"));
    // hts_engine: postfilter 0.4 (clearer), rate below 1 for a museum's pace (captions under 17 cps).
    const params = `(set! hts_engine_params (list (list "-m" (path-append hts_data_dir "${voice.voice}.htsvoice")) (list "-g" 0.0) (list "-b" 0.4) (list "-u" 0.5) (list "-r" ${rate.toFixed(3)})))`;
    run('text2wave', [
      '-eval',
      `(voice_${voice.voice})`,
      '-eval',
      params,
      join(tmp, 's.txt'),
      '-o',
      join(tmp, 'raw.wav'),
    ]);
  } else {
    run(
      'RHVoice-test',
      ['-p', voice.voice, '-r', String(Math.round(rate * 100)), '-o', join(tmp, 'raw.wav')],
      text,
    );
  }
  // 48 kHz mono, silence trimmed at both ends (the reverse trick trims the tail).
  run('sox', [
    '-R',
    join(tmp, 'raw.wav'),
    ...MONO_48K,
    out,
    'silence',
    '1',
    '0.02',
    '0.3%',
    'reverse',
    'silence',
    '1',
    '0.02',
    '0.3%',
    'reverse',
  ]);
}

/** Integrated loudness in LUFS, from ffmpeg's ebur128 summary (printed on stderr). */
export function ebur(wav: string): number {
  const r = spawnSync('ffmpeg', [
    '-nostdin',
    '-hide_banner',
    '-nostats',
    '-i',
    wav,
    '-af',
    'ebur128',
    '-f',
    'null',
    '-',
  ]);
  const lufs = Number(/Summary:[\s\S]*?I:\s+(-?[\d.]+) LUFS/.exec(r.stderr.toString())?.[1]);
  if (!Number.isFinite(lufs)) throw new Error(`could not measure the loudness of ${wav}`);
  return lufs;
}
