// Who speaks each language (`npm run media` writes it): media/<id>/voices.json lists, per
// language, the voices of the narration, of quotations and documents, and of audio description,
// each as its credit line (a recorded narrator's name, or a synthetic voice with its maker and
// licence). The sources screen credits them. An exhibit without the file credits no voices; a
// malformed file is a content error naming it.
import { z } from 'zod';
import type { ContentError } from './errors.ts';
import { readMediaJson } from './readMediaJson.ts';
import type { ContentReader } from './reader.ts';

const VOICES = 'voices.json';

/** What a voice does in a language, in the order the credits name them. */
export const VOICE_ROLES = ['narration', 'quotations', 'description'] as const;
export type VoiceRole = (typeof VOICE_ROLES)[number];

const credits = z.array(z.string().min(1).max(200)).min(1).max(8);
/** media/<id>/voices.json: by language, each role's credit lines. */
export const voicesFile = z.record(
  z.string(),
  z.strictObject({
    narration: credits.optional(),
    quotations: credits.optional(),
    description: credits.optional(),
  }),
);
export type VoiceCredits = z.infer<typeof voicesFile>;

/** The exhibit's voice credits; undefined without the file (or with a refused one, in `errors`). */
export function loadVoices(
  reader: ContentReader,
  errors: ContentError[],
): Promise<VoiceCredits | undefined> {
  return readMediaJson(reader, VOICES, voicesFile, errors);
}
