// Audio description clips (`npm run media` makes them): media/<id>/descriptions.json lists, per
// chapter and language, one clip per cue with its text and length. An exhibit without the file
// simply has no audio description; a malformed file is a content error naming it.
import { z } from 'zod';
import type { ContentError } from './errors.ts';
import { readMediaJson } from './readMediaJson.ts';
import type { ContentReader } from './reader.ts';
import type { Description } from './types.ts';

const LEDGER = 'descriptions.json';

const clip = z.strictObject({
  text: z.string(),
  /** The parts as voiced (describer and reader), for the media pipeline's staleness check. */
  parts: z.string().optional(),
  reader: z.literal(true).optional(),
  voice: z.string(),
  seconds: z.number().positive(),
});
const ledger = z.strictObject({
  chapters: z.record(z.string(), z.record(z.string(), z.array(clip))),
});

/** Descriptions by chapter id and language, one per cue; undefined when the exhibit has none. */
export type Descriptions = Record<string, Record<string, Description[]>>;

export async function loadDescriptions(
  reader: ContentReader,
  errors: ContentError[],
): Promise<Descriptions> {
  const data = await readMediaJson(reader, LEDGER, ledger, errors);
  if (!data) return {};
  const out: Descriptions = {};
  for (const [chapter, langs] of Object.entries(data.chapters)) {
    for (const [lang, clips] of Object.entries(langs)) {
      (out[chapter] ??= {})[lang] = clips.map((c, i) => {
        const base = `descriptions/${lang}/${chapter}-${i + 1}`;
        return {
          text: c.text,
          seconds: c.seconds,
          // Opus only (a browser without it skips descriptions, the narration goes on).
          audio: [reader.mediaUrl(`${base}.opus`)],
        };
      });
    }
  }
  return out;
}
