// The title card cue: its schema, its audio-description words and a fixture. Its view is view.ts.
import { z } from 'zod';
import { shown } from '../../content/fields.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue } from '../types.ts';

/** A title card: a heading set large, with an optional line beneath. */
export const titleCue = z
  .strictObject({
    type: z.literal('title'),
    ...commonCueFields,
    heading: shown('heading').describe('The heading, per language.'),
    subheading: shown('subheading')
      .optional()
      .describe('A line beneath the heading, per language.'),
  })
  .describe('Title card');

/** The title card cue type. */
export const title = defineCue({
  type: 'title',
  schema: titleCue,
  words: { en: { title: 'Title' }, ru: { title: 'Заголовок' }, uk: { title: 'Заголовок' } },
  describe: (cue, { words, say }) => [
    `${words.title}: ${say(cue.heading)}`,
    cue.subheading ? { text: say(cue.subheading), clip: true, drop: 1 } : '',
  ],
  fixture: { type: 'title', at: 0, heading: { en: 'Norilsk, 1953' } },
});
