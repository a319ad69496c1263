// How much content a kiosk can show and load. Text limits are what fits the design's type sizes
// on a 1080 px short side (1920x1080 and 1080x1920: the design unit is 1 on both), measured with
// the exhibit's typefaces in Chromium: PT Serif Bold averages 0.50 em a character in English and
// 0.56 em in Russian, PT Sans 0.44 and 0.49 em. Portrait, 1080 px wide, is the narrower wrap, so
// each limit is (wrap width / character width) x lines, rounded down, with Russian's wider letters.
// Uprising and the test exhibit use about half of each (their longest text is in the comments).

/** Text limits, in characters, and the reason an author is told. */
export const TEXT = {
  /** Title card heading: 88 px serif, wrap 864 px: 17 a line, 3 lines (Uprising: 47). */
  heading: { max: 50, fits: '3 lines of the title card' },
  /** Title card subheading: 38 px sans, 46 a line, 3 lines (Uprising: 75). */
  subheading: { max: 130, fits: '3 lines under the title card' },
  /** Figure label: 44 px sans, 39 a line, 3 lines (Uprising: 53). */
  figureLabel: { max: 110, fits: '3 lines under the figure' },
  /** Sources under figures, documents and quotes: 24–28 px sans, 55 a line, 2 lines (Uprising: 77). */
  source: { max: 110, fits: '2 lines of a source note' },
  /** Timeline label: 40 px serif when highlighted, wrap 420 px: 18 a line, 2 lines (Uprising: 23). */
  eventLabel: { max: 36, fits: '2 lines of a timeline label' },
  /** A toll written as text ("37–700"): 220 px serif at most, one line of a memorial column. */
  tollText: { max: 12, fits: 'one line of a toll, set at the largest size' },
  /** A place of memory on the memorial: 40 px serif, one line of a column (Uprising: none yet). */
  placeOfMemory: { max: 40, fits: "one line of the memorial's list of places" },
  /** Map caption: 30 px sans, 57 a line, 3 lines (Uprising: 85). */
  mapCaption: { max: 160, fits: '3 lines under the map' },
  /** Place name on the map: 34 px when highlighted, beside its dot, one line (Uprising: 10). */
  placeName: { max: 24, fits: 'one line beside a map marker' },
  /** Plan name: 40 px serif bold beside the plan, wrap 620 px, 27 a line, 2 lines. */
  planName: { max: 54, fits: '2 lines above the plan' },
  /** A plan step's caption: 34 px sans beside the plan, wrap 620 px, 37 a line, 3 lines. */
  planCaption: { max: 110, fits: '3 lines beside the plan' },
  /** A label on a plan (zone, gate, route): 32 px sans, one line of at most a third of the plan. */
  planLabel: { max: 24, fits: 'one line on the plan' },
  /** Document heading: 24 px serif, wrap 746 px, 55 a line, 2 lines (Uprising: 48). */
  documentHeading: { max: 100, fits: '2 lines atop the typed page' },
  /** Document line: 32 px, wrap 716 px, 40 a line, 3 lines (Uprising: 56). */
  documentLine: { max: 120, fits: '3 lines of the typed page' },
  /** Quote: set at 56 px above 90 characters, 27 a line, 6 lines before the block shrinks (Uprising: 63). */
  quote: { max: 160, fits: '6 lines of the quotation' },
  /** Quote attribution: 32 px sans, 55 a line, 2 lines (Uprising: 68). */
  attribution: { max: 100, fits: '2 lines of the attribution' },
  /** Callout label beside its ring on a picture: 30 px sans on a plate, wrap 400 px, 2 lines. */
  calloutLabel: { max: 48, fits: '2 lines of a callout beside its ring' },
  /** What an object is, over its provenance: 40 px serif, one line in portrait. */
  objectName: { max: 48, fits: 'one line over the object' },
  /** An object's provenance or what a reconstruction follows: 26 px sans, 2 lines (with "Reconstruction after"). */
  provenance: { max: 100, fits: '2 lines of a provenance note' },
  /** A person's name: 64 px serif, wrap 900 px in portrait: 25 a line, 2 lines. */
  personName: { max: 50, fits: "2 lines of a person's name" },
  /** A person's role: 32 px sans, 57 a line, 2 lines. */
  personRole: { max: 110, fits: "2 lines of a person's role" },
  /** What became of a person: 32 px sans, 57 a line, 3 lines. */
  personFate: { max: 160, fits: '3 lines of what became of a person' },
  /** Caption sentence: the caption lint's 2 lines of 42 characters (Uprising: 83). */
  sentence: { max: 84, fits: '2 caption lines of 42 characters' },
  /** What the voice reads: numbers in words run longer than the caption (Uprising: 157). */
  spoken: { max: 300, fits: 'about 20 seconds of speech' },
  /** Audio description of a cue: spoken between sentences, about 20 s at most. */
  description: { max: 300, fits: 'about 20 seconds of description' },
  /** Chapter title: 30 px serif in the menu card, about 40 a line, 2 lines (Uprising: 31). */
  chapterTitle: { max: 60, fits: '2 lines of a menu card' },
  /** Chapter summary: 24 px sans in the menu card, 60 a line, 2 lines (Uprising: 83). */
  summary: { max: 120, fits: '2 lines of a menu card' },
  /** Exhibit title: 64 px serif on the home screen, 26 a line, 2 lines (Uprising: 19). */
  exhibitTitle: { max: 50, fits: '2 lines of the home screen heading' },
  /** Subtitle: one line under the title, 2 at most in portrait (Uprising: 54). */
  subtitle: { max: 120, fits: '2 lines under the exhibit title' },
  /** Advisory: 40 px serif, 48 a line, 10 lines between its heading and buttons (Uprising: 151). */
  advisory: { max: 500, fits: '10 lines of the advisory card' },
  /** A source's author or publisher on the sources screen: 2 lines (Uprising: 50). */
  sourceName: { max: 120, fits: '2 lines of the sources screen' },
  /** A source's title: 3 lines (Uprising: 119). */
  sourceTitle: { max: 200, fits: '3 lines of the sources screen' },
  /** What a source is, in the visitor's language: 24 px sans, 2 lines of the sources screen. */
  sourceAbout: { max: 140, fits: '2 lines under a source on the sources screen' },
  /** The reading list's heading beside its QR code: 32 px serif, 2 lines of a 420 px panel. */
  readingListLabel: { max: 60, fits: '2 lines above the reading list QR code' },
  /** The reading list's address, printed under its QR code: 3 lines; a short one scans from further away. */
  readingListUrl: {
    max: 100,
    fits: "3 lines under the QR code, and a QR code a phone reads at arm's length",
  },
  /** An interface string: buttons, dialogs, the help text (the longest built-in: 234). */
  ui: { max: 300, fits: 'the dialog that shows the longest interface string' },
  /** A narrator's name in the credits: one line of the sources screen's credit. */
  narrator: { max: 60, fits: 'one line of the credits' },
} as const;

