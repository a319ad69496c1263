// The content format: one `exhibit.json` and one file per chapter under `chapters/`.
// docs/content-format.md documents these fields; scripts/emitSchema.ts turns them into JSON Schema.
// Each cue type's fields live in its folder, src/cues/<type>/.
import { z } from 'zod';
import { CUES, cueUnion } from '../cues/registry.ts';
import {
  audioSources,
  int,
  kebabId,
  languageCode,
  localized,
  mediaPath,
  num,
  shown,
  text,
  textUpTo,
  upTo,
} from './fields.ts';
import { LIST, TEXT } from './limits.ts';

/** Every visual cue type: the union of the schemas registered in src/cues/registry.ts. */
export const cue = cueUnion(CUES);

/** A layer under a chapter's cues: snow, dust, grain, or one the exhibit's extension registers (atmospheres.ts checks which). */
export const atmosphereLayer = z
  .string({ error: 'expected a layer name such as "snow", "dust" or "grain"' })
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected a layer name such as "snow", "dust" or "grain"' });

/** One language's narration of a chapter. */
export const narrationTrack = z.strictObject({
  audio: audioSources.describe('The narration audio, best encoding first.'),
  captions: mediaPath
    .regex(/\.vtt$/, { error: 'expected a WebVTT file ending in .vtt' })
    .describe('WebVTT captions, one cue per sentence.'),
});

/** One narrated sentence: its text per language, how the voices should say it, and its sources. */
export const scriptSentence = z.strictObject({
  text: shown('sentence').describe(
    'The sentence as shown in the captions, per language (at most 2 lines of 42 characters).',
  ),
  spoken: shown('spoken')
    .optional()
    .describe(
      'What the voice reads where it differs from the text, e.g. numbers written out in words.',
    ),
  sources: z
    .array(kebabId, { error: 'expected a list of source ids from exhibit.json' })
    .min(1, { error: 'expected at least one source: every sentence rests on a source' })
    .describe('Ids of the works in exhibit.json `sources` this sentence rests on.'),
  pause: num(0, 12, 'a number of seconds from 0 to 12')
    .optional()
    .describe(
      'Seconds of silence after this sentence, where the default is not right: at least 1.5 after a death toll. Left out, it comes from the sentence (a paragraph end 1.8, a full stop 0.7, a colon 0.4, before a memorial 4).',
    ),
  paragraph: z
    .boolean({ error: 'expected true or false' })
    .optional()
    .describe(
      'This sentence ends a paragraph: a longer silence after it (1.8 s), in which the music may rise a little.',
    ),
  pace: num(0.7, 1.1, 'a number from 0.7 (slower) to 1.1 (faster)')
    .optional()
    .describe(
      "This sentence's speed against the voice's own: 0.85 to take it slowly. Synthetic voices only.",
    ),
  voice: z
    .enum(['narrator', 'reader'], {
      error:
        'expected "narrator" or "reader" (a quotation or a document, read by the second voice)',
    })
    .optional()
    .describe(
      'Who reads it: the narrator (the default), or the reader, a second voice for the words of a quotation or a document.',
    ),
});

/** A chapter file, `chapters/<id>.json`. */
export const chapterFile = z.strictObject({
  $schema: z.string().optional(),
  id: kebabId.describe("Stable id; must match the file name and the exhibit's chapter list."),
  title: shown('chapterTitle').describe('Chapter title, per language.'),
  summary: shown('summary').describe('One line for the chapter menu, per language.'),
  narration: z
    .record(languageCode, narrationTrack, {
      error: 'expected narration per language, such as { "en": { "audio": […], "captions": "…" } }',
    })
    .describe('Audio and captions per language.'),
  cues: upTo(z.array(cue, { error: 'expected a list of cues' }), 'cues', 'cues')
    .min(1, { error: 'expected at least one cue' })
    .describe('Visual cues in time order.'),
  mood: kebabId
    .optional()
    .describe('The music bed under this chapter: a name from exhibit.json `music.moods`.'),
  atmosphere: z
    .array(atmosphereLayer, { error: 'expected a list of layers such as ["snow", "grain"]' })
    .optional()
    .describe(
      'Layers under every cue of the chapter (snow, dust, grain, or one the exhibit registers in extension/index.ts); left out under reduced motion except grain.',
    ),
  script: upTo(
    z.array(scriptSentence, { error: 'expected a list of sentences' }),
    'sentences',
    'sentences',
  )
    .optional()
    .describe(
      'The narration, one entry per caption sentence; `npm run media` makes audio and captions from it.',
    ),
});

