// What the image and object cues share: where the picture is, which part of it each screen shape
// shows (and where the camera moves), and its callouts. Data only (no Pixi): the content loader,
// the machine and the Node scripts read it.
import { z } from 'zod';
import { mediaPath, num, shown } from '../../content/fields.ts';
import type { ContentError } from '../../content/errors.ts';
import { cueTiming } from '../fields.ts';

const fraction = (what: string) => num(0, 1, `${what}, a fraction of the picture from 0 to 1`);

/** A picture in the exhibit's media folder: a photograph or scan under images/. */
export const imagePath = mediaPath.regex(/^images\/[\w.-]+\.(jpe?g|png|webp|svg)$/, {
  error:
    'expected a picture in the media folder\'s images/, such as "images/barracks.jpg" (.jpg, .png, .webp or .svg)',
});

/** A drawing the exhibit ships: an SVG under drawings/. */
export const drawingPath = mediaPath.regex(/^drawings\/[\w.-]+\.svg$/, {
  error: 'expected an SVG drawing in the media folder\'s drawings/, such as "drawings/patch.svg"',
});

/** A rectangle on the picture, in fractions of its width and height. */
export const rect = z
  .strictObject(
    {
      x: fraction('the left edge'),
      y: fraction('the top edge'),
      w: num(0.02, 1, 'a width from 0.02 to 1 (a fraction of the picture)'),
      h: num(0.02, 1, 'a height from 0.02 to 1 (a fraction of the picture)'),
    },
    { error: 'expected a rectangle { "x", "y", "w", "h" } in fractions of the picture' },
  )
  .refine((r) => r.x + r.w <= 1.0001 && r.y + r.h <= 1.0001, {
    error: 'expected the rectangle inside the picture: x + w and y + h at most 1',
  })
  .describe('A rectangle on the picture: left, top, width, height, each a fraction (0 to 1).');

export type Rect = z.output<typeof rect>;

/** What one screen shape shows: the subject, and where the camera drifts to. */
const focus = z
  .strictObject(
    {
      from: rect.describe(
        'The part of the picture that is always seen whole at the start: the subject.',
      ),
      to: rect
        .optional()
        .describe(
          'Where the camera pans and zooms to over the cue (slowly); left out, it holds still. Never under reduced motion.',
        ),
    },
    { error: 'expected { "from": {x, y, w, h}, "to"?: {x, y, w, h} }' },
  )
  .describe('Focal rectangles: the subject, and where the camera moves.');

export type Focus = z.output<typeof focus>;

/** The focal rectangles per screen shape, so a portrait screen never cuts the subject. */
export const view = z
  .strictObject(
    {
      landscape: focus.optional().describe('On a landscape screen. Left out: the whole picture.'),
      portrait: focus
        .optional()
        .describe('On a portrait screen. Left out: the landscape one, then the whole picture.'),
    },
    { error: 'expected { "landscape"?: {…}, "portrait"?: {…} }' },
  )
  .describe(
    'Which part of the picture each screen shape shows. Each focal rectangle is always seen whole, so portrait never cuts the subject.',
  );

/** A ring and a label on a region of the picture, appearing at its own time or sentence. */
export const callout = z
  .strictObject(
    {
      x: fraction("the ring's centre, from the left"),
      y: fraction("the ring's centre, from the top"),
      r: num(0.01, 0.5, "a radius from 0.01 to 0.5 (a fraction of the picture's width)"),
      label: shown('calloutLabel').describe('What the ring marks, per language.'),
      ...cueTiming,
    },
    { error: 'expected a callout { "x", "y", "r", "label", "at" or "sentence" }' },
  )
  .describe("A ring and a label on a region, shown from its time or sentence to the cue's end.");

/** Up to 4 callouts, each its own time: more than that is a diagram, not a picture. */
export const callouts = z
  .array(callout, { error: 'expected a list of callouts' })
  .max(4, { error: 'expected at most 4 callouts: a picture, not a diagram' })
  .describe('Rings and labels on regions of the picture, appearing in turn.');

export type Callout = z.output<typeof callout>;

/** The words each picture shows and says, in every built-in language. */
export interface PictureWords {
  /** "Marked" (said before the callouts' labels). */
  marked: string;
  /** "Credit". */
  credit: string;
  /** Each medium's name, shown before the credit and said before the description. */
  medium: Record<Medium, string>;
}

/** The picture words in English, Russian and Ukrainian. */
export const PICTURE_WORDS = {
  en: {
    marked: 'Marked',
    credit: 'Credit',
    medium: { photograph: 'Photograph', drawing: 'Drawing', painting: 'Painting', print: 'Print' },
  },
  ru: {
    marked: 'Отмечено',
    credit: 'Источник изображения',
    medium: {
      photograph: 'Фотография',
      drawing: 'Рисунок',
      painting: 'Живопись',
      print: 'Гравюра',
    },
  },
  uk: {
    marked: 'Позначено',
    credit: 'Джерело зображення',
    medium: {
      photograph: 'Фотографія',
      drawing: 'Малюнок',
      painting: 'Живопис',
      print: 'Гравюра',
    },
  },
} satisfies Record<string, PictureWords>;

/** The credit line under a picture: "Drawing · Drawn for the tests, 2026 · CC0-1.0". */
export function creditLine(
  mediumWord: string,
  r: { credit: string; date: string; licence: string },
): string {
  return `${mediumWord} · ${r.credit}, ${r.date} · ${r.licence}`;
}

/** What kind of picture: said on screen, so a drawing is never taken for a photograph. */
export const MEDIA = ['photograph', 'drawing', 'painting', 'print'] as const;
export type Medium = (typeof MEDIA)[number];

export const medium = z
  .enum(MEDIA, { error: `expected one of ${MEDIA.join(', ')}` })
  .describe('What kind of picture it is, named on screen beside the credit.');

/** Callouts given both `at` and `sentence`: the checks name each. */
export function calloutTimingErrors(
  list: readonly Callout[] | undefined,
  file: string,
  path: string,
): ContentError[] {
  return (list ?? []).flatMap((c, i) =>
    c.at !== undefined && c.sentence !== undefined
      ? [
          {
            file,
            path: `${path}.callouts[${i}]`,
            message: 'give either "at" or "sentence", not both',
          },
        ]
      : [],
  );
}

/** The focal rectangle for a screen shape: its own, the landscape one, or the whole picture. */
export function focusFor(v: z.output<typeof view> | undefined, portrait: boolean): Focus {
  const whole = { x: 0, y: 0, w: 1, h: 1 };
  return (portrait ? (v?.portrait ?? v?.landscape) : v?.landscape) ?? { from: whole };
}

/** The callouts in `lang`, as a view draws them. */
export function calloutsIn(list: readonly Callout[] | undefined, lang: string) {
  return (list ?? []).map((c) => ({
    x: c.x,
    y: c.y,
    r: c.r,
    label: c.label[lang] ?? '',
    at: c.at,
    sentence: c.sentence,
  }));
}

/** The picture words in `lang` (English for a language without them). */
export function pictureWords(lang: string): PictureWords {
  return PICTURE_WORDS[lang as keyof typeof PICTURE_WORDS] ?? PICTURE_WORDS.en;
}
