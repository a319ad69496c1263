// The memorial cue: the closing beat of an exhibit. Its schema, its audio-description words, its
// check and a fixture; its view is view.ts. The music falls silent under it, its tolls are the
// largest figures on screen, each with its source, the places of memory are named, and the screen
// holds still for `holdSeconds` before the visitor may leave (src/machine/states/chapter.ts).
import { z } from 'zod';
import type { ContentError } from '../../content/errors.ts';
import { int, num, shown, upTo } from '../../content/fields.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue, type CheckContext } from '../types.ts';
import { plural } from '../../i18n/numbers.ts';

/** How long a memorial holds the screen still when the content does not say. */
export const DEFAULT_HOLD_SECONDS = 20;

/** One toll of the dead: a number, or a text where the count is contested ("37–700"). */
const toll = z.strictObject({
  value: num(0, 1e9, 'a number from 0 to 1,000,000,000')
    .optional()
    .describe('The number of the dead. Give this or `text`.'),
  approximate: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe('Prefix the number with "about" (≈).'),
  text: shown('tollText')
    .optional()
    .describe(
      'The toll as written, per language, where one number would claim too much: a range ("37–700") of contested counts. Give this or `value`.',
    ),
  label: shown('figureLabel').describe('Who they were, per language, e.g. "killed at Kengir".'),
  source: shown('source').describe(
    'Whose count it is, per language; contested counts name each source.',
  ),
});

/** The memorial: the tolls of the dead, the places of memory, silence and stillness. */
export const memorialCue = z
  .strictObject({
    type: z.literal('memorial'),
    ...commonCueFields,
    heading: shown('heading')
      .optional()
      .describe('A quiet line above the tolls, per language, e.g. "In memory".'),
    tolls: upTo(z.array(toll, { error: 'expected a list of tolls' }), 'tolls', 'tolls')
      .min(1, { error: 'expected at least one toll' })
      .describe(
        'The tolls of the dead, each set as the largest figure on screen: `value` (a number, with `approximate` if it is one) or `text` ("37–700", per language), with `label` and `source` per language.',
      ),
    places: upTo(
      z.array(shown('placeOfMemory'), {
        error: 'expected a list of places, each as text per language',
      }),
      'placesOfMemory',
      'places of memory',
    )
      .optional()
      .describe('The places of memory (cemeteries, memorials), each named per language.'),
    holdSeconds: int(3, 600, 'a whole number of seconds from 3 to 600')
      .optional()
      .describe(
        `How long the screen holds still, from the memorial's start, before "Return to chapters" appears; ${DEFAULT_HOLD_SECONDS} when left out.`,
      ),
  })
  .describe('Memorial');

type MemorialCue = z.output<typeof memorialCue>;

/** How long this memorial holds the screen still, in seconds. */
export function holdSeconds(cue: Pick<MemorialCue, 'holdSeconds'>): number {
  return cue.holdSeconds ?? DEFAULT_HOLD_SECONDS;
}

/** Each toll is a number or a text, never both; every text has every language. */
function checkMemorial(cue: MemorialCue, { file, path, langs }: CheckContext): ContentError[] {
  const errors: ContentError[] = [];
  cue.tolls.forEach((t, i) => {
    const at = `${path}.tolls[${i}]`;
    if ((t.value === undefined) === (t.text === undefined))
      errors.push({
        file,
        path: at,
        message:
          t.value === undefined
            ? 'expected "value" (a number) or "text" (such as "37–700"): give one'
            : 'give either "value" or "text", not both',
      });
    if (t.text && t.approximate)
      errors.push({
        file,
        path: `${at}.approximate`,
        message: 'expected "approximate" only with "value": write it into "text" instead',
      });
    if (t.text) errors.push(...missingLanguages(t.text, langs, file, `${at}.text`));
    errors.push(...missingLanguages(t.label, langs, file, `${at}.label`));
    errors.push(...missingLanguages(t.source, langs, file, `${at}.source`));
  });
  cue.places?.forEach((p, i) =>
    errors.push(...missingLanguages(p, langs, file, `${path}.places[${i}]`)),
  );
  return errors;
}

/** The memorial cue type. */
export const memorial = defineCue({
  type: 'memorial',
  schema: memorialCue,
  words: {
    en: {
      memorial: 'In memory',
      about: 'about',
      places: 'Places of memory',
      more: (n: number) =>
        n === 1 ? 'And one more count of the dead' : `And ${n} more counts of the dead`,
    },
    // "примерно", not "около": the number stays in the nominative, as it is read.
    ru: {
      memorial: 'Память',
      about: 'примерно',
      places: 'Места памяти',
      more: (n: number) =>
        `И ещё ${n} ${plural(n, ['строка', 'строки', 'строк'])} с числами погибших`,
    },
    uk: {
      memorial: "Пам'ять",
      about: 'приблизно',
      places: "Місця пам'яті",
      more: (n: number) =>
        `І ще ${n} ${plural(n, ['рядок', 'рядки', 'рядків'])} з числами загиблих`,
    },
  },
  // The heading, then each toll and who they were, as many as fit (the sources are on screen
  // beneath each; a listener hears the dead first), then the places of memory if there is time.
  describe: (cue, { words, say, lang }) => [
    cue.heading ? say(cue.heading) : words.memorial,
    {
      items: cue.tolls.map((t) => ({
        text: `${t.text ? say(t.text) : `${t.approximate ? `${words.about} ` : ''}${new Intl.NumberFormat(lang).format(t.value ?? 0)}`} — ${say(t.label)}`,
      })),
      more: words.more,
    },
    cue.places?.length
      ? { text: `${words.places}: ${cue.places.map((p) => say(p)).join(', ')}`, drop: 2 }
      : '',
  ],
  fixture: {
    type: 'memorial',
    at: 0,
    tolls: [{ text: { en: '37–700' }, label: { en: 'test toll' }, source: { en: 'Test source' } }],
    places: [{ en: 'Test place of memory' }],
  },
  check: checkMemorial,
});
