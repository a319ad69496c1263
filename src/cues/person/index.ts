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

/** Years as said: "1913–1984" as written, "?–1956" as "died 1956", "1913–?" as "born 1913". */
function spokenYears(
  years: string,
  words: { born: (y: string) => string; died: (y: string) => string },
): string {
  const m = /^\s*(\?|\d{3,4})\s*[–-]\s*(\?|\d{3,4})\s*$/.exec(years);
  if (m?.[1] === '?' && m[2] !== '?') return words.died(m[2]!);
  if (m?.[2] === '?' && m[1] !== '?') return words.born(m[1]!);
  return years;
}

/** The person cue type. Its words serve the view too ("No photograph" in the empty frame). */
export const person = defineCue({
  type: 'person',
  schema: personCue,
  words: {
    en: {
      person: 'A person',
      noPhotograph: 'No photograph',
      portrait: 'Portrait',
      born: (y: string) => `born ${y}`,
      died: (y: string) => `died ${y}`,
    },
    ru: {
      person: 'Человек',
      noPhotograph: 'Фотографии нет',
      portrait: 'Портрет',
      born: (y: string) => `год рождения: ${y}`,
      died: (y: string) => `год смерти: ${y}`,
    },
    uk: {
      person: 'Людина',
      noPhotograph: 'Фотографії немає',
      portrait: 'Портрет',
      born: (y: string) => `рік народження: ${y}`,
      died: (y: string) => `рік смерті: ${y}`,
    },
  },
  // Who, their years ("?" said as born or died), their role and fate, the portrait or its
  // absence, the source. When long: the source goes first, then "No photograph", then the
  // longest are cut to their first clauses, then the role, then the portrait's description.
  describe: (cue, { words, common, say }) => [
    cue.years
      ? `${words.person}: ${say(cue.name)}, ${spokenYears(cue.years, words)}`
      : `${words.person}: ${say(cue.name)}`,
    { text: say(cue.role), clip: true, drop: 1 },
    { text: say(cue.fate), clip: true },
    cue.portrait
      ? { text: `${words.portrait}: ${say(cue.portrait.description)}`, clip: true, drop: 1 }
      : { text: words.noPhotograph, drop: 2 },
    { text: `${common.source}: ${say(cue.source)}`, drop: 3 },
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
