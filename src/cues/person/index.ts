// The person cue: a protagonist's card. Name in each language's own script, years, role, what
// became of them, a portrait only where one exists (never an invented face) and the source.
// Its schema, words, check and fixture; the view is view.ts.
import { z } from 'zod';
import { mediaPath, shown, text } from '../../content/fields.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields } from '../fields.ts';
import { rights } from '../rights.ts';
import { defineCue } from '../types.ts';

/** A photograph or drawing of the person, with its rights and what it shows. */
const portrait = z
  .strictObject(
    {
      image: mediaPath
        .regex(/\.(png|webp|jpe?g)$/, { error: 'expected a picture ending in .png, .webp or .jpg' })
        .describe('The picture, a path in the media folder.'),
      rights: rights.describe(
        'Rights of the picture: credit, licence, source and date. A drawing says so in its source.',
      ),
      description: shown('description').describe(
        'What the picture shows, per language, for audio description.',
      ),
    },
    { error: 'expected a portrait: { "image", "rights", "description" }' },
  )
  .describe('A photograph or drawing of the person; leave it out where none exists.');

/** A person: who they were, what became of them, and whose account it is. */
export const personCue = z
  .strictObject({
    type: z.literal('person'),
    ...commonCueFields,
    name: shown('personName').describe(
      'The name per language, each in its own script, e.g. { "en": "Kapiton Kuznetsov", "ru": "Капитон Кузнецов" }.',
    ),
    years: text
      .max(30, { error: 'expected at most 30 characters, such as "1913–?"' })
      .optional()
      .describe(
        'Years of birth and death as text, e.g. "1913–1984" or "?–1956"; leave out when neither is known.',
      ),
    role: shown('personRole').describe('Who they were in the story, per language.'),
    fate: shown('personFate').describe('What became of them, per language.'),
    portrait: portrait.optional(),
    source: shown('source').describe('Whose account the card rests on, per language.'),
  })
  .describe('Person');

/** A person cue as the kiosk uses it. */
export type PersonCue = z.output<typeof personCue>;

/** The person cue type. Its words serve the view too ("No photograph" in the empty frame). */
export const person = defineCue({
  type: 'person',
  schema: personCue,
  words: {
    en: { person: 'A person', noPhotograph: 'No photograph', portrait: 'Portrait' },
    ru: { person: 'Человек', noPhotograph: 'Фотографии нет', portrait: 'Портрет' },
    uk: { person: 'Людина', noPhotograph: 'Фотографії немає', portrait: 'Портрет' },
  },
  describe: (cue, { words, common, say }) => [
    cue.years
      ? `${words.person}: ${say(cue.name)}, ${cue.years}`
      : `${words.person}: ${say(cue.name)}`,
    say(cue.role),
    say(cue.fate),
    cue.portrait ? `${words.portrait}: ${say(cue.portrait.description)}` : words.noPhotograph,
    `${common.source}: ${say(cue.source)}`,
  ],
  fixture: {
    type: 'person',
    at: 0,
    name: { en: 'Kapiton Kuznetsov' },
    years: '1913–?',
    role: { en: 'Chairman of the strike commission' },
    fate: { en: 'Sentenced after the uprising' },
    source: { en: 'Applebaum, Gulag' },
  },
  check: (cue, { file, path, langs }) =>
    cue.portrait
      ? missingLanguages(cue.portrait.description, langs, file, `${path}.portrait.description`)
      : [],
});
