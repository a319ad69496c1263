// `npm run media`: rebuilds every exhibit's narration audio and captions from the script in its
// chapter files. One clip per sentence is synthesised, trimmed and measured, then the clips are
// joined with fixed gaps, so caption times are exact by construction. Tracks whose script, voice
// and pacing are unchanged (same fingerprint in media/<id>/manifest.json) are skipped; --force
// rebuilds all. Needs (apt): festival festvox-us-slt-hts sox ffmpeg, and rhvoice rhvoice-russian
// rhvoice-ukrainian from Debian's non-free component. Outputs are committed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { CAPTION_LIMITS, rewrapVtt, wrapCaption } from './captions.ts';
import { PACING, scriptHash } from './hash.ts';
import { ebur, run, synthesize } from './voice.ts';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';

const LOUDNESS = -16; // LUFS, narration
const force = process.argv.includes('--force');
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

const seconds = (wav: string) => Number(run('soxi', ['-D', wav]).trim());
const stamp = (t: number) => {
  const ms = Math.round(t * 1000);
  const h = Math.floor(ms / 3_600_000),
    m = Math.floor(ms / 60_000) % 60,
    s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

/** A voiced piece of a sentence: its audio, length and caption lines. */
interface Piece {
  file: string;
  seconds: number;
  lines: string[];
}

/** Where the shown text and the spoken text can both be cut: between two words they share. */
function cutPoints(text: string, spoken: string): { text: number; spoken: number }[] {
  const words = text.split(' ');
  const points: { text: number; spoken: number }[] = [];
  let at = 0;
  for (let i = 1; i < words.length; i++) {
    at += words[i - 1]!.length + 1;
    if (spoken === text) {
      points.push({ text: at - 1, spoken: at - 1 });
      continue;
    }
    const pair = `${words[i - 1]} ${words[i]}`;
    const found = spoken.indexOf(pair);
    if (/\d/.test(pair) || found < 0 || found !== spoken.lastIndexOf(pair)) continue;
    points.push({ text: at - 1, spoken: found + words[i - 1]!.length });
  }
  return points;
}

/**
 * Voices one sentence. A sentence longer than a caption may stay on screen (7 s) is voiced in two or
 * three pieces, each its own exactly timed cue, cut where the shown and the spoken text share a pair
 * of words (the spoken form spells numbers out, so it differs around them).
 */
function voiceSentence(
  line: { text: string; spoken: string },
  lang: string,
  key: string,
  tmp: string,
): Piece[] {
  const made = new Map<string, Piece>();
  const voice = (spoken: string, shown: string): Piece => {
    const cached = made.get(spoken);
    if (cached) return { ...cached, lines: wrapCaption(shown) };
    const file = join(tmp, `clip-${key}-${made.size}.wav`);
    synthesize(spoken, lang, file, tmp);
    const piece = { file, seconds: seconds(file), lines: wrapCaption(shown) };
    made.set(spoken, piece);
    return piece;
  };
  const single = voice(line.spoken, line.text);
  if (single.seconds <= CAPTION_LIMITS.maxSeconds) return [single];
  const points = cutPoints(line.text, line.spoken);
  const middle = line.text.length / 2;
  const splits: (typeof points)[] = [
    ...[...points]
      .sort((p, q) => Math.abs(p.text - middle) - Math.abs(q.text - middle))
      .map((p) => [p]),
    ...points.flatMap((p, i) => points.slice(i + 1).map((q) => [p, q])),
  ];
  for (const cuts of splits) {
    const edges = [
      { text: 0, spoken: 0 },
      ...cuts,
      { text: line.text.length, spoken: line.spoken.length },
    ];
    const shown = edges.slice(1).map((e, i) => line.text.slice(edges[i]!.text, e.text).trim());
    if (shown.some((t) => wrapCaption(t).length > CAPTION_LIMITS.lines)) continue;
    const pieces = edges
      .slice(1)
      .map((e, i) => voice(line.spoken.slice(edges[i]!.spoken, e.spoken).trim(), shown[i]!));
    if (
      pieces.every(
        (p) => p.seconds >= CAPTION_LIMITS.minSeconds && p.seconds <= CAPTION_LIMITS.maxSeconds,
      )
    )
      return pieces;
  }
  return [single];
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
    const pause = silence('pause.wav', PACING.split);
    lines.forEach((line, i) => {
      const pieces = voiceSentence(line, lang, `${i}`, tmp);
      pieces.forEach((piece, k) => {
        const id = pieces.length > 1 ? `${i + 1}.${k + 1}` : `${i + 1}`;
        // The caption lingers into the silence after it (leaving 0.1 s clear), never past 7 s.
        const after =
          k < pieces.length - 1 ? PACING.split : i < lines.length - 1 ? PACING.gap : PACING.tail;
        const end = Math.min(
          t + piece.seconds + Math.max(0, Math.min(after, PACING.gap) - 0.1),
          t + CAPTION_LIMITS.maxSeconds - 0.01,
        );
        vtt += `\n${id}\n${stamp(t)} --> ${stamp(Math.max(end, t + piece.seconds))}\n${piece.lines.join('\n')}\n`;
        parts.push(piece.file);
        t += piece.seconds;
        if (k < pieces.length - 1) {
          parts.push(pause);
          t += PACING.split;
        }
      });
      if (i < lines.length - 1) {
        parts.push(gap);
        t += PACING.gap;
      }
    });
    parts.push(silence('tail.wav', PACING.tail));
    const joined = join(tmp, 'joined.wav');
    run('sox', ['-R', ...parts, joined]);
    const gain = LOUDNESS - ebur(joined);
    const final = join(tmp, 'final.wav');
    run('sox', ['-R', joined, final, 'gain', gain.toFixed(2)]);
    const exact = ['-fflags', '+bitexact', '-flags:a', '+bitexact'];
    run('ffmpeg', [
      '-nostdin',
      '-loglevel',
      'error',
      '-y',
      '-i',
      final,
      '-c:a',
      'libopus',
      '-b:a',
      '32k',
      ...exact,
      `${base}.opus`,
    ]);
    run('ffmpeg', [
      '-nostdin',
      '-loglevel',
      'error',
      '-y',
      '-i',
      final,
      '-c:a',
      'libmp3lame',
      '-b:a',
      '56k',
      ...exact,
      `${base}.mp3`,
    ]);
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
  const manifest: Manifest = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8'))
    : { chapters: {} };
  mkdirSync(join(media, 'narration'), { recursive: true });
  for (const chapterId of exhibit.chapters) {
    const chapterPath = join(dir, 'chapters', `${chapterId}.json`);
    const chapter = chapterFile.parse(JSON.parse(readFileSync(chapterPath, 'utf8')));
    if (!chapter.script) continue;
    for (const lang of exhibit.languages) {
      const hash = scriptHash(chapter.script, lang);
      const base = join(media, 'narration', `${chapterId}.${lang}`);
      const record = manifest.chapters[chapterId]?.[lang];
      if (!force && record?.hash === hash && existsSync(`${base}.opus`)) {
        // The voice is unchanged: only the captions' line breaks may be new (wrapCaption).
        const vtt = readFileSync(`${base}.vtt`, 'utf8');
        const wrapped = rewrapVtt(vtt);
        if (wrapped !== vtt) {
          writeFileSync(`${base}.vtt`, wrapped);
          console.log(`${base}.vtt: captions wrapped again`);
        }
        continue;
      }
      const lines = chapter.script.map((s) => ({
        text: s.text[lang] ?? '',
        spoken: s.spoken?.[lang] ?? s.text[lang] ?? '',
      }));
      const { duration, loudness: lufs } = buildTrack(lines, lang, base);
      (manifest.chapters[chapterId] ??= {})[lang] = {
        hash,
        duration: Number(duration.toFixed(3)),
        sentences: lines.length,
      };
      console.log(
        `${base}: ${duration.toFixed(1)} s, ${lines.length} sentences, ${lufs.toFixed(1)} LUFS`,
      );
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    }
  }
}