/** Idle timings. The warning never lasts less than 20 s (WCAG 2.2.1). */
export const idleSettings = z.strictObject({
  timeoutSeconds: int(10, 3600)
    .default(60)
    .describe('Seconds without input before "Still there?" appears.'),
  warningSeconds: int(
    20,
    300,
    'a whole number of seconds from 20 to 300 (WCAG 2.2.1 needs at least 20)',
  )
    .default(20)
    .describe('Length of the "Still there?" countdown.'),
});

/** The music: a bed under the visit, one for the attract loop, and moods chapters can choose. */
export const musicSettings = z.strictObject({
  audio: audioSources.describe(
    'The bed under the menu and chapters without a mood: a seamless loop, best encoding first.',
  ),
  attract: audioSources.optional().describe('A bed for the attract loop.'),
  moods: z
    .record(kebabId, audioSources, {
      error: 'expected beds by mood name, such as { "elegy": ["music/elegy.opus"] }',
    })
    .optional()
    .describe('Beds by mood name; a chapter picks one with `mood`.'),
  volume: num(0, 1).default(0.5).describe('Bed volume, 0 to 1.'),
  duckedVolume: num(0, 1).default(0.2).describe('Bed volume while narration plays, 0 to 1.'),
  attractVolume: num(0, 1)
    .optional()
    .describe(
      'Bed volume in the attract loop, 0 to 1: quieter than a visit. Without it, 0.7 × `volume` (3 dB under).',
    ),
});

/** A short sound played when a control is touched. */
export const soundSettings = z.strictObject({
  touch: audioSources.optional().describe('Played softly when a control is touched.'),
  volume: num(0, 1).default(0.5).describe('Volume of interface sounds, 0 to 1.'),
});

/** A work the exhibit rests on, set like a museum label on the sources screen. */
export const sourceWork = z.strictObject({
  id: kebabId.describe('Id that sentences cite, e.g. "applebaum-2003".'),
  author: textUpTo('sourceName').describe('Author or editor, as printed.'),
  title: textUpTo('sourceTitle').describe('Title of the work.'),
  year: int(1800, 2100, 'a year such as 2003')
    .optional()
    .describe('Year of publication; leave out for web pages without one.'),
  publisher: textUpTo('sourceName').optional().describe('Publisher or journal.'),
  url: z
    .url({ error: 'expected a web address starting with https://' })
    .optional()
    .describe('Public address, where one exists.'),
  about: shown('sourceAbout')
    .optional()
    .describe(
      'What the work is, in the visitor\'s language, e.g. "A history of the camps, from the archives (in English)".',
    ),
});

/** The take-home reading list: where it is on the web, shown as a QR code on the sources screen. */
export const readingList = z.strictObject({
  url: z
    .url({
      protocol: /^https$/,
      error:
        'expected the web address of the museum\'s reading list page, starting with https://, e.g. "https://museum.example/uprising/reading"',
    })
    .max(TEXT.readingListUrl.max, {
      error: `expected at most ${TEXT.readingListUrl.max} characters (${TEXT.readingListUrl.fits}): use a shorter address`,
    })
    .describe(
      'Where the museum hosts the take-home page the build writes (dist/take-home/<exhibit>/); the sources screen shows it as a QR code with the address beneath.',
    ),
  label: shown('readingListLabel')
    .optional()
    .describe(
      'Heading above the QR code, per language; the default is "Take the reading list home".',
    ),
});

