// Content limits: a text longer than its place on screen, a list longer than a screen holds, and a
// file larger than its kind may be are refused, naming the file, the field and the fix. A 50 MB
// advisory is refused by its size by `npm run content:check`, never read.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import type { ContentReader } from '../../src/content/reader.ts';
import { fsReader } from '../../scripts/fsReader.ts';

const EX = 'tests/fixtures/exhibits/test-exhibit/exhibit.json';
const CH1 = 'tests/fixtures/exhibits/test-exhibit/chapters/first-light.json';
type Data = Record<string, unknown>;

/** The test exhibit with its JSON files edited by `edit`. */
function edited(edit: (path: string, data: Data) => void): ContentReader {
  const base = fsReader('tests/fixtures', 'test-exhibit');
  return {
    ...base,
    readExhibitFile: async (path) => {
      const data = JSON.parse((await base.readExhibitFile(path))!) as Data;
      edit(path, data);
      return JSON.stringify(data);
    },
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

describe('texts longer than their place on screen', () => {
  it('a quotation too long for the stage names its field, its length and the fix', async () => {
    const long = 'We ask only for what the law already promises us, '.repeat(4).trim();
    const errors = await errorsOf(
      edited((p, d) => {
        if (p.includes('first-light')) ((d.cues as Data[])[3]!.text as Data).en = long;
      }),
    );
    expect(errors).toContain(
      `${CH1}: at cues[3](type = quote).text.en: expected at most 160 characters (6 lines of the quotation): shorten it, got ${long.length} characters: "${long.slice(0, 57)}..."`,
    );
  });

  it('an advisory longer than its card', async () => {
    const errors = await errorsOf(
      edited((p, d) => {
        if (p === 'exhibit.json') (d.advisory as Data).ru = 'Осторожно. '.repeat(60);
      }),
    );
    expect(errors.join('\n')).toMatch(
      new RegExp(
        `^${EX}: at advisory\\.ru: expected at most 500 characters \\(10 lines of the advisory card\\): shorten it, got 659 characters`,
        'm',
      ),
    );
  });

  it('a map label too long', async () => {
    const errors = await errorsOf(
      edited((p, d) => {
        if (p === 'exhibit.json')
          ((d.places as Record<string, Data>).norilsk!.name as Data).en =
            'Norilsk, Gorlag camp division number four';
      }),
    );
    expect(errors).toContain(
      `${EX}: at places.norilsk.name.en: expected at most 24 characters (one line beside a map marker): shorten it, got 41 characters: "Norilsk, Gorlag camp division number four"`,
    );
  });

  it('a menu entry and a chapter title too long', async () => {
    const errors = await errorsOf(
      edited((p, d) => {
        if (p.includes('first-light')) {
          (d.title as Data).en =
            'A chapter title that goes on and on well past two lines of its card';
          (d.summary as Data).en = 'x'.repeat(121);
        }
      }),
    );
    const all = errors.join('\n');
    expect(all).toContain(
      `${CH1}: at title.en: expected at most 60 characters (2 lines of a menu card): shorten it, got 67 characters`,
    );
    expect(all).toContain(
      `${CH1}: at summary.en: expected at most 120 characters (2 lines of a menu card): shorten it, got 121 characters`,
    );
  });
});

describe('lists longer than a screen holds', () => {
  it('too many timeline events, document lines or chapters', async () => {
    const errors = await errorsOf(
      edited((p, d) => {
        if (p === 'exhibit.json') d.chapters = Array.from({ length: 25 }, (_, i) => `c-${i}`);
      }),
    );
    expect(errors).toContain(
      `${EX}: at chapters: expected at most 24 chapters: a screen cannot show more; split or shorten, got a list of 25`,
    );
  });

  it('too many places in exhibit.json', async () => {
    const errors = await errorsOf(
      edited((p, d) => {
        if (p !== 'exhibit.json') return;
        const places = d.places as Record<string, Data>;
        for (let i = 0; i < 101; i++) places[`village-${i}`] = places.norilsk!;
      }),
    );
    expect(errors).toContain(
      `${EX}: at places: expected at most 100 places: remove those no map cue marks, got an object of 109 entries`,
    );
  });

  it('too many places on one map', async () => {
    const errors = await errorsOf(
      edited((p, d) => {
        if (!p.includes('first-light')) return;
        const map = (d.cues as Data[])[0]!;
        map.places = Array.from({ length: 17 }, () => (map.places as string[])[0]);
      }),
    );
    expect(errors).toContain(
      `${CH1}: at cues[0](type = map).places: expected at most 16 places: a screen cannot show more; split or shorten, got a list of 17`,
    );
  });
});

describe('files larger than their kind may be', () => {
  const root = mkdtempSync(join(tmpdir(), 'kiosk-limits-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const copy = (sub: string) =>
    cpSync(join('tests/fixtures', sub, 'test-exhibit'), join(root, sub, 'test-exhibit'), {
      recursive: true,
    });
  copy('exhibits');
  copy('media');
  const exhibitJson = join(root, 'exhibits/test-exhibit/exhibit.json');
  const original = readFileSync(exhibitJson, 'utf8');
  const withAdvisory = (en: string) => {
    const data = JSON.parse(original) as Data;
    (data.advisory as Data).en = en;
    writeFileSync(exhibitJson, JSON.stringify(data));
  };
  // `npm run content:check` in this Node with tsx's loader: `npx tsx` would start npx, then tsx's
  // CLI, then a second Node (about 4 s here against under 2). Still a few seconds of CPU a run.
  const check = () =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/checkContent.ts', root], {
      encoding: 'utf8',
    });

  it('npm run content:check passes the copy as it is', { timeout: 60_000 }, () => {
    writeFileSync(exhibitJson, original);
    const run = check();
    expect(run.stdout).toMatch(/^ok .*test-exhibit: 2 chapters/m);
    expect(run.status).toBe(0);
  });

  it(
    'a 50 MB advisory: the check fails naming the file, without reading it',
    { timeout: 60_000 },
    () => {
      withAdvisory('This exhibit describes imprisonment. '.repeat(1_400_000));
      const run = check();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /exhibits\/test-exhibit\/exhibit\.json: too large: \d+\.\d MB, more than the 512 KB an exhibit file may have; it was not read: shorten its texts/,
      );
    },
  );

  it(
    'a 600-character advisory: the check fails naming the file and the field',
    { timeout: 60_000 },
    () => {
      withAdvisory('This exhibit describes imprisonment. '.repeat(17));
      const run = check();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /exhibits\/test-exhibit\/exhibit\.json: at advisory\.en: expected at most 500 characters \(10 lines of the advisory card\): shorten it, got 628 characters/,
      );
    },
  );

  it('an oversize caption file and audio file are named with the field that points to them', async () => {
    writeFileSync(exhibitJson, original);
    writeFileSync(
      join(root, 'media/test-exhibit/narration/first-light.en.vtt'),
      'WEBVTT\n\n'.padEnd(300 * 1024, ' '),
    );
    writeFileSync(join(root, 'media/test-exhibit/music/bed.opus'), Buffer.alloc(17 * 1024 * 1024));
    const errors = await errorsOf(fsReader(root, 'test-exhibit'));
    const all = errors.join('\n');
    expect(all).toMatch(
      /chapters\/first-light\.json: at narration\.en\.captions: media file .*narration\/first-light\.en\.vtt: too large: 300 KB, more than the 256 KB a caption file may have/,
    );
    expect(all).toMatch(
      /exhibit\.json: at music\.audio\[0\]: media file .*music\/bed\.opus: too large: 17\.0 MB, more than the 16\.0 MB an audio file may have; it was not read: encode it as Opus or MP3/,
    );
  });
});
