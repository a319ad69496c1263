// The document cue: its schema, its audio-description words, its check and a fixture. Its view is
// view.ts.
import { z } from 'zod';
import { shown } from '../../content/fields.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue } from '../types.ts';
import { plural } from '../../i18n/numbers.ts';

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

/** "And 3 more lines", per language (the number is said as a word: src/i18n/numbers.ts). */
const moreLines = {
  en: (n: number) => (n === 1 ? 'And one more line' : `And ${n} more lines`),
  ru: (n: number) => `И ещё ${n} ${plural(n, ['строка', 'строки', 'строк'])}`,
  uk: (n: number) => `І ще ${n} ${plural(n, ['рядок', 'рядки', 'рядків'])}`,
};

/** The document cue type. */
export const document = defineCue({
  type: 'document',
  schema: documentCue,
  words: {
    en: { document: 'A document', more: moreLines.en },
    ru: { document: 'Документ', more: moreLines.ru },
    uk: { document: 'Документ', more: moreLines.uk },
  },
  // The describer names it and reads its heading; the reader reads as many lines as fit, then
  // the describer says how many more there are, and its source if there is time.
  describe: (cue, { words, common, say }) => [
    `${words.document}: ${say(cue.heading)}`,
    { items: cue.lines.map((l) => ({ text: say(l), voice: 'reader' as const })), more: words.more },
    { text: `${common.source}: ${say(cue.source)}`, drop: 2 },
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
