// Field validators shared by the content schemas. Each carries the "expected …" phrase that an
// author reads when the value is wrong, so the type error and the range error say the same thing.
import { z } from 'zod';
import { LIST, TEXT } from './limits.ts';

/** A number in [min, max]; `what` names it in errors ("a number from -90 to 90"). */
export function num(min: number, max: number, what = `a number from ${min} to ${max}`) {
  const error = `expected ${what}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

/** A whole number in [min, max]. */
export function int(min: number, max: number, what = `a whole number from ${min} to ${max}`) {
  const error = `expected ${what}`;
  return z.int({ error }).min(min, { error }).max(max, { error });
}

/** Seconds on a narration timeline. */
export const seconds = num(0, 36_000, 'a time in seconds, 0 or more');

/** Non-empty text. */
export const text = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'expected text, not an empty string' });

/** Non-empty text that fits a place on screen (TEXT in limits.ts says which and why). */
export function textUpTo(limit: keyof typeof TEXT) {
  const { max, fits } = TEXT[limit];
  return text.max(max, { error: `expected at most ${max} characters (${fits}): shorten it` });
}

/** Text per language that fits a place on screen: { "en": "…", "ru": "…" }. */
export function shown(limit: keyof typeof TEXT) {
  return z.record(languageCode, textUpTo(limit), {
    error: 'expected text per language, such as { "en": "…", "ru": "…" }',
  });
}

/** A list of at most LIST[limit] items; `what` names them in the error ("chapters"). */
export function upTo<T extends z.ZodArray>(list: T, limit: keyof typeof LIST, what: string): T {
  const max = LIST[limit];
  return list.max(max, {
    error: `expected at most ${max} ${what}: a screen cannot show more; split or shorten`,
  }) as T;
}

/** A stable id for deep links and file names: lower-case words joined by hyphens. */
export const kebabId = z
  .string({ error: 'expected an id such as "norilsk-1953"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'expected an id of lower-case letters, digits and hyphens, such as "norilsk-1953"',
  });

/** A language code such as "en", "ru" or "uk". */
export const languageCode = z
  .string({ error: 'expected a language code such as "en"' })
  .regex(/^[a-z]{2,3}$/, { error: 'expected a two- or three-letter language code such as "en"' });

/** Text per language: { "en": "…", "ru": "…" }. Completeness is checked against the exhibit's languages. */
export const localized = z.record(languageCode, text, {
  error: 'expected text per language, such as { "en": "…", "ru": "…" }',
});

/** A path inside the exhibit's media folder (`media/<exhibit id>/`). */
export const mediaPath = z
  .string({ error: 'expected a media path such as "narration/01.en.vtt"' })
  .regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, {
    error: 'expected a path relative to the media folder, without ".." or a leading "/"',
  });

/** An audio file in one or more encodings, best first: ["x.opus", "x.mp3"]. */
export const audioSources = z
  .array(
    mediaPath.regex(/\.(opus|ogg|mp3|wav|m4a)$/, {
      error: 'expected an audio file ending in .opus, .ogg, .mp3, .wav or .m4a',
    }),
    {
      error:
        'expected a list of audio files, best first, such as ["narration/01.en.opus", "narration/01.en.mp3"]',
    },
  )
  .min(1, { error: 'expected at least one audio file' });
