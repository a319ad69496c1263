// The quotation cue: its schema, its audio-description words and a fixture. Its view is view.ts;
// the quotation marks are the language's own (src/i18n/<lang>.ts).
import { z } from 'zod';
import { shown } from '../../content/fields.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue } from '../types.ts';

/** A quotation set large: only words a source records, attributed and sourced. */
export const quoteCue = z
  .strictObject({
    type: z.literal('quote'),
    ...commonCueFields,
    text: shown('quote').describe('The quoted words, per language, without quotation marks.'),
    attribution: shown('attribution').describe('Who said or wrote it, and where, per language.'),
    source: shown('source').describe('The source that records it, per language.'),
  })
  .describe('Quotation');

/** The quotation cue type. */
export const quote = defineCue({
  type: 'quote',
  schema: quoteCue,
  words: { en: { quote: 'A quotation' }, ru: { quote: 'Цитата' }, uk: { quote: 'Цитата' } },
  // The describer names it and whose words they are; the reader says the words.
  describe: (cue, { words, common, say }) => [
    `${words.quote}, ${say(cue.attribution)}:`,
    { text: say(cue.text), voice: 'reader', clip: true },
    { text: `${common.source}: ${say(cue.source)}`, drop: 2 },
  ],
  fixture: {
    type: 'quote',
    at: 0,
    text: { en: 'We demand a commission from Moscow.' },
    attribution: { en: 'a strike leaflet, Norilsk, 1953' },
    source: { en: 'Formozov' },
  },
});