/** A place on the map, in WGS84 degrees. */
export const place = z.strictObject({
  lat: num(-90, 90, 'a latitude from -90 to 90').describe('Latitude, degrees north.'),
  lon: num(-180, 180, 'a longitude from -180 to 180').describe('Longitude, degrees east.'),
  name: shown('placeName').describe('The label on the map, per language.'),
});

/** The exhibit file, `exhibit.json`. */
export const exhibitFile = z.strictObject({
  $schema: z.string().optional(),
  id: kebabId.describe('Stable id; must match the folder name.'),
  title: shown('exhibitTitle').describe('Exhibit title, per language.'),
  subtitle: shown('subtitle')
    .optional()
    .describe('One line under the title on the attract screen.'),
  languages: upTo(
    z.array(languageCode, { error: 'expected a list of language codes such as ["en", "ru"]' }),
    'languages',
    'languages',
  )
    .min(1, { error: 'expected at least one language' })
    .describe('Languages offered, in menu order; every text must exist in each.'),
  defaultLanguage: languageCode.describe(
    'Language at the start of every visit; one of `languages`.',
  ),
  idle: idleSettings.default({ timeoutSeconds: 60, warningSeconds: 20 }).describe('Idle timings.'),
  music: musicSettings.optional().describe('Music beds.'),
  sounds: soundSettings.optional().describe('Interface sounds.'),
  chapters: upTo(
    z.array(kebabId, { error: 'expected a list of chapter ids' }),
    'chapters',
    'chapters',
  )
    .min(1, { error: 'expected at least one chapter' })
    .describe('Chapter ids in order; each is `chapters/<id>.json`.'),
  ui: z
    .record(
      languageCode,
      z.record(z.string(), z.union([textUpTo('ui'), z.record(z.string(), textUpTo('ui'))]), {
        error:
          'expected interface strings by key: text, or for a count its forms per plural category',
      }),
    )
    .optional()
    .describe(
      'Overrides of interface strings, per language; a count (`stillThereDetail`) gives its forms per plural category, e.g. { "one": "…", "other": "…" }.',
    ),
  advisory: shown('advisory')
    .optional()
    .describe('A content advisory shown before the first chapter, per language.'),
  narrators: z
    .record(languageCode, textUpTo('narrator'), {
      error: 'expected narrators by language, such as { "en": "Jane Doe" }',
    })
    .optional()
    .describe(
      "The name of the person who recorded each language's narration (media/<id>/recorded/<lang>/), for the credits.",
    ),
  places: z
    .record(kebabId, place, { error: 'expected places by id, such as { "norilsk": { … } }' })
    .refine((all) => Object.keys(all).length <= LIST.places, {
      error: `expected at most ${LIST.places} places: remove those no map cue marks`,
    })
    .optional()
    .describe('Places that map cues mark, by id.'),
  sources: upTo(z.array(sourceWork, { error: 'expected a list of sources' }), 'sources', 'sources')
    .optional()
    .describe('The works the narration rests on.'),
  readingList: readingList
    .optional()
    .describe(
      'A take-home reading list: its address becomes a QR code on the sources screen. Leave out until the page is online.',
    ),
});

export type ExhibitFile = z.infer<typeof exhibitFile>;
export type ChapterFile = z.infer<typeof chapterFile>;
export type { Cue } from '../cues/registry.ts';
export type { MapCue } from '../cues/map/index.ts';
export type Place = z.infer<typeof place>;
export type AtmosphereLayer = z.infer<typeof atmosphereLayer>;
export type Localized = z.infer<typeof localized>;
export type SourceWork = z.infer<typeof sourceWork>;
export type ReadingList = z.infer<typeof readingList>;
export type ScriptSentence = z.infer<typeof scriptSentence>;
export { text };
