// The video and person cue types: their schemas name what is wrong and where, the film's clock
// follows the narration, and the gallery's chapters load and are described in every language.
import { describe, expect, it } from 'vitest';
import { fsReader } from '../../scripts/fsReader.ts';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { describeCue } from '../../src/content/describe.ts';
import { loadExhibit } from '../../src/content/load.ts';
import type { ContentReader } from '../../src/content/reader.ts';
import { filmTime, followStep, nextLead } from '../../src/cues/video/film.ts';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';

const VIDEO = 'chapters/video.json';
const PERSON = 'chapters/person.json';

/** The gallery from disk, with one chapter file changed by `edit`. */
function gallery(path: string, edit: (chapter: { cues: Record<string, unknown>[] }) => void) {
  const disk = fsReader('tests/fixtures', 'gallery');
  const reader: ContentReader = {
    ...disk,
    readExhibitFile: async (p) => {
      const text = await disk.readExhibitFile(p);
      if (p !== path || !text) return text;
      const chapter = JSON.parse(text) as { cues: Record<string, unknown>[] };
      edit(chapter);
      return JSON.stringify(chapter);
    },
  };
  return reader;
}

async function errorsOf(reader: ContentReader): Promise<string[]> {
  try {
    await loadExhibit(reader, { checkMedia: false });
  } catch (e) {
    if (e instanceof ContentLoadError) return e.errors.map(formatError);
    throw e;
  }
  return [];
}

describe('video and person content', { timeout: 30_000 }, () => {
  it('the gallery loads with its film and its two people', async () => {
    const exhibit = await loadExhibit(fsReader('tests/fixtures', 'gallery'));
    const ids = exhibit.chapters.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['video', 'person']));
    const people = exhibit.chapters.find((c) => c.id === 'person')!.cues;
    expect(people.map((c) => c.type)).toEqual(['person', 'person']);
    expect(people.filter((c) => c.type === 'person' && c.portrait)).toHaveLength(1);
  });

  it('a film without rights fails, naming the file and the path', async () => {
    const errors = await errorsOf(gallery(VIDEO, (ch) => delete ch.cues[0]!.rights));
    expect(errors.join('\n')).toMatch(
      /exhibits\/gallery\/chapters\/video\.json.*cues\[0\]\(type = video\)\.rights.*rights block/,
    );
  });

  it('a film in a format a kiosk cannot play, or without a poster, is named', async () => {
    const errors = await errorsOf(
      gallery(VIDEO, (ch) => {
        ch.cues[0]!.video = ['video/snowfield.avi'];
        delete ch.cues[0]!.poster;
      }),
    );
    const all = errors.join('\n');
    expect(all).toMatch(/cues\[0\]\(type = video\)\.video\[0\].*\.webm or \.mp4/);
    expect(all).toMatch(/cues\[0\]\(type = video\)\.poster/);
  });

  it('a film needs its description in every language', async () => {
    const errors = await errorsOf(
      gallery(VIDEO, (ch) => {
        ch.cues[0]!.description = { en: 'Snow.' };
      }),
    );
    expect(errors.join('\n')).toMatch(/video\.json.*cues\[0\]\(type = video\)\.description\.ru/);
  });

  it("a portrait needs its rights and a description in every language; a person's source is required", async () => {
    const errors = await errorsOf(
      gallery(PERSON, (ch) => {
        const portrait = ch.cues[1]!.portrait as Record<string, unknown>;
        delete portrait.rights;
        delete ch.cues[0]!.source;
      }),
    );
    const all = errors.join('\n');
    expect(all).toMatch(/person\.json.*cues\[1\]\(type = person\)\.portrait\.rights/);
    expect(all).toMatch(/person\.json.*cues\[0\]\(type = person\)\.source/);
    const lang = await errorsOf(
      gallery(PERSON, (ch) => {
        (ch.cues[1]!.portrait as { description: object }).description = { en: 'A drawing.' };
      }),
    );
    expect(lang.join('\n')).toMatch(/cues\[1\]\(type = person\)\.portrait\.description\.uk/);
  });

  it('each is described in every language, a person without a photograph saying so', async () => {
    const exhibit = await loadExhibit(fsReader('tests/fixtures', 'gallery'));
    const film = exhibit.chapters.find((c) => c.id === 'video')!.cues[0]!;
    const [plain, drawn] = exhibit.chapters.find((c) => c.id === 'person')!.cues;
    for (const lang of LANGUAGE_CODES) {
      expect(describeCue(film, lang, {})).toMatch(/\p{L}{3}/u);
      expect(describeCue(plain!, lang, {})).toContain(
        { en: 'No photograph', ru: 'Фотографии нет', uk: 'Фотографії немає' }[lang],
      );
      expect(describeCue(drawn!, lang, {})).toContain(
        { en: 'Olena Zrazkova', ru: 'Елена Зразкова', uk: 'Олена Зразкова' }[lang],
      );
    }
    expect(describeCue(drawn!, 'en', {})).toContain('pencil drawing');
  });

  it('a person whose years are not known is described without them', async () => {
    const exhibit = await loadExhibit(fsReader('tests/fixtures', 'gallery'));
    const plain = exhibit.chapters.find((c) => c.id === 'person')!.cues[0]!;
    const { years, ...unknown } = plain as typeof plain & { years?: string };
    // "1913–?": the year known is said as a birth (or death) year, not as a range to nowhere.
    expect(years).toBe('1913–?');
    expect(describeCue(plain, 'en', {})).toContain(', born 1913.');
    expect(describeCue(unknown as typeof plain, 'en', {})).not.toMatch(/undefined|, \./);
  });
});

