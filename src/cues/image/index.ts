// The image cue: its schema, its audio-description words, its check and a fixture. Its view is
// view.ts. A still photograph or drawing, seen through focal rectangles per screen shape, with a
// slow pan between them, callouts in turn, and its rights (credit, licence, source, date).
import { z } from 'zod';
import { shown } from '../../content/fields.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields } from '../fields.ts';
import { rights } from '../rights.ts';
import { defineCue } from '../types.ts';
import {
  PICTURE_WORDS,
  calloutTimingErrors,
  callouts,
  imagePath,
  medium,
  view,
} from './picture.ts';

/** An image: a picture from the media folder, its description, focal rectangles, callouts and rights. */
export const imageCue = z
  .strictObject({
    type: z.literal('image'),
    ...commonCueFields,
    image: imagePath.describe(
      'The source picture in the media folder, e.g. "images/barracks.jpg"; `npm run media:images` makes its sized variants.',
    ),
    medium: medium,
    alt: shown('description').describe(
      'What the picture shows, per language, for screen readers and audio description (required).',
    ),
    view: view.optional(),
    callouts: callouts.optional(),
    rights,
  })
  .describe('Image');

/** The image cue type. */
export const image = defineCue({
  type: 'image',
  schema: imageCue,
  words: PICTURE_WORDS,
  // What the picture shows (cut to its first clauses if long), what is marked on it, its credit.
  describe: (cue, { words, say }) => [
    { text: `${words.medium[cue.medium]}: ${say(cue.alt)}`, clip: true },
    cue.callouts?.length
      ? { text: `${words.marked}: ${cue.callouts.map((c) => say(c.label)).join('; ')}`, drop: 2 }
      : '',
    { text: `${words.credit}: ${cue.rights.credit}`, drop: 3 },
  ],
  fixture: {
    type: 'image',
    at: 0,
    image: 'images/barracks.svg',
    medium: 'drawing',
    alt: { en: 'A row of low wooden barracks under a grey sky.' },
    rights: {
      credit: "Drawn for the engine's tests",
      licence: 'CC0-1.0',
      source: 'Drawn with simple shapes for the tests',
      date: '2026',
    },
  },
  check: (cue, { file, path, langs }) => [
    ...calloutTimingErrors(cue.callouts, file, path),
    ...(cue.callouts ?? []).flatMap((c, i) =>
      missingLanguages(c.label, langs, file, `${path}.callouts[${i}].label`),
    ),
  ],
});
