// `npm run media`: rebuilds every exhibit's narration audio and captions from the script in its
// chapter files. One clip per sentence is synthesised (or taken from a narrator's recording,
// recorded.ts), trimmed and measured, then the clips are joined with each sentence's pause
// (src/content/pacing.ts), so caption times are exact by construction. Tracks whose script,
// voices, pauses and recordings are unchanged (same fingerprint in media/<id>/manifest.json) are
// skipped; --force rebuilds all. `--exhibit <id> [--chapter <c>] [--root <dir>]` narrows it to one
// exhibit (or chapter), or works on another content root; each sentence voiced or found up to date
// prints `progress <done>/<total> <words>` (args.ts). Needs (apt), for the languages it voices:
// festival festvox-us-slt-hts sox ffmpeg, and rhvoice rhvoice-english rhvoice-russian
// rhvoice-ukrainian from Debian's non-free component; a missing one stops it with exit code 3 and
// the packages to install (tools.mjs). Outputs are committed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memorialSentences, PAUSES } from '../../src/content/pacing.ts';
import {
  chapterFile,
  exhibitFile,
  type ChapterFile,
  type ExhibitFile,
} from '../../src/content/schema.ts';
import { CAPTION_LIMITS, rewrapVtt, wrapCaption } from './captions.ts';
import { CAPTION_LINGER } from '../../src/content/captionLint.ts';
import { CAST, scriptHash, trackLines } from './hash.ts';
import {
  findTakes,
  missingMessage,
  missingTakes,
  recordedCredit,
  recordedDir,
  recordedPieces,
  takeTooLong,
  takesHash,
  type Takes,
} from './recorded.ts';
import { seconds, voiceSentence, type Piece } from './sentence.ts';
import { ebur, MONO_48K, requireSpeechTools, run, silenceWav } from './voice.ts';
import { levelToFiles, MP3, OPUS } from './levels.ts';
import {
  languageName,
  parseMediaArgs,
  progress,
  runMediaScript,
  selectedExhibits,
  UsageError,
} from './args.ts';