describe("the film's clock is the narration's", () => {
  const film = { current: 0, duration: 6, loop: false, seeking: false };

  it('plays while the narration runs, holds when it pauses', () => {
    expect(followStep(film, 0.1, true)).toEqual({ play: true, seek: undefined });
    expect(followStep(film, 0.1, false)).toEqual({ play: false, seek: 0.1 });
    expect(followStep({ ...film, current: 0.1 }, 0.1, false)).toEqual({
      play: false,
      seek: undefined,
    });
  });

  it('seeks when it drifts more than a quarter second while playing, a frame while held', () => {
    expect(followStep({ ...film, current: 2 }, 2.2, true).seek).toBeUndefined();
    expect(followStep({ ...film, current: 2 }, 2.3, true).seek).toBe(2.3);
    expect(followStep({ ...film, current: 2 }, 2.05, false).seek).toBe(2.05);
    // Never a second seek while one is under way.
    expect(followStep({ ...film, current: 2, seeking: true }, 4, true).seek).toBeUndefined();
  });

  it('played once, it holds its last frame; looped, it wraps', () => {
    expect(filmTime(9, 6, false)).toBe(6);
    expect(followStep({ ...film, current: 6 }, 9, true)).toEqual({ play: false, seek: undefined });
    expect(filmTime(9, 6, true)).toBe(3);
    // Across the loop's seam, 5.9 and 0.05 are 0.15 s apart, not 5.85.
    expect(followStep({ ...film, loop: true, current: 5.9 }, 6.05, true).seek).toBeUndefined();
    expect(filmTime(-0.4, 6, false)).toBe(0); // described before its cue starts
  });

  it('a playing film seeks ahead by how long its seeks take, never more than a second', () => {
    expect(followStep({ ...film, current: 1 }, 2, true, 0.4).seek).toBeCloseTo(2.4);
    expect(followStep({ ...film, current: 1 }, 2, false, 0.4).seek).toBe(2); // held: exact
    expect(nextLead(0, 0.3)).toBeCloseTo(0.3);
    expect(nextLead(0.3, 0.5)).toBeCloseTo(0.4);
    expect(nextLead(0.9, 3)).toBe(1);
  });
});