/** List limits: how many of each a screen or a visit can hold. */
export const LIST = {
  /** Languages: buttons in one row of the home screen (Uprising: 3). */
  languages: 6,
  /** Chapters: the menu scrolls, but a visit is a few minutes a chapter (Uprising: 10). */
  chapters: 24,
  /** Cues per chapter (Uprising: 6). */
  cues: 40,
  /** Sentences per chapter: about 10 minutes of narration (Uprising: 13). */
  sentences: 200,
  /** Timeline events: 5 rows of labels over the axis (Uprising: 7). */
  events: 12,
  /** Places, routes on one map: more labels than that overlap (Uprising: 8). */
  mapPlaces: 16,
  /** Tolls on one memorial: each is set at the largest size, side by side (landscape). */
  tolls: 3,
  /** Places of memory named on one memorial: two rows of names under the tolls. */
  placesOfMemory: 8,
  /** Places in exhibit.json that map cues look up: far more than maps mark is a pasted-in gazetteer (Uprising: 16). */
  places: 100,
  /** Zones, walls, gates, buildings, routes or labels in one plan: a schematic, not a survey. */
  planParts: 64,
  /** Steps of one plan cue: each is a change the narration points to. */
  planSteps: 12,
  /** Works on the sources screen (Uprising: 42). */
  sources: 200,
} as const;

