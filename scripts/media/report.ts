// `npm run media:report [exhibit]`: measures an exhibit's BUILT media (default uprising) and writes
// docs/audio-report.md: per language the narration's sentence gaps (silence between one sentence's
// speech and the next: cue starts from the VTT, speech ends from ffmpeg silencedetect on the Opus),
// pitch spread (praat) and words a minute; then loudness and true peak (ffmpeg ebur128=peak=true) of
// every audio file, flagged outside −16 ±1 LUFS (music −23) or over −1.0 dBTP. About 2 minutes.
// Needs (apt): ffmpeg praat.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseVtt } from '../../src/content/vtt.ts';
import { fmt, levelFlags, pitchSpread, sentenceTimings, spread, table } from './audioStats.ts';
import { decode, f0, level, pool, silences } from './measure.ts';

const exhibit = process.argv[2] ?? 'uprising';
const media = join('media', exhibit);
const tmp = mkdtempSync(join(tmpdir(), 'report-'));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(opus|mp3)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
const langOf = (f: string) =>
  /(?:^|[/.])(en|ru|uk|lt)(?:[/.])/.exec(relative(media, f))?.[1] ?? '–';
const kindOf = (f: string) =>
  f.includes('/music/') ? 'music' : f.includes('/sfx/') ? 'sfx' : 'speech';

try {
  const narration = readdirSync(join(media, 'narration'))
    .filter((f) => f.endsWith('.vtt'))
    .sort();
  const tracks = await pool(
    narration.map((vtt, i) => async () => {
      const base = join(media, 'narration', vtt.replace(/\.vtt$/, ''));
      const captions = parseVtt(readFileSync(`${base}.vtt`, 'utf8'));
      const found = await silences(`${base}.opus`);
      const { timings, exact } = sentenceTimings(captions, found.silences, found.duration);
      const wav = join(tmp, `${i}.wav`);
      await decode(`${base}.opus`, wav);
      const pitch = pitchSpread(await f0(wav));
      rmSync(wav);
      const nWords = captions
        .map((c) => c.text)
        .join(' ')
        .split(/\s+/)
        .filter(Boolean).length;
      const speech = timings.reduce((s, t) => s + (t.speechEnd - t.start), 0);
      const gaps = timings.flatMap((t) => (t.gap === undefined ? [] : [t.gap]));
      return {
        name: vtt.replace(/\.vtt$/, ''),
        lang: langOf(`${base}.opus`),
        gaps,
        exact,
        pitch,
        wpm: (nWords / speech) * 60,
      };
    }),
  );
  const audio = files(media).sort();
  const levels = await pool(
    audio.map((f) => async () => {
      const { lufs, truePeak } = await level(f);
      const kind = kindOf(f);
      const flag = kind === 'sfx' ? '' : levelFlags(kind, lufs, truePeak);
      return { file: relative(media, f), lang: langOf(f), kind, lufs, truePeak, flag };
    }),
  );

  const langs = [...new Set([...tracks.map((t) => t.lang), ...levels.map((l) => l.lang)])].sort();
  const summary = table(
    [
      'language',
      'tracks',
      'gap min / median / max (s)',
      'pitch SD (st), median [min–max]',
      'pitch 5–95 % (st), median',
      'words/min, median [min–max]',
      'files',
      'LUFS min–max',
      'true peak max (dBTP)',
      'flagged',
    ],
    langs.map((lang) => {
      const ts = tracks.filter((t) => t.lang === lang);
      const ls = levels.filter((l) => l.lang === lang);
      const g = spread(ts.flatMap((t) => t.gaps));
      const sd = spread(ts.map((t) => t.pitch.sd));
      const w = spread(ts.map((t) => t.wpm));
      const lu = spread(ls.map((l) => l.lufs));
      return [
        lang,
        String(ts.length),
        ts.length
          ? `${fmt(g.min, 2)} / ${fmt(g.median, 2)} / ${fmt(g.max, 2)}${ts.every((t) => t.exact) ? '' : ' (some estimated)'}`
          : '–',
        ts.length ? `${fmt(sd.median, 2)} [${fmt(sd.min, 2)}–${fmt(sd.max, 2)}]` : '–',
        ts.length ? fmt(spread(ts.map((t) => t.pitch.range)).median, 1) : '–',
        ts.length ? `${fmt(w.median, 0)} [${fmt(w.min, 0)}–${fmt(w.max, 0)}]` : '–',
        String(ls.length),
        `${fmt(lu.min)} – ${fmt(lu.max)}`,
        fmt(spread(ls.map((l) => l.truePeak)).max),
        String(ls.filter((l) => l.flag).length),
      ];
    }),
  );
  const perTrack = table(
    ['track', 'gaps min / median / max (s)', 'pitch SD (st)', 'pitch 5–95 % (st)', 'words/min'],
    tracks.map((t) => {
      const g = spread(t.gaps);
      return [
        t.name,
        `${fmt(g.min, 2)} / ${fmt(g.median, 2)} / ${fmt(g.max, 2)}${t.exact ? '' : ' *'}`,
        fmt(t.pitch.sd, 2),
        fmt(t.pitch.range, 1),
        fmt(t.wpm, 0),
      ];
    }),
  );
  const perFile = table(
    ['file', 'kind', 'LUFS', 'true peak (dBTP)', 'flag'],
    levels.map((l) => [
      l.file,
      l.kind,
      fmt(l.lufs),
      fmt(l.truePeak),
      l.flag ? `**${l.flag}**` : '',
    ]),
  );
  const flagged = levels.filter((l) => l.flag).length;
  const doc = `# Audio report: ${exhibit}

Written by \`npm run media:report ${exhibit}\` (scripts/media/report.ts) from the built files in
\`media/${exhibit}/\`. Gaps: the silence between one sentence's speech and the next sentence's first
cue (cue starts are exact; speech ends are where ffmpeg \`silencedetect=noise=-45dB:d=0.15\` finds the
silence that runs up to the next cue, on the Opus track; \`*\` marks a track where one was not found
and the caption's end stood in). Pitch: praat \`To Pitch\` (autocorrelation, 60–500 Hz, 10 ms frames)
over voiced frames, in semitones from the track's median F0. Words a minute: caption words (a number
counts as one word) over speech time (each sentence from its first cue to its speech end). Levels:
ffmpeg \`ebur128=peak=true\` on the decoded file; flagged outside −16 ±1 LUFS (music −23 ±1) or over
−1.0 dBTP true peak; sound effects (sfx) are listed without a target.

## Summary per language

${summary}

${flagged} of ${levels.length} files flagged.

## Narration tracks

${perTrack}

## Every audio file

${perFile}
`;
  writeFileSync(join('docs', 'audio-report.md'), doc);
  console.log(summary);
  console.log(`\n${flagged} of ${levels.length} files flagged; docs/audio-report.md written`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
