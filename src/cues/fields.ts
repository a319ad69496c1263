// Fields every cue type shares: when it starts, whether the attract loop may show it, and its own
// audio description. Each cue folder spreads them into its schema.
import { z } from 'zod';
import { int, seconds, shown } from '../content/fields.ts';

/** Where a cue starts: at a time in seconds, or at the start of a caption sentence (1-based). */
export const cueTiming = {
  at: seconds
    .optional()
    .describe('Start time in seconds on the narration timeline. Give this or `sentence`.'),
  sentence: int(1, 10_000, 'a sentence number, 1 or more')
    .optional()
    .describe(
      'Start with this caption sentence (1 = first), whatever the language. Give this or `at`.',
    ),
};

/** Whether the attract loop may show a cue; content marks the most graphic ones false. */
export const montage = {
  attract: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe(
      'Set false to keep this cue out of the attract loop (e.g. the most graphic material).',
    ),
};

/** What audio description says of a cue; left out, it is made from the cue's own words. */
export const described = {
  description: shown('description')
    .optional()
    .describe(
      "Audio description: what the cue shows, per language, for visitors who cannot see it. Left out, it is made from the cue's own words.",
    ),
};

/** The fields every cue has, spread into each cue type's schema after its `type`. */
export const commonCueFields = { ...cueTiming, ...montage, ...described };