const KB = 1024;
const MB = 1024 * KB;

/** File size limits in bytes, and what to do about a file over its limit. */
export const FILE = {
  /** exhibit.json: within its text limits it stays under 200 KB (Uprising: 15 KB). */
  exhibit: { max: 512 * KB, what: 'an exhibit file', fix: 'shorten its texts' },
  /** A chapter file: 40 cues and 200 sentences in 6 languages (Uprising: at most 16 KB). */
  chapter: { max: 512 * KB, what: 'a chapter file', fix: 'shorten its texts or split it' },
  /** The audio description ledger (Uprising: 54 KB for 10 chapters in 3 languages). */
  ledger: { max: 2 * MB, what: 'a description ledger', fix: 'run npm run media' },
  /** A plan file: 64 parts of each kind, 64 points each (the test plan: 3 KB). */
  plan: { max: 256 * KB, what: 'a plan file', fix: 'simplify its outlines' },
  /** A caption file: 200 sentences of 84 characters (Uprising: at most 2 KB). */
  captions: { max: 256 * KB, what: 'a caption file', fix: 'check it is WebVTT captions' },
  /** Audio: a 10-minute bed as 192 kbit/s MP3 is 14 MB (Uprising: at most 0.8 MB). */
  audio: { max: 16 * MB, what: 'an audio file', fix: 'encode it as Opus or MP3 (npm run media)' },
} as const;

/** A content file kind with a size limit. */
export type FileKind = keyof typeof FILE;

/**
 * A picture the studio imports into media/<id>/images/: its source, which `npm run media:images`
 * makes the kiosk's sized variants from (at most 3840 px; the gallery's largest variant: 60 KB).
 * A 6000 px photograph saved as a high-quality JPEG is about 15 MB.
 */
export const PICTURE_SOURCE = {
  max: 25 * MB,
  what: 'a picture',
  fix: 'save it smaller, e.g. as a JPEG at most 6000 px on its long side',
} as const;

/** The size limit for a path inside an exhibit's folder or its media folder. */
export function fileKind(path: string): FileKind {
  if (/\.(opus|ogg|mp3|wav|m4a)$/.test(path)) return 'audio';
  if (path.endsWith('.vtt')) return 'captions';
  if (path === 'exhibit.json') return 'exhibit';
  if (path.startsWith('chapters/')) return 'chapter';
  if (path.startsWith('plans/')) return 'plan';
  return 'ledger';
}

/** "52.4 MB" or "600 KB": sizes as an author reads them. */
export function formatBytes(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(1)} MB` : `${Math.ceil(n / KB)} KB`;
}

/** The message for a file of `size` bytes (or more) over its limit. */
export function tooLarge(kind: FileKind, size: number, atLeast = false): string {
  const { max, what, fix } = FILE[kind];
  const got = `${atLeast ? 'more than ' : ''}${formatBytes(size)}`;
  return `too large: ${got}, more than the ${formatBytes(max)} ${what} may have; it was not read: ${fix}`;
}

/**
 * A file that exists but cannot be used (too large, not what it should be), or is missing with
 * a reason the reader knows (HTTP 404). Readers throw it; the loader lists its message.
 */
export class FileProblem extends Error {
  constructor(
    message: string,
    /** True when the file is not there at all. */
    readonly missing = false,
  ) {
    super(message);
    this.name = 'FileProblem';
  }
}
