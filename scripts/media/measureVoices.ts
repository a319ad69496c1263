// `npm run media:voices`: has every candidate voice (scripts/media/voiceCandidates.ts) read the same
// twelve Uprising sentences at the pipeline's settings, measures each, writes docs/voices.md (a table
// per language and the voice chosen for each role) and prints the tables. Takes about 7 minutes on 2 cores; the raw figures also go to $TMPDIR/voices-measured.json.
// Measures: word error rate of pocketsphinx (US English model; Debian has no Russian or Ukrainian
// one), words a minute, pitch spread (praat), loudness and true peak as synthesised (ffmpeg
// ebur128), synthesis time. Needs (apt): festival festvox-us-slt-hts rhvoice rhvoice-english
// rhvoice-russian rhvoice-ukrainian sox ffmpeg praat pocketsphinx pocketsphinx-en-us.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chapterFile } from '../../src/content/schema.ts';
import { pitchSpread, wordErrors, words } from './audioStats.ts';
import { f0, level, recognise } from './measure.ts';
import { CANDIDATES, SENTENCES, type Candidate } from './voiceCandidates.ts';
import { choose, voiceTables, type Measured } from './voicesDoc.ts';
import { run, silenceWav, speak } from './voice.ts';

/** The sentences as the pipeline voices them (spoken form where there is one), per language. */
function sentences(lang: string): string[] {
  return SENTENCES.map(([chapter, i]) => {
    const file = join('exhibits', 'uprising', 'chapters', `${chapter}.json`);
    const s = chapterFile.parse(JSON.parse(readFileSync(file, 'utf8'))).script?.[i];
    if (!s)
      throw new Error(
        `${file}: script has no sentence ${i + 1} (scripts/media/voiceCandidates.ts)`,
      );
    return s.spoken?.[lang] ?? s.text[lang] ?? '';
  });
}

/** The words festival's English front end says for each sentence ("1953" → nineteen fifty three). */
function englishReference(texts: string[], tmp: string): string[][] {
  const scm = join(tmp, 'ref.scm');
  writeFileSync(
    scm,
    texts
      .map(
        (t) =>
          `(set! u (Utterance Text ${JSON.stringify(t)}))(Initialize u)(Text u)(Token_POS u)(Token u)` +
          `(mapcar (lambda (w) (format t "%s " (item.name w))) (utt.relation.items u 'Word))(format t "\\n")`,
      )
      .join('\n'),
  );
  return run('festival', ['--batch', scm]).trim().split('\n').map(words);
}

async function measure(
  c: Candidate,
  texts: string[],
  reference: string[][] | undefined,
  tmp: string,
) {
  const clips: string[] = [];
  let synthSeconds = 0;
  texts.forEach((text, i) => {
    const clip = join(tmp, `${c.voice}-${i}.wav`);
    const t0 = performance.now();
    // As the pipeline voices it (voice.ts), at the narrator's pace.
    speak(text, { engine: c.engine, voice: c.voice, rate: 0.9, credit: '' }, clip, tmp);
    synthSeconds += (performance.now() - t0) / 1000;
    clips.push(clip);
  });
  const seconds = clips.map((f) => Number(run('soxi', ['-D', f])));
  const speech = seconds.reduce((a, b) => a + b, 0);
  let errors = 0;
  let refWords = 0;
  if (reference)
    for (const [i, clip] of clips.entries()) {
      const wav16 = join(tmp, 'ps.wav');
      run('sox', ['-R', clip, '-r', '16000', wav16]);
      errors += wordErrors(reference[i]!, words(await recognise(wav16)));
      refWords += reference[i]!.length;
    }
  // All twelve with the pipeline's 0.5 s gaps, for loudness and pitch as synthesised.
  const gap = join(tmp, 'gap.wav');
  silenceWav(gap, 0.5);
  const joined = join(tmp, `${c.voice}.wav`);
  run('sox', ['-R', ...clips.flatMap((f) => [f, gap]), joined]);
  const { lufs, truePeak } = await level(joined);
  const pitch = pitchSpread(await f0(joined));
  const spokenWords = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  return {
    ...c,
    wer: reference ? errors / refWords : undefined,
    refWords,
    wpm: (spokenWords / speech) * 60,
    pitchSd: pitch.sd,
    pitchRange: pitch.range,
    medianF0: pitch.median,
    lufs,
    truePeak,
    speech,
    synthSeconds,
  } satisfies Measured;
}

const tmp = mkdtempSync(join(tmpdir(), 'voices-'));
try {
  // `--from <file>`: the figures of an earlier run (it saves them in the temp folder), to write
  // the doc again after a change of the choice rule without seven minutes of measuring.
  const from = process.argv.includes('--from')
    ? process.argv[process.argv.indexOf('--from') + 1]
    : undefined;
  const results: Measured[] = from ? JSON.parse(readFileSync(from, 'utf8')) : [];
  for (const lang of from ? [] : (['en', 'ru', 'uk'] as const)) {
    const texts = sentences(lang);
    const reference = lang === 'en' ? englishReference(texts, tmp) : undefined;
    for (const c of CANDIDATES.filter((v) => v.lang === lang)) {
      const m = await measure(c, texts, reference, tmp);
      console.error(`${lang} ${c.voice}: measured`);
      results.push(m);
    }
  }
  writeFileSync(join(tmpdir(), 'voices-measured.json'), JSON.stringify(results, null, 2));
  const tables = voiceTables(results);
  console.log(tables);
  const doc = readFileSync(join('docs', 'voices.md'), 'utf8');
  const start = doc.indexOf('<!-- measured -->');
  const end = doc.indexOf('<!-- /measured -->');
  if (start < 0 || end < 0)
    throw new Error('docs/voices.md: the <!-- measured --> markers are missing');
  const block = `<!-- measured -->\n${tables}\n\n${choose(results)}\n`;
  writeFileSync(join('docs', 'voices.md'), doc.slice(0, start) + block + doc.slice(end));
  console.log('\ndocs/voices.md written');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
