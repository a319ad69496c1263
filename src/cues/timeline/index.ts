// The timeline cue: its schema, its audio-description words, its check and a fixture. Its view is
// view.ts.
import { z } from 'zod';
import { int, num, shown, upTo } from '../../content/fields.ts';
import type { ContentError } from '../../content/errors.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue, type CheckContext } from '../types.ts';

/** A timeline of years with events; one is highlighted as the narration reaches it. */
export const timelineCue = z
  .strictObject({
    type: z.literal('timeline'),
    ...commonCueFields,
    from: int(1800, 2100, 'a year such as 1945').describe('First year on the axis.'),
    to: int(1800, 2100, 'a year such as 1960').describe('Last year on the axis.'),
    events: upTo(
      z.array(
        z.strictObject({
          year: num(
            1800,
            2101,
            'a year such as 1953.4 (fractions place it within the year)',
          ).describe('When, as a year.'),
          label: shown('eventLabel').describe('A short label, per language.'),
        }),
        { error: 'expected a list of events' },
      ),
      'events',
      'events',
    )
      .min(1, { error: 'expected at least one event' })
      .describe('Events on the axis.'),
    highlight: int(0, 100, 'an event index, 0 or more').describe(
      'The event to emphasise (0 = first).',
    ),
  })
  .describe('Timeline');

type TimelineCue = z.output<typeof timelineCue>;

/** A timeline's axis runs forwards, its events lie on it, the highlight names one of them. */
function checkTimeline(cue: TimelineCue, { file, path, langs }: CheckContext): ContentError[] {
  const errors: ContentError[] = [];
  if (cue.to <= cue.from)
    errors.push({
      file,
      path: `${path}.to`,
      message: `expected a year after "from" (${cue.from}), got ${cue.to}`,
    });
  cue.events.forEach((e, j) => {
    if (e.year < cue.from || e.year > cue.to + 1) {
      errors.push({
        file,
        path: `${path}.events[${j}].year`,
        message: `expected a year from ${cue.from} to ${cue.to}, got ${e.year}`,
      });
    }
    errors.push(...missingLanguages(e.label, langs, file, `${path}.events[${j}].label`));
  });
  if (cue.highlight >= cue.events.length) {
    errors.push({
      file,
      path: `${path}.highlight`,
      message: `expected an event index from 0 to ${cue.events.length - 1}, got ${cue.highlight}`,
    });
  }
  return errors;
}

/** The timeline cue type. */
export const timeline = defineCue({
  type: 'timeline',
  schema: timelineCue,
  words: {
    en: { timeline: (from: number, to: number) => `A timeline from ${from} to ${to}` },
    ru: { timeline: (from: number, to: number) => `Шкала времени с ${from} по ${to} год` },
    uk: { timeline: (from: number, to: number) => `Шкала часу з ${from} по ${to} рік` },
  },
  // The span and the event it points to; the other events are the narration's.
  describe: (cue, { words, common, say }) => {
    const event = cue.events[cue.highlight];
    return [
      words.timeline(cue.from, cue.to),
      event
        ? { text: common.highlighted(`${Math.floor(event.year)}, ${say(event.label)}`), clip: true }
        : '',
    ];
  },
  fixture: {
    type: 'timeline',
    at: 0,
    from: 1950,
    to: 1956,
    events: [{ year: 1953, label: { en: 'Norilsk' } }],
    highlight: 0,
  },
  check: checkTimeline,
});
