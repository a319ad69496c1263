// Every exhibit in the repository loads cleanly; broken copies of the test exhibit fail with
// messages that name the file, the field path and what to fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import type { ContentReader } from '../../src/content/reader.ts';
import { schemaTexts } from '../../scripts/emitSchema.ts';
import { findExhibits, fsReader } from '../../scripts/fsReader.ts';
import { lintNarration } from '../../scripts/media/lint.ts';
import type { Manifest } from '../../scripts/media/narration.ts';
import { opusDuration } from '../../scripts/media/ogg.ts';

describe('every exhibit in the repository', () => {
  const found = findExhibits();
  it('finds at least the test exhibit', () =>
    expect(found.map((e) => e.id)).toContain('test-exhibit'));
  for (const { root, id } of found) {
    it(`${root}/exhibits/${id} loads without errors`, async () => {
      const exhibit = await loadExhibit(fsReader(root, id));
      expect(exhibit.chapters.length).toBeGreaterThan(0);
    });
  }
});

it('the committed JSON Schemas match the content schema (run npm run content:schema)', () => {
  for (const [file, text] of Object.entries(schemaTexts()))
    expect(readFileSync(file, 'utf8'), file).toBe(text);
});

/** The test exhibit with some files replaced: `edit` receives each JSON file's data and may change it. */
function broken(
  edit: (path: string, data: Record<string, unknown>) => void,
  missingMedia: string[] = [],
): ContentReader {
  const base = fsReader('tests/fixtures', 'test-exhibit');
  return {
    ...base,
    readExhibitFile: async (path) => {
      const source = await base.readExhibitFile(path);
      if (source === undefined) return undefined;
      const data = JSON.parse(source) as Record<string, unknown>;
      edit(path, data);
      return JSON.stringify(data);
    },
    readMediaText: async (p) => (missingMedia.includes(p) ? undefined : base.readMediaText(p)),
    mediaExists: async (p) => !missingMedia.includes(p) && (await base.mediaExists(p)),
  };
}

async function errorsOf(reader: ContentReader): Promise<string[]> {
  try {
    await loadExhibit(reader);
  } catch (e) {
    if (e instanceof ContentLoadError) return e.errors.map(formatError);
    throw e;
  }
  throw new Error('expected the exhibit to fail');
}

const CH1 = 'tests/fixtures/exhibits/test-exhibit/chapters/first-light.json';
const EX = 'tests/fixtures/exhibits/test-exhibit/exhibit.json';
type Cues = {
  type: string;
  at?: unknown;
  heading?: Record<string, string>;
  text?: Record<string, string>;
}[];

describe('content errors name the file, the field path and the fix', () => {
  it('a wrong type inside a typed cue', async () => {
    const errors = await errorsOf(
      broken((p, d) => p.includes('first-light') && ((d.cues as Cues)[1]!.at = '2s')),
    );
    expect(errors).toContain(
      `${CH1}: at cues[1](type = map).at: expected a time in seconds, 0 or more, got "2s"`,
    );
  });

  it('a missing translation', async () => {
    const errors = await errorsOf(
      broken((p, d) => p.includes('first-light') && delete (d.cues as Cues)[3]!.text!.ru),
    );
    expect(errors).toContain(
      `${CH1}: at cues[3](type = quote).text.ru: missing the "ru" translation: every language in exhibit.json needs one`,
    );
  });

  it('a warning shorter than WCAG allows', async () => {
    const errors = await errorsOf(
      broken(
        (p, d) => p === 'exhibit.json' && (d.idle = { timeoutSeconds: 60, warningSeconds: 5 }),
      ),
    );
    expect(errors).toContain(
      `${EX}: at idle.warningSeconds: expected a whole number of seconds from 20 to 300 (WCAG 2.2.1 needs at least 20), got 5`,
    );
  });

  it('an unknown cue type, an unknown field and a missing field', async () => {
    const errors = await errorsOf(
      broken((p, d) => {
        if (p !== 'chapters/first-light.json') return;
        (d.cues as Cues)[0]!.type = 'hologram';
        d.colour = 'red';
        delete d.summary;
      }),
    );
    expect(errors).toContain(
      `${CH1}: at cues[0](type = hologram).type: expected a cue with a known "type": title, figure, timeline, map, document, quote, video, person, got "hologram"`,
    );
    expect(errors).toContain(`${CH1}: at colour: unknown field: remove it or check its spelling`);
    expect(errors).toContain(
      `${CH1}: at summary: expected text per language, such as { "en": "…", "ru": "…" }, got nothing (the field is missing)`,
    );
  });

  it('missing media files and captions', async () => {
    const errors = await errorsOf(
      broken(() => {}, ['narration/first-light.ru.opus', 'narration/second-step.en.vtt']),
    );
    expect(errors).toContain(
      `${CH1}: at narration.ru.audio[0]: media file tests/fixtures/media/test-exhibit/narration/first-light.ru.opus not found: add it (npm run media) or fix the path`,
    );
    expect(
      errors.some(
        (e) => e.includes('narration.en.captions') && e.includes('second-step.en.vtt not found'),
      ),
    ).toBe(true);
  });

  it('a chapter listed but absent, and a default language not offered', async () => {
    const errors = await errorsOf(
      broken((p, d) => {
        if (p !== 'exhibit.json') return;
        d.chapters = ['first-light', 'no-such-chapter'];
        d.defaultLanguage = 'uk';
      }),
    );
    expect(errors).toContain(`${EX}: at defaultLanguage: expected one of en, ru, got "uk"`);
    expect(errors).toContain(
      'tests/fixtures/exhibits/test-exhibit/chapters/no-such-chapter.json: file not found: create it or fix the id that points to it',
    );
  });

  it('a cue on a sentence the captions do not have', async () => {
    const errors = await errorsOf(
      broken(
        (p, d) => p.includes('first-light') && Object.assign((d.cues as Cues)[2]!, { sentence: 9 }),
      ),
    );
    expect(errors).toContain(
      `${CH1}: at cues[2](type = document).sentence: expected a sentence from 1 to 2 (the "en" captions), got 9`,
    );
  });

  it('malformed JSON', async () => {
    const base = fsReader('tests/fixtures', 'test-exhibit');
    const errors = await errorsOf({ ...base, readExhibitFile: async () => '{ "id": ' });
    expect(errors[0]).toMatch(new RegExp(`^${EX}: not valid JSON`));
  });
});

