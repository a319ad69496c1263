// The video cue: a muted film clip under the narration, with its poster, its rights and its audio
// description. Its schema, words and fixture; the view is view.ts, the narration clock film.ts.
import { z } from 'zod';
import { mediaPath, shown } from '../../content/fields.ts';
import { commonCueFields } from '../fields.ts';
import { rights } from '../rights.ts';
import { defineCue } from '../types.ts';

/** A film file: WebM first (VP9 or VP8 play everywhere), then an MP4 (H.264) fallback. */
const filmFile = mediaPath.regex(/\.(webm|mp4)$/, {
  error: 'expected a film file ending in .webm or .mp4',
});

/** A still picture: the poster frame. */
const posterFile = mediaPath.regex(/\.(png|webp|jpe?g)$/, {
  error: 'expected a picture ending in .png, .webp or .jpg',
});

/** A film clip: muted, following the narration's clock; its poster until it plays. */
export const videoCue = z
  .strictObject({
    type: z.literal('video'),
    ...commonCueFields,
    video: z
      .array(filmFile, {
        error:
          'expected a list of film files, best first, such as ["video/clip.webm", "video/clip.mp4"]',
      })
      .min(1, { error: 'expected at least one film file' })
      .max(3, { error: 'expected at most 3 encodings of the same film' })
      .describe(
        'The film in one or more encodings, best first: a WebM (VP9 or VP8), then an MP4 (H.264). Muted: the narration is the only sound.',
      ),
    poster: posterFile.describe(
      "A still of the film's first frame: shown until it plays, under reduced motion, and if it cannot be played.",
    ),
    loop: z
      .boolean({ error: 'expected true or false' })
      .optional()
      .describe(
        'Play the film over and over while the cue lasts; left out, once, holding its last frame.',
      ),
    rights: rights.describe('Rights of the film: credit, licence, source and date. Required.'),
    description: shown('description').describe(
      'Audio description: what the film shows, per language, for visitors who cannot see it. Required: a film has no words of its own to describe it with.',
    ),
  })
  .describe('Film');

/** A video cue as the kiosk uses it. */
export type VideoCue = z.output<typeof videoCue>;

/** The video cue type. */
export const video = defineCue({
  type: 'video',
  schema: videoCue,
  words: {
    en: { film: 'A film clip' },
    ru: { film: 'Кинокадры' },
    uk: { film: 'Кінокадри' },
  },
  // Used only where the cue's own description lacks a language (the content check asks for all).
  describe: (cue, { words, say }) => [
    `${words.film}, ${cue.rights.date}`,
    { text: say(cue.description), clip: true },
  ],
  fixture: {
    type: 'video',
    at: 0,
    video: ['video/clip.webm', 'video/clip.mp4'],
    poster: 'video/clip-poster.png',
    rights: {
      credit: 'Drawn for the tests',
      licence: 'CC0-1.0',
      source: 'made with ffmpeg',
      date: 'drawn 2026',
    },
    description: { en: 'Snow drifts over a dark field.' },
  },
});
