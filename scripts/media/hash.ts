// The fingerprint of what a narration track is made from. The media manifest records it; a test
// recomputes it from the chapter files and fails when a script changed but its media was not rebuilt.
import { createHash } from 'node:crypto';
import type { ScriptSentence } from '../../src/content/schema.ts';
import type { Lang } from '../../src/i18n/registry.ts';

/** How one language is voiced: the engine, its voice, and the settings voice.ts applies (for the record). */
export interface Voice {
  engine: 'festival' | 'rhvoice';
  voice: string;
  settings?: string;
}

// The one table of narration voices, keyed by the languages of src/i18n/registry.ts: a language
// added there fails to compile here until it has a voice (tests/unit/languages.test.ts checks too).
const TABLE = {
  en: {
    engine: 'festival',
    voice: 'cmu_us_slt_arctic_hts',
    settings: 'hts -b 0.4 -r 0.9, linger 0.4 under 7 s',
  },
  ru: { engine: 'rhvoice', voice: 'anna', settings: 'rate 90, linger 0.4 under 7 s' },
  uk: { engine: 'rhvoice', voice: 'natalia', settings: 'rate 90, linger 0.4 under 7 s' },
} satisfies Record<Lang, Voice>;

/**
 * How each language is voiced, looked up by any code (an exhibit's language may have none). Part of
 * the fingerprint and the ledgers' stamps, so a voice change rebuilds the audio.
 */
export const VOICES: Readonly<Partial<Record<string, Voice>>> = TABLE;

/** Pacing in seconds: before the first sentence, between sentences, between the halves of a long one, after the last. */
export const PACING = { leadIn: 0.5, gap: 0.5, split: 0.25, tail: 1.0 } as const;

/** Sha-256 of the sentences (shown and spoken), the voice and the pacing for one language. */
export function scriptHash(script: ScriptSentence[], lang: string): string {
  const lines = script.map((s) => ({
    text: s.text[lang] ?? '',
    spoken: s.spoken?.[lang] ?? s.text[lang] ?? '',
  }));
  return createHash('sha256')
    .update(JSON.stringify({ lines, voice: VOICES[lang] ?? null, pacing: PACING }))
    .digest('hex');
}
