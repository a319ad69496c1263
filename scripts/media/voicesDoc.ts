// The tables and the choice of voices in docs/voices.md, from the measurements of measureVoices.ts.
import { fmt, table } from './audioStats.ts';
import type { Candidate } from './voiceCandidates.ts';

/** One candidate's measurements over the twelve sentences. */
export interface Measured extends Candidate {
  /** Word error rate (0..1) of pocketsphinx; English only. */
  wer?: number;
  refWords: number;
  wpm: number;
  pitchSd: number;
  pitchRange: number;
  medianF0: number;
  lufs: number;
  truePeak: number;
  /** Seconds of speech (the trimmed clips, without gaps). */
  speech: number;
  synthSeconds: number;
}

const NAMES = { en: 'English', ru: 'Russian', uk: 'Ukrainian' } as const;

/** One Markdown table per language. */
export function voiceTables(results: readonly Measured[]): string {
  return (['en', 'ru', 'uk'] as const)
    .map((lang) => {
      const rows = results
        .filter((r) => r.lang === lang)
        .map((r) => [
          `${r.engine === 'festival' ? 'festival HTS' : 'RHVoice'} ${r.voice}${r.current ? ' (current)' : ''}`,
          r.sex,
          r.wer === undefined ? 'n/a' : `${fmt(r.wer * 100, 1)} %`,
          fmt(r.wpm, 0),
          fmt(r.pitchSd, 2),
          fmt(r.pitchRange, 1),
          fmt(r.medianF0, 0),
          fmt(r.lufs, 1),
          fmt(r.truePeak, 1),
          `${fmt(r.synthSeconds, 1)} (${fmt(r.synthSeconds / r.speech, 2)})`,
          `${r.licence}${r.nd ? ' ⚠ no derivatives' : ''}`,
        ]);
      return `### ${NAMES[lang]}\n\n${table(
        [
          'voice',
          'sex',
          'WER',
          'words/min',
          'pitch SD (st)',
          'pitch 5–95 % (st)',
          'median F0 (Hz)',
          'LUFS',
          'true peak (dBTP)',
          'synthesis s (× real time)',
          'licence',
        ],
        rows,
      )}`;
    })
    .join('\n\n');
}

/** WER differences under this are noise with twelve sentences (about 180 words). */
const WER_NOISE = 0.04;

/** The voices whose WER is within the noise of the best (all of them where there is no WER). */
const clearest = (voices: readonly Measured[]) => {
  const best = Math.min(...voices.map((r) => r.wer ?? 0));
  return voices.filter((r) => (r.wer ?? 0) <= best + WER_NOISE);
};

/** The person behind a voice: RHVoice's slt is festival's SLT, aleksandr-hq is aleksandr. */
const speaker = (r: Measured) =>
  r.voice.replace(/^cmu_us_(\w+)_arctic_hts$/, '$1').replace(/-hq$/, '');

/**
 * The voice for each role per language. Narrator: the current one unless another usable voice's WER
 * is better by more than the noise (Russian and Ukrainian have no WER: the current one stays).
 * Reader: of the other sex, among those clearest by WER, the widest pitch spread. Describer: a third
 * speaker, neither the narrator nor the reader, among the clearest, the widest pitch spread, so a
 * listener tells description from story and from quoted words; where there is none, the reader
 * (never the narrator). CC-BY-ND voices are never chosen.
 */
export function choose(results: readonly Measured[]): string {
  const lines = (['en', 'ru', 'uk'] as const).map((lang) => {
    const usable = results.filter((r) => r.lang === lang && !r.nd);
    const current = usable.find((r) => r.current);
    const narrator = current && clearest(usable).includes(current) ? current : clearest(usable)[0]!;
    const widest = (voices: Measured[]) =>
      clearest(voices).sort((a, b) => b.pitchSd - a.pitchSd)[0];
    const reader = widest(usable.filter((r) => r.sex !== narrator.sex));
    const taken = new Set([narrator, reader].flatMap((r) => (r ? [speaker(r)] : [])));
    const third = widest(usable.filter((r) => !taken.has(speaker(r))));
    const why = (r: Measured) =>
      `${r.wer === undefined ? '' : `WER ${fmt(r.wer * 100, 1)} %, `}pitch SD ${fmt(r.pitchSd, 2)} st, ` +
      `${fmt(r.wpm, 0)} words/min, true peak ${fmt(r.truePeak, 1)} dBTP, ${r.licence}`;
    const sex = (r: Measured) => (r.sex === 'M' ? 'male' : 'female');
    return [
      `- **${NAMES[lang]}**: narrator **${narrator.voice}** (${why(narrator)})`,
      reader
        ? `; reader **${reader.voice}** (${sex(reader)}: ${why(reader)})`
        : '; no second usable voice',
      third
        ? `; describer **${third.voice}** (${sex(third)}, a third speaker: ${why(third)})`
        : reader
          ? `; describer **${reader.voice}** (the reader: no third usable speaker)`
          : '',
    ].join('');
  });
  return `### Chosen by the measures (rule in scripts/media/voicesDoc.ts)\n\n${lines.join('\n')}`;
}
