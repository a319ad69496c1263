// The object cue: its schema, its audio-description words, its check and a fixture. Its view is
// view.ts. An artefact close up: a photograph of it (with rights) or a drawing the exhibit ships
// (an SVG, rasterised by `npm run media:images` like any picture), with callouts and a line that
// says where the thing is ("<provenance>") or that this is a drawing ("Reconstruction after …").
import { z } from 'zod';
import type { ContentError } from '../../content/errors.ts';
import { shown } from '../../content/fields.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields } from '../fields.ts';
import { rights } from '../rights.ts';
import { defineCue, type CheckContext } from '../types.ts';
import {
  PICTURE_WORDS,
  calloutTimingErrors,
  callouts,
  drawingPath,
  imagePath,
  medium,
  view,
  type Medium,
} from '../image/picture.ts';

/** An object: what it is, its picture or drawing, its provenance or what it is reconstructed after. */
export const objectCue = z
  .strictObject({
    type: z.literal('object'),
    ...commonCueFields,
    name: shown('objectName').describe('What the object is, per language, e.g. "Number patch".'),
    image: imagePath
      .optional()
      .describe(
        "A photograph of the object in the media folder's images/. Give this or `drawing`.",
      ),
    drawing: drawingPath
      .optional()
      .describe(
        "A drawing the exhibit ships, an SVG in the media folder's drawings/. Give this or `image`; a drawing needs `reconstruction`.",
      ),
    medium: medium
      .optional()
      .describe(
        'With `image`: what kind of picture (photograph when left out). A drawing is a drawing.',
      ),
    alt: shown('description').describe(
      'What the picture shows, per language, for screen readers and audio description (required).',
    ),
    provenance: shown('provenance')
      .optional()
      .describe(
        'Where the object is and where it came from, per language, e.g. "Memorial Society collection, Moscow". Give this or `reconstruction`.',
      ),
    reconstruction: z
      .strictObject(
        {
          after: shown('provenance').describe(
            'What the drawing follows, per language: shown as "Reconstruction after <after>".',
          ),
        },
        { error: 'expected { "after": { "en": "…" } }' },
      )
      .optional()
      .describe('For a drawing: what it reconstructs the object after. Give this or `provenance`.'),
    view: view.optional(),
    callouts: callouts.optional(),
    rights,
  })
  .describe('Object');

type ObjectCue = z.output<typeof objectCue>;

/** The words an object adds to a picture's. */
export interface ObjectWords {
  /** "Object" (said before its name). */
  object: string;
  /** "Reconstruction after" (before what a drawing follows). */
  reconstructionAfter: string;
}

/** How a cue's picture is told on screen and aloud. */
export function objectMedium(cue: Pick<ObjectCue, 'drawing' | 'medium'>): Medium {
  return cue.drawing ? 'drawing' : (cue.medium ?? 'photograph');
}

/** The provenance line: "<provenance>" or "Reconstruction after <source>". */
export function provenanceLine(
  cue: Pick<ObjectCue, 'provenance' | 'reconstruction'>,
  lang: string,
  words: ObjectWords,
): string {
  if (cue.reconstruction)
    return `${words.reconstructionAfter} ${cue.reconstruction.after[lang] ?? ''}`;
  return cue.provenance?.[lang] ?? '';
}

function checkObject(cue: ObjectCue, { file, path, langs }: CheckContext): ContentError[] {
  const errors: ContentError[] = [];
  if (!!cue.image === !!cue.drawing)
    errors.push({
      file,
      path,
      message: 'give either "image" (a photograph) or "drawing" (an SVG in drawings/), one of them',
    });
  if (!!cue.provenance === !!cue.reconstruction)
    errors.push({
      file,
      path,
      message: 'give either "provenance" or "reconstruction": { "after": … }, one of them',
    });
  if (cue.drawing && !cue.reconstruction)
    errors.push({
      file,
      path: `${path}.reconstruction`,
      message:
        'a drawing is not the object: give "reconstruction": { "after": … } (what it is drawn after)',
    });
  if (cue.drawing && cue.medium && cue.medium !== 'drawing')
    errors.push({
      file,
      path: `${path}.medium`,
      message: 'a drawing is shown as a drawing: remove "medium" or use "image"',
    });
  if (cue.reconstruction)
    errors.push(
      ...missingLanguages(cue.reconstruction.after, langs, file, `${path}.reconstruction.after`),
    );
  errors.push(...calloutTimingErrors(cue.callouts, file, path));
  (cue.callouts ?? []).forEach((c, i) =>
    errors.push(...missingLanguages(c.label, langs, file, `${path}.callouts[${i}].label`)),
  );
  return errors;
}

/** The object cue type. */
export const object = defineCue({
  type: 'object',
  schema: objectCue,
  words: {
    en: { ...PICTURE_WORDS.en, object: 'Object', reconstructionAfter: 'Reconstruction after' },
    ru: { ...PICTURE_WORDS.ru, object: 'Предмет', reconstructionAfter: 'Реконструкция по' },
    uk: { ...PICTURE_WORDS.uk, object: 'Предмет', reconstructionAfter: 'Реконструкція за' },
  },
  // What it is, what the picture shows, where it is or what a drawing follows, what is marked,
  // the credit: the later ones left out first when the description is long.
  describe: (cue, { words, say, lang }) => [
    `${words.object}: ${say(cue.name)}`,
    { text: `${words.medium[objectMedium(cue)]}: ${say(cue.alt)}`, clip: true },
    { text: provenanceLine(cue, lang, words), clip: true, drop: 1 },
    cue.callouts?.length
      ? { text: `${words.marked}: ${cue.callouts.map((c) => say(c.label)).join('; ')}`, drop: 2 }
      : '',
    { text: `${words.credit}: ${cue.rights.credit}`, drop: 3 },
  ],
  fixture: {
    type: 'object',
    at: 0,
    name: { en: 'Number patch' },
    drawing: 'drawings/patch.svg',
    alt: { en: 'A white cloth patch with a black number, stitched at the corners.' },
    reconstruction: { after: { en: 'a written description' } },
    rights: {
      credit: "Drawn for the engine's tests",
      licence: 'CC0-1.0',
      source: 'Drawn with simple shapes for the tests',
      date: '2026',
    },
  },
  check: checkObject,
});