describe('narration lint', () => {
  for (const { root, id } of findExhibits()) {
    it(`${root}/exhibits/${id}: captions readable, equal to the script, inside the audio, media up to date`, async () => {
      const exhibit = await loadExhibit(fsReader(root, id));
      expect(lintNarration(root, exhibit).map(formatError)).toEqual([]);
    });
  }

  it('a script edited without rebuilding the media fails, naming the fix', async () => {
    const exhibit = await loadExhibit(fsReader('tests/fixtures', 'test-exhibit'));
    exhibit.chapters[0]!.script[1]!.text.en = 'Its captions now say something else.';
    const errors = lintNarration('tests/fixtures', exhibit).map(formatError);
    expect(errors).toContain(
      'tests/fixtures/media/test-exhibit/manifest.json: at chapters.first-light.en: the script changed since its audio was made: run npm run media and commit the result',
    );
    expect(
      errors.some((e) =>
        e.includes(
          'sentence 2: expected the script\'s text "Its captions now say something else."',
        ),
      ),
    ).toBe(true);
  });

  it('captions too fast, too long or outside the audio are reported', async () => {
    const exhibit = await loadExhibit(fsReader('tests/fixtures', 'test-exhibit'));
    const track = exhibit.chapters[0]!.tracks.en!;
    track.captions[0] = {
      sentence: 0,
      start: 0.6,
      end: 1.0,
      text: 'A caption line that is far too long to fit the forty-two character line',
    };
    track.captions[1] = { ...track.captions[1]!, end: 99 };
    const errors = lintNarration('tests/fixtures', exhibit).map(formatError).join('\n');
    expect(errors).toMatch(/cue 1: expected lines of at most 42 characters, got 71/);
    expect(errors).toMatch(/cue 1: expected at most 17 characters per second, got 177\.5/);
    expect(errors).toMatch(/cue 1: expected a cue of 1 to 7 s, got 0\.40 s/);
    expect(errors).toMatch(/cue 2: ends at 99\.00 s, after the audio \(\d+\.\d\d s\)/);
  });

  it('the manifest durations match the committed Ogg Opus files', () => {
    const manifest = JSON.parse(
      readFileSync('tests/fixtures/media/test-exhibit/manifest.json', 'utf8'),
    ) as Manifest;
    for (const [chapter, langs] of Object.entries(manifest.chapters)) {
      for (const [lang, record] of Object.entries(langs)) {
        const file = readFileSync(
          `tests/fixtures/media/test-exhibit/narration/${chapter}.${lang}.opus`,
        );
        expect(opusDuration(file)).toBeCloseTo(record.duration, 2);
      }
    }
  });
});

it('a timeline whose highlight or events fall outside it names the fix', async () => {
  const errors = await errorsOf(
    broken((p, d) => {
      if (!p.includes('second-step')) return;
      const timeline = (d.cues as { highlight: number; events: { year: number }[] }[])[2]!;
      timeline.highlight = 5;
      timeline.events[0]!.year = 1930;
    }),
  );
  const at =
    'tests/fixtures/exhibits/test-exhibit/chapters/second-step.json: at cues[2](type = timeline)';
  expect(errors).toContain(`${at}.highlight: expected an event index from 0 to 2, got 5`);
  expect(errors).toContain(`${at}.events[0].year: expected a year from 1945 to 1960, got 1930`);
});
