// The document cue: its schema, its audio-description words, its check and a fixture. Its view is
// view.ts.
import { z } from 'zod';
import { shown } from '../../content/fields.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue } from '../types.ts';

/** A document: a typed page revealed line by line, with whose document it is. */
export const documentCue = z
  .strictObject({
    type: z.literal('document'),
    ...commonCueFields,
    heading: shown('documentHeading').describe('The heading typed at the top, per language.'),
    lines: z
      .array(shown('documentLine'), {
        error: 'expected a list of lines, each with text per language',
      })
      .min(1, { error: 'expected at least one line' })
      .max(12, { error: 'expected at most 12 lines: a page, not a book' })
      .describe('Lines revealed one by one, per language.'),
    source: shown('source').describe('Where the text comes from, per language.'),
  })
  .describe('Document');

/** The document cue type. */
export const document = defineCue({
  type: 'document',
  schema: documentCue,
  words: {
    en: { document: 'A document' },
    ru: { document: 'Документ' },
    uk: { document: 'Документ' },
  },
  // The lines as one list: short pauses between them, not a full stop after each.
  describe: (cue, { words, common, say }) => [
    `${words.document}: ${say(cue.heading)}`,
    cue.lines.map(say).join('; '),
    `${common.source}: ${say(cue.source)}`,
  ],
  fixture: {
    type: 'document',
    at: 0,
    heading: { en: 'Demands' },
    lines: [{ en: 'A commission from Moscow.' }],
    source: { en: 'Strike committee, 1953' },
  },
  check: (cue, { file, path, langs }) =>
    cue.lines.flatMap((line, j) => missingLanguages(line, langs, file, `${path}.lines[${j}]`)),
});
