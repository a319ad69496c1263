// The fingerprint of what a narration track is made from. The media manifest records it; a test
// recomputes it from the chapter files and fails when a script changed but its media was not rebuilt.
import { createHash } from 'node:crypto';
import { chapterPauses, type PacingContext } from '../../src/content/pacing.ts';
import type { ScriptSentence } from '../../src/content/schema.ts';
import type { Lang } from '../../src/i18n/registry.ts';

/** One synthetic voice: the engine, its voice, its speed, and how it is credited. */
export interface Voice {
  engine: 'festival' | 'rhvoice';
  voice: string;
  /** Speed against the voice's own: festival's hts_engine -r, RHVoice's rate (× 100). */
  rate: number;
  /** The credit line: the voice's name, its maker and licence. */
  credit: string;
}

/** The voices of one language: the narrator, a reader for quotations and documents, a describer. */
export interface Cast {
  narrator: Voice;
  reader: Voice;
  describer: Voice;
}

const festivalSlt: Voice = {
  engine: 'festival',
  voice: 'cmu_us_slt_arctic_hts',
  rate: 0.9,
  credit: 'SLT (CMU ARCTIC), festival HTS voice, BSD licence',
};
const rh = (voice: string, name: string, rate = 0.9, licence = 'LGPL-2.1'): Voice => ({
  engine: 'rhvoice',
  voice,
  rate,
  credit: `${name}, RHVoice voice, ${licence}`,
});

/** Audio description is said at the voice's own pace: brisker than the story, so it keeps the story waiting less. */
const DESCRIBER_RATE = 1.0;

// The one table of voices, keyed by the languages of src/i18n/registry.ts: a language added there
// fails to compile here until it has a cast (tests/unit/languages.test.ts checks too). Chosen by
// measurement: docs/voices.md (npm run media:voices).
const TABLE = {
  en: {
    narrator: festivalSlt,
    reader: rh('bdl', 'BDL'),
    describer: rh('alan', 'Alan', DESCRIBER_RATE),
  },
  ru: {
    narrator: rh('anna', 'Anna'),
    reader: rh('aleksandr', 'Aleksandr'),
    describer: rh('irina', 'Irina', DESCRIBER_RATE),
  },
  uk: {
    narrator: rh('natalia', 'Natalia'),
    reader: rh('anatol', 'Anatol'),
    describer: rh('anatol', 'Anatol', DESCRIBER_RATE),
  },
} satisfies Record<Lang, Cast>;

/** Each language's voices, looked up by any code (an exhibit's language may have none). */
export const CAST: Readonly<Partial<Record<string, Cast>>> = TABLE;

/** Each language's narrator: also the voice of the keypad's spoken prompts. */
export const VOICES: Readonly<Partial<Record<string, Voice>>> = Object.fromEntries(
  Object.entries(TABLE).map(([lang, cast]) => [lang, cast.narrator]),
);

/**
 * A description clip's stamp in its ledger: the voices and encoding it was made with, so a change
 * of either makes the clip again ("describer alan 1, reader bdl 0.9, opus 24k, …").
 */
export const descriptionStamp = (cast: Cast, encoding: string) =>
  `describer ${cast.describer.voice} ${cast.describer.rate}, reader ${cast.reader.voice} ${cast.reader.rate}, ${encoding}`;

/** The voice names a description stamp records (descriptionStamp), for the credits. */
export const stampVoices = (stamp: string) => ({
  describer: /describer (\S+)/.exec(stamp)?.[1],
  reader: /reader (\S+)/.exec(stamp)?.[1],
});

/** A short fingerprint of a text (16 hex digits of its sha-256), for ledgers. */
export const digest = (text: string) =>
  createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Bumped when the way a track is joined or levelled changes, so every track is made again. */
export const TRACK_FORMAT = 2;

/** What a track is made of: each sentence's words, voice, speed and the silence after it. */
export function trackLines(
  script: readonly ScriptSentence[],
  lang: string,
  context: PacingContext,
) {
  const pauses = chapterPauses(script, lang, context);
  return script.map((s, i) => ({
    text: s.text[lang] ?? '',
    spoken: s.spoken?.[lang] ?? s.text[lang] ?? '',
    voice: s.voice ?? 'narrator',
    pace: s.pace ?? 1,
    pause: pauses[i]!,
  }));
}

/**
 * Sha-256 of a track's sentences (shown and spoken, voice, speed, pause), its voices and format.
 * A recorded track (`recordings`: the hash of its WAV files) does not depend on the synthetic voices.
 */
export function scriptHash(
  script: readonly ScriptSentence[],
  lang: string,
  context: PacingContext = {},
  recordings?: string,
): string {
  const lines = trackLines(script, lang, context);
  // The voices a track is read in: the narrator and the reader (the describer reads no narration).
  const cast = CAST[lang];
  const voices = recordings
    ? { recordings }
    : cast
      ? { narrator: cast.narrator, reader: cast.reader }
      : null;
  return createHash('sha256')
    .update(JSON.stringify({ lines, voices, format: TRACK_FORMAT }))
    .digest('hex');
}
