// `npm run media`: rebuilds every exhibit's narration audio and captions from the script in its
// chapter files. One clip per sentence is synthesised, trimmed and measured, then the clips are
// joined with fixed gaps, so caption times are exact by construction. Tracks whose script, voice
// and pacing are unchanged (same fingerprint in media/<id>/manifest.json) are skipped; --force
// rebuilds all. Needs (apt): festival festvox-us-slt-hts sox ffmpeg, and rhvoice rhvoice-russian
// rhvoice-ukrainian from Debian's non-free component. Outputs are committed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { wrapCaption } from './captions.ts';
import { PACING, VOICES, scriptHash } from './hash.ts';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';

const LOUDNESS = -16; // LUFS, narration
const RHVOICE_RATE = 85; // percent of the voice's default pace: unhurried, and captions under 17 cps
const force = process.argv.includes('--force');
const run = (cmd: string, args: string[], input?: string) =>
  execFileSync(cmd, args, { input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] }).toString();

/** Manifest entry for one chapter in one language. */
export interface TrackRecord {
  hash: string;
  duration: number;
  sentences: number;
}
/** media/<id>/manifest.json */
export interface Manifest {
  chapters: Record<string, Record<string, TrackRecord>>;
}

function synthesize(text: string, lang: string, out: string, tmp: string): void {
  const voice = VOICES[lang];
  if (!voice) throw new Error(`no voice for language "${lang}": add one to scripts/media/hash.ts`);
  if (voice.engine === 'festival') {
    writeFileSync(join(tmp, 's.txt'), text);
    // hts_engine: postfilter 0.4 (clearer), rate 0.86 (a museum's pace, and captions under 17 cps).
    const params = `(set! hts_engine_params (list (list "-m" (path-append hts_data_dir "${voice.voice}.htsvoice")) (list "-g" 0.0) (list "-b" 0.4) (list "-u" 0.5) (list "-r" 0.86)))`;
    run('text2wave', ['-eval', `(voice_${voice.voice})`, '-eval', params, join(tmp, 's.txt'), '-o', join(tmp, 'raw.wav')]);
  } else {
    run('RHVoice-test', ['-p', voice.voice, '-r', String(RHVOICE_RATE), '-o', join(tmp, 'raw.wav')], text);
  }
  // 48 kHz mono, silence trimmed at both ends (the reverse trick trims the tail).
  run('sox', ['-R', join(tmp, 'raw.wav'), '-r', '48000', '-c', '1', '-b', '16', out,
    'silence', '1', '0.02', '0.3%', 'reverse', 'silence', '1', '0.02', '0.3%', 'reverse']);
}

const seconds = (wav: string) => Number(run('soxi', ['-D', wav]).trim());
const stamp = (t: number) => {
  const ms = Math.round(t * 1000);
  const h = Math.floor(ms / 3_600_000), m = Math.floor(ms / 60_000) % 60, s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

/** Integrated loudness in LUFS, from ffmpeg's ebur128 summary (printed on stderr). */
function ebur(wav: string): number {
  const r = spawnSync('ffmpeg', ['-nostdin', '-hide_banner', '-nostats', '-i', wav, '-af', 'ebur128', '-f', 'null', '-']);
  const lufs = Number(/Summary:[\s\S]*?I:\s+(-?[\d.]+) LUFS/.exec(r.stderr.toString())?.[1]);
  if (!Number.isFinite(lufs)) throw new Error(`could not measure the loudness of ${wav}`);
  return lufs;
}

function buildTrack(lines: { text: string; spoken: string }[], lang: string, base: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'narration-'));
  try {
    const silence = (name: string, s: number) => {
      const f = join(tmp, name);
      run('sox', ['-R', '-n', '-r', '48000', '-c', '1', '-b', '16', f, 'trim', '0', String(s)]);
      return f;
    };
    const parts = [silence('lead.wav', PACING.leadIn)];
    const gap = silence('gap.wav', PACING.gap);
    let t = PACING.leadIn;
    let vtt = 'WEBVTT\n';
    lines.forEach((line, i) => {
      const clip = join(tmp, `clip-${i}.wav`);
      synthesize(line.spoken, lang, clip, tmp);
      const d = seconds(clip);
      vtt += `\n${i + 1}\n${stamp(t)} --> ${stamp(t + d)}\n${wrapCaption(line.text).join('\n')}\n`;
      parts.push(clip);
      if (i < lines.length - 1) parts.push(gap);
      t += d + (i < lines.length - 1 ? PACING.gap : 0);
    });
    parts.push(silence('tail.wav', PACING.tail));
    const joined = join(tmp, 'joined.wav');
    run('sox', ['-R', ...parts, joined]);
    const gain = LOUDNESS - ebur(joined);
    const final = join(tmp, 'final.wav');
    run('sox', ['-R', joined, final, 'gain', gain.toFixed(2)]);
    const exact = ['-fflags', '+bitexact', '-flags:a', '+bitexact'];
    run('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-i', final, '-c:a', 'libopus', '-b:a', '32k', ...exact, `${base}.opus`]);
    run('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-i', final, '-c:a', 'libmp3lame', '-b:a', '56k', ...exact, `${base}.mp3`]);
    writeFileSync(`${base}.vtt`, vtt);
    return { duration: seconds(final), loudness: ebur(final) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

for (const { root, id } of findExhibits(CONTENT_ROOTS)) {
  const dir = join(root, 'exhibits', id);
  if (!existsSync(join(dir, 'exhibit.json'))) continue;
  const exhibit = exhibitFile.parse(JSON.parse(readFileSync(join(dir, 'exhibit.json'), 'utf8')));
  const media = join(root, 'media', id);
  const manifestFile = join(media, 'manifest.json');
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { chapters: {} };
  mkdirSync(join(media, 'narration'), { recursive: true });
  for (const chapterId of exhibit.chapters) {
    const chapterPath = join(dir, 'chapters', `${chapterId}.json`);
    const chapter = chapterFile.parse(JSON.parse(readFileSync(chapterPath, 'utf8')));
    if (!chapter.script) continue;
    for (const lang of exhibit.languages) {
      const hash = scriptHash(chapter.script, lang);
      const base = join(media, 'narration', `${chapterId}.${lang}`);
      const record = manifest.chapters[chapterId]?.[lang];
      if (!force && record?.hash === hash && existsSync(`${base}.opus`)) continue;
      const lines = chapter.script.map((s) => ({ text: s.text[lang] ?? '', spoken: s.spoken?.[lang] ?? s.text[lang] ?? '' }));
      const { duration, loudness: lufs } = buildTrack(lines, lang, base);
      (manifest.chapters[chapterId] ??= {})[lang] = { hash, duration: Number(duration.toFixed(3)), sentences: lines.length };
      console.log(`${base}: ${duration.toFixed(1)} s, ${lines.length} sentences, ${lufs.toFixed(1)} LUFS`);
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    }
  }
}
