// Who speaks each language (`npm run media` writes it): media/<id>/voices.json lists, per
// language, the voices of the narration, of quotations and documents, and of audio description,
// each as its credit line (a recorded narrator's name, or a synthetic voice with its maker and
// licence). The sources screen credits them. An exhibit without the file credits no voices; a
// malformed file is a content error naming it.
import { z } from 'zod';
import { type ContentError, fromSchemaIssues, refused } from './errors.ts';
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

export async function loadVoices(
  reader: ContentReader,
  errors: ContentError[],
): Promise<VoiceCredits | undefined> {
  const file = reader.mediaLabel(VOICES);
  // Not there (a 404 too) means no credits; there but refused is an error.
  const source = await refused(
    () => reader.readMediaText(VOICES),
    errors,
    (e) => (e.missing ? undefined : { file, path: '', message: e.message }),
  );
  if (source === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    errors.push({
      file,
      path: '',
      message: `not valid JSON (${(e as Error).message}): run npm run media`,
    });
    return undefined;
  }
  const parsed = voicesFile.safeParse(data);
  if (!parsed.success) {
    errors.push(...fromSchemaIssues(file, data, parsed.error.issues));
    return undefined;
  }
  return parsed.data;
}
