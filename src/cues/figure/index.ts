// The figure cue: its schema, its audio-description words and a fixture. Its view is view.ts.
import { z } from 'zod';
import { num, shown } from '../../content/fields.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue } from '../types.ts';

/** A figure: a number that counts up, with what it counts and whose count it is. */
export const figureCue = z
  .strictObject({
    type: z.literal('figure'),
    ...commonCueFields,
    value: num(0, 1e9, 'a number from 0 to 1,000,000,000').describe('The number shown.'),
    approximate: z.boolean().optional().describe('Prefix the number with "about" (≈).'),
    label: shown('figureLabel').describe('What the number counts, per language.'),
    source: shown('source').describe(
      'Whose figure it is, per language, e.g. "MVD commission report".',
    ),
    emphasis: z
      .enum(['toll'], { error: 'expected "toll" (a death toll) or no emphasis' })
      .optional()
      .describe(
        '"toll": a death toll, set larger than any other figure on screen and held still, its source beneath at 32 px.',
      ),
  })
  .describe('Figure');

/** The figure cue type. */
export const figure = defineCue({
  type: 'figure',
  schema: figureCue,
  words: {
    en: { figure: 'A figure', toll: 'The dead', about: 'about' },
    // "примерно", not "около": the number stays in the nominative, as it is read.
    ru: { figure: 'Число', toll: 'Погибшие', about: 'примерно' },
    uk: { figure: 'Число', toll: 'Загиблі', about: 'приблизно' },
  },
  // The number and what it counts (cut to its first clauses if long), then whose count it is: a
  // toll always with its source.
  describe: (cue, { words, common, say, lang }) => [
    {
      text: `${cue.emphasis === 'toll' ? words.toll : words.figure}: ${cue.approximate ? `${words.about} ` : ''}${new Intl.NumberFormat(lang).format(cue.value)} — ${say(cue.label)}`,
      clip: true,
    },
    {
      text: `${common.source}: ${say(cue.source)}`,
      clip: true,
      drop: cue.emphasis === 'toll' ? 0 : 1,
    },
  ],
  fixture: {
    type: 'figure',
    at: 0,
    value: 5200,
    approximate: true,
    label: { en: 'prisoners' },
    source: { en: 'MVD commission report' },
  },
});