const LOUDNESS = -16; // LUFS, narration
/** --exhibit, --chapter, --root, --force (args.ts). */
const args = await (async () => {
  try {
    return parseMediaArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
})();
/** Manifest entry for one chapter in one language. */
export interface TrackRecord {
  hash: string;
  duration: number;
  sentences: number;
  /** Who speaks: the voices' credits, or the recorded narrator's name. */
  voices: string[];
  /** True when a narrator's recordings were used instead of the synthetic voice. */
  recorded?: true;
  /** When each sentence's words begin and end (s): the pauses between are the script's. */
  speech: [number, number][];
}
/** media/<id>/manifest.json */
export interface Manifest {
  chapters: Record<string, Record<string, TrackRecord>>;
}

const stamp = (t: number) => {
  const ms = Math.round(t * 1000);
  const h = Math.floor(ms / 3_600_000),
    m = Math.floor(ms / 60_000) % 60,
    s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

/** A narrator's take made ready: 48 kHz mono, rumble cut, silence trimmed, at the narration's loudness. */
function prepareTake(file: string, out: string, tmp: string): number {
  const raw = join(tmp, 'take.wav');
  run('sox', [
    '-R',
    file,
    ...MONO_48K,
    raw,
    'highpass',
    '70',
    'silence',
    '1',
    '0.05',
    '-45d',
    'reverse',
    'silence',
    '1',
    '0.05',
    '-45d',
    'reverse',
    'pad',
    '0.03',
    '0.06',
  ]);
  const gain = LOUDNESS - ebur(raw);
  run('sox', ['-R', raw, out, 'gain', gain.toFixed(2)]);
  return seconds(out);
}

/** A recorded sentence's pieces, with a clear error when a take is too long or cut wrongly. */
function recordedSentence(text: string, files: string[], key: string, tmp: string): Piece[] {
  const whole = files.length === 1;
  if (whole && wrapCaption(text).length > CAPTION_LIMITS.lines)
    throw new Error(takeTooLong(files[0]!, text, undefined, true));
  const shown = whole ? [text] : recordedPieces(text, files.length);
  if (!shown)
    throw new Error(
      `${files[0]}: "${text}" cannot be shown in ${files.length} captions: record it as one take, or in two`,
    );
  const pieces = files.map((file, k) => {
    const out = join(tmp, `take-${key}-${k}.wav`);
    return { file: out, seconds: prepareTake(file, out, tmp), lines: wrapCaption(shown[k]!) };
  });
  pieces.forEach((p, k) => {
    if (p.seconds > CAPTION_LIMITS.maxSeconds)
      throw new Error(takeTooLong(files[k]!, shown[k]!, p.seconds, whole));
  });
  return pieces;
}

/** One track: its sentences' pieces joined with their pauses, levelled, encoded, with captions. */
async function buildTrack(sentences: { pieces: Piece[]; pause: number }[], base: string) {
  const tmp = mkdtempSync(join(tmpdir(), 'narration-'));
  try {
    const silences = new Map<number, string>();
    const silence = (s: number) => {
      const key = Math.round(s * 1000);
      if (!silences.has(key)) {
        const f = join(tmp, `silence-${key}.wav`);
        silenceWav(f, key / 1000);
        silences.set(key, f);
      }
      return silences.get(key)!;
    };
    const parts = [silence(PAUSES.leadIn)];
    const speech: [number, number][] = [];
    let t = PAUSES.leadIn;
    let vtt = 'WEBVTT\n';
    sentences.forEach(({ pieces, pause }, i) => {
      const start = t;
      pieces.forEach((piece, k) => {
        const id = pieces.length > 1 ? `${i + 1}.${k + 1}` : `${i + 1}`;
        // The caption lingers into the silence after it (leaving 0.1 s clear), never past 7 s.
        const after = k < pieces.length - 1 ? PAUSES.split : pause;
        const end = Math.min(
          t + piece.seconds + Math.max(0, Math.min(after - 0.1, CAPTION_LINGER)),
          t + CAPTION_LIMITS.maxSeconds - 0.01,
        );
        vtt += `\n${id}\n${stamp(t)} --> ${stamp(Math.max(end, t + piece.seconds))}\n${piece.lines.join('\n')}\n`;
        parts.push(piece.file);
        t += piece.seconds;
        if (k < pieces.length - 1) {
          parts.push(silence(PAUSES.split));
          t += PAUSES.split;
        }
      });
      speech.push([Number(start.toFixed(3)), Number(t.toFixed(3))]);
      parts.push(silence(pause));
      t += pause;
    });
    const joined = join(tmp, 'joined.wav');
    run('sox', ['-R', ...parts, joined]);
    // −16 LUFS, true peaks at or below −1 dBTP in both files as decoded (levels.ts, the lint's meter).
    const levels = await levelToFiles(joined, base, {
      lufs: LOUDNESS,
      encodings: [OPUS(32), MP3(56)],
    });
    writeFileSync(`${base}.vtt`, vtt);
    const opus = levels.opus!;
    return { duration: seconds(joined), loudness: opus.lufs, peak: opus.truePeak, speech };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** One track to look at: a chapter in one language, with what it is made from. */
interface Planned {
  media: string;
  manifest: Manifest;
  manifestFile: string;
  exhibit: ExhibitFile;
  chapterId: string;
  chapter: ChapterFile;
  title: string;
  lang: string;
  takes: Takes | undefined;
  hash: string;
  base: string;
  context: { memorialAt: ReturnType<typeof memorialSentences> };
  upToDate: boolean;
}

/** Every track the options select, each marked up to date or not (nothing is made yet). */
function plan(): Planned[] {
  const planned: Planned[] = [];
  for (const { root, id } of selectedExhibits(args)) {
    const dir = join(root, 'exhibits', id);
    const exhibit = exhibitFile.parse(JSON.parse(readFileSync(join(dir, 'exhibit.json'), 'utf8')));
    const media = join(root, 'media', id);
    const manifestFile = join(media, 'manifest.json');
    const manifest: Manifest = existsSync(manifestFile)
      ? JSON.parse(readFileSync(manifestFile, 'utf8'))
      : { chapters: {} };
    if (args.chapter && !exhibit.chapters.includes(args.chapter))
      throw new UsageError(
        `exhibit "${id}" has no chapter "${args.chapter}": its chapters are ${exhibit.chapters.join(', ')}`,
      );
    for (const chapterId of exhibit.chapters) {
      if (args.chapter && chapterId !== args.chapter) continue;
      const chapterPath = join(dir, 'chapters', `${chapterId}.json`);
      const chapter = chapterFile.parse(JSON.parse(readFileSync(chapterPath, 'utf8')));
      if (!chapter.script) continue;
      const context = { memorialAt: memorialSentences(chapter.cues) };
      const title = chapter.title.en ?? chapter.title[exhibit.defaultLanguage] ?? chapterId;
      for (const lang of exhibit.languages) {
        const takes = findTakes(media, lang, chapterId);
        const hash = scriptHash(chapter.script, lang, context, takes && takesHash(takes));
        const base = join(media, 'narration', `${chapterId}.${lang}`);
        const record = manifest.chapters[chapterId]?.[lang];
        const upToDate = !args.force && record?.hash === hash && existsSync(`${base}.opus`);
        planned.push({
          media,
          manifest,
          manifestFile,
          exhibit,
          chapterId,
          chapter,
          title,
          lang,
          takes,
          hash,
          base,
          context,
          upToDate,
        });
      }
    }
  }
  return planned;
}

await runMediaScript('the narration (npm run media)', async () => {
  const planned = plan();
  const toMake = planned.filter((p) => !p.upToDate);
  // Only the tools the tracks to make need: an up-to-date exhibit needs none.
  if (toMake.length)
    requireSpeechTools(
      'the narration (npm run media)',
      [...new Set(toMake.filter((p) => !p.takes).map((p) => p.lang))],
      ['narrator', 'reader'],
    );
  const total = planned.reduce((n, p) => n + p.chapter.script!.length, 0);
  let done = 0;
  for (const p of planned) {
    const { media, manifest, manifestFile, exhibit, chapterId, chapter, lang, takes, base } = p;
    const script = chapter.script!;
    const where = `“${p.title}” in ${languageName(lang)}`;
    mkdirSync(join(media, 'narration'), { recursive: true });
    if (p.upToDate) {
      const record = manifest.chapters[chapterId]![lang]!;
      // A recorded track's credit follows exhibit.json's `narrators` without remaking the audio.
      const credit = takes && [recordedCredit(exhibit.narrators?.[lang])];
      if (credit && JSON.stringify(record.voices) !== JSON.stringify(credit)) {
        record.voices = credit;
        writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
        console.log(`${base}: credited to ${credit[0]}`);
      }
      // The voice is unchanged: only the captions' line breaks may be new (wrapCaption).
      const vtt = readFileSync(`${base}.vtt`, 'utf8');
      const wrapped = rewrapVtt(vtt);
      if (wrapped !== vtt) {
        writeFileSync(`${base}.vtt`, wrapped);
        console.log(`${base}.vtt: captions wrapped again`);
      }
      script.forEach((_, i) =>
        progress(++done, total, `${where} is up to date, sentence ${i + 1} of ${script.length}`),
      );
      continue;
    }
    const made = takes
      ? recordedTrack(script.length, takes, media, lang, chapterId, exhibit.narrators?.[lang])
      : syntheticTrack(lang);
    const lines = trackLines(script, lang, p.context);
    const tmp = mkdtempSync(join(tmpdir(), 'sentences-'));
    try {
      const sentences = lines.map((line, i) => {
        const pieces = made.voice(line, i, tmp);
        progress(++done, total, `Voicing ${where}, sentence ${i + 1} of ${lines.length}`);
        return { pieces, pause: line.pause };
      });
      const { duration, loudness: lufs, peak, speech } = await buildTrack(sentences, base);
      (manifest.chapters[chapterId] ??= {})[lang] = {
        hash: p.hash,
        duration: Number(duration.toFixed(3)),
        sentences: lines.length,
        voices: made.voices(lines),
        ...(takes ? { recorded: true as const } : {}),
        speech,
      };
      console.log(
        `${base}: ${duration.toFixed(1)} s, ${lines.length} sentences${takes ? ' (recorded)' : ''}, ${lufs.toFixed(1)} LUFS, ${peak.toFixed(1)} dBTP`,
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  }
});

type Line = ReturnType<typeof trackLines>[number];

/** The synthetic voices of `lang`: the narrator, and the reader for quotations and documents. */
function syntheticTrack(lang: string) {
  const cast = CAST[lang];
  if (!cast)
    throw new Error(
      `no voice for language "${lang}": add one to the table in scripts/media/hash.ts`,
    );
  return {
    voice: (line: Line, i: number, tmp: string) =>
      voiceSentence({ ...line, voice: cast[line.voice] }, `${i}`, tmp),
    voices: (lines: Line[]) => [...new Set(lines.map((l) => cast[l.voice].credit))],
  };
}

/** A narrator's recordings of one chapter: every sentence must have its take. */
function recordedTrack(
  count: number,
  takes: Takes,
  media: string,
  lang: string,
  chapter: string,
  narrator?: string,
) {
  const missing = missingTakes(takes, count, recordedDir(media, lang), chapter);
  if (missing.length) throw new Error(missingMessage(chapter, lang, missing, count));
  return {
    voice: (line: Line, i: number, tmp: string) =>
      recordedSentence(line.text, takes.get(i)!, `${i}`, tmp),
    voices: () => [recordedCredit(narrator)],
  };
}
