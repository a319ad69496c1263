// The image and object cues, their rights and their variants, without a browser: schema errors
// name the file and the path; licences that end soon warn and ended ones hide the cue; the
// camera never cuts a focal rectangle; the kiosk picks the variant for its screen; the build's
// texture budget names the file; audio description says what kind of picture it is.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsReader } from '../../scripts/fsReader.ts';
import { buildManifest } from '../../scripts/swPlugin.ts';
import {
  MAX_SIDE,
  budgetProblem,
  checkPictures,
  variantPath,
} from '../../scripts/media/imageManifest.ts';
import { describeCue } from '../../src/content/describe.ts';
import { ContentLoadError, formatError } from '../../src/content/errors.ts';
import { loadExhibit } from '../../src/content/load.ts';
import { endedRights, rightsIn, rightsWarnings } from '../../src/content/rightsCheck.ts';
import { frameRect, visibleBox } from '../../src/cues/image/camera.ts';
import { image } from '../../src/cues/image/index.ts';
import { object } from '../../src/cues/object/index.ts';
import { chooseVariant } from '../../src/scenes/imageVariants.ts';

const GALLERY = 'tests/fixtures/exhibits/gallery/chapters';

/** The gallery exhibit, with one chapter file changed by `edit`. */
async function galleryWith(chapter: string, edit: (data: Record<string, unknown>) => void) {
  const base = fsReader('tests/fixtures', 'gallery');
  const data = JSON.parse(readFileSync(`${GALLERY}/${chapter}.json`, 'utf8'));
  edit(data);
  return loadExhibit({
    ...base,
    readExhibitFile: async (p) =>
      p === `chapters/${chapter}.json` ? JSON.stringify(data) : base.readExhibitFile(p),
  });
}

async function problems(chapter: string, edit: (data: Record<string, unknown>) => void) {
  try {
    await galleryWith(chapter, edit);
  } catch (e) {
    if (e instanceof ContentLoadError) return e.errors.map(formatError);
    throw e;
  }
  return [];
}

type CueData = Record<string, unknown> & { rights: Record<string, unknown> };
const cues = (data: Record<string, unknown>) => data.cues as CueData[];

describe('picture content', () => {
  it('the gallery loads with its image and object chapters', async () => {
    const exhibit = await galleryWith('image', () => {});
    const types = Object.fromEntries(
      exhibit.chapters.map((c) => [c.id, c.cues.map((q) => q.type)]),
    );
    expect(types.image).toEqual(['image', 'image']);
    expect(types.object).toEqual(['object']);
    expect(exhibit.mediaBase).toBe('/media/gallery/');
  });

  it('an image without a licence fails the content check, naming the file and the path', async () => {
    const found = await problems('image', (d) => delete cues(d)[1]!.rights.licence);
    expect(found).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/exhibits\/gallery\/chapters\/image\.json: at cues\[1\]\(type = image\)\.rights\.licence: expected .*licence/,
      ),
    ]);
  });

  it('an image without a rights block fails, naming the path and the fields to give', async () => {
    const found = await problems('image', (d) => delete (cues(d)[0] as Partial<CueData>).rights);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /image\.json: at cues\[0\]\(type = image\)\.rights: expected a rights block/,
    );
  });

  it('a picture without its description, or with a focal rectangle off the picture, is refused', async () => {
    const found = await problems('image', (d) => {
      delete cues(d)[0]!.alt;
      (cues(d)[0]!.view as { landscape: { from: object } }).landscape.from = {
        x: 0.5,
        y: 0,
        w: 0.7,
        h: 1,
      };
    });
    expect(found.join('\n')).toMatch(/cues\[0\]\(type = image\)\.alt: expected text per language/);
    expect(found.join('\n')).toMatch(
      /cues\[0\]\(type = image\)\.view\.landscape\.from: expected the rectangle inside the picture/,
    );
  });

  it('a drawn object must say what it is reconstructed after, in every language', async () => {
    const found = await problems('object', (d) => {
      const cue = cues(d)[0]!;
      delete cue.reconstruction;
      cue.provenance = { en: 'Somewhere', ru: 'Где-то', uk: 'Десь' };
    });
    expect(found).toEqual([
      expect.stringMatching(
        /object\.json: at cues\[0\]\(type = object\)\.reconstruction: a drawing is not the object/,
      ),
    ]);
    const untranslated = await problems('object', (d) => {
      (cues(d)[0]!.reconstruction as { after: Record<string, string> }).after = { en: 'x' };
    });
    expect(untranslated.join('\n')).toMatch(
      /cues\[0\]\(type = object\)\.reconstruction\.after\.ru: missing/,
    );
  });

  it('a picture whose variants were not made is named, with the command to run', () => {
    const errors = checkPictures(
      'tests/fixtures/media/gallery',
      'tests/fixtures/media/gallery',
      [
        {
          id: 'x',
          cues: [
            { type: 'image', image: 'images/none.svg' },
            { type: 'image', image: 'images/barracks.svg' },
          ],
        },
      ],
      (id) => `chapters/${id}.json`,
    );
    expect(errors.map(formatError)).toEqual([
      'chapters/x.json: at cues[0].image: media file tests/fixtures/media/gallery/images/none.svg not found: add it or fix the path',
    ]);
  });
});

describe('rights, whatever the cue type', () => {
  const licensed = (until: string) => ({
    credit: 'Archive',
    licence: `licensed to the museum until ${until}`,
    source: 'Fonds 1',
    date: '1954',
  });

  it('finds every rights block in a cue, however deep', () => {
    const cue = {
      type: 'video',
      rights: licensed('2030-01-01'),
      poster: { rights: licensed('2031-01-01') },
      people: [{ name: 'x', portrait: { rights: licensed('2032-01-01') } }],
    };
    expect(rightsIn(cue).map((f) => f.path.join('.'))).toEqual([
      'rights',
      'poster.rights',
      'people.0.portrait.rights',
    ]);
  });

  it('warns 30 days before a licence ends, with the file, the path and the date', () => {
    const chapters = [
      { id: 'a', cues: [{ type: 'title' }, { type: 'image', rights: licensed('2027-02-15') }] },
    ];
    const file = (id: string) => `chapters/${id}.json`;
    expect(rightsWarnings(chapters, new Date('2027-01-10T12:00:00Z'), file)).toEqual([]);
    const soon = rightsWarnings(chapters, new Date('2027-01-20T12:00:00Z'), file);
    expect(soon.map(formatError)).toEqual([
      'chapters/a.json: at cues[1](type = image).rights.licence: the licence for "Archive" ends on 2027-02-15 (in 27 days): renew it, or the kiosk hides this cue from 2027-02-16',
    ]);
    const ended = rightsWarnings(chapters, new Date('2027-03-01T12:00:00Z'), file);
    expect(ended[0]?.message).toMatch(/ended on 2027-02-15: the kiosk hides this cue/);
  });

  it('a cue is hidden only once its licence has ended (the last day still shows it)', () => {
    const cue = { type: 'object', rights: licensed('2027-02-15') };
    expect(endedRights(cue, new Date('2027-02-15T23:00:00Z'))).toBeUndefined();
    expect(endedRights(cue, new Date('2027-02-16T00:00:01Z'))).toMatchObject({
      end: '2027-02-15',
      path: ['rights'],
    });
    expect(
      endedRights(
        { type: 'image', rights: { ...licensed('x'), licence: 'CC0-1.0' } },
        new Date('2999-01-01'),
      ),
    ).toBeUndefined();
  });
});

describe('the camera', () => {
  const within = (inner: number, outer: number) => inner <= outer + 1e-9;

  it("shows a focal rectangle whole, at the frame's aspect, inside the picture", () => {
    // A 3:2 picture; the subject a tall strip on the right; a portrait frame.
    const r = { x: 0.7, y: 0.2, w: 0.2, h: 0.7 };
    const c = frameRect(r, 1.5, 1000, 1300);
    const seenH = c.span / (1000 / 1300);
    expect(within(r.w * 1.5, c.span) && within(r.h, seenH)).toBe(true);
    expect(c.cx - c.span / 2 <= r.x * 1.5 && c.cx + c.span / 2 >= (r.x + r.w) * 1.5 - 1e-9).toBe(
      true,
    );
    expect(c.cx + c.span / 2).toBeLessThanOrEqual(1.5 + 1e-9); // kept inside the picture
  });

  it('shows a whole picture narrower than the frame centred, its margins not drawn', () => {
    const c = frameRect({ x: 0, y: 0, w: 1, h: 1 }, 0.75, 1600, 800);
    expect(c.cx).toBeCloseTo(0.375);
    const box = visibleBox(c, 0.75, 1600, 800);
    expect(box.height).toBeCloseTo(800);
    expect(box.width).toBeCloseTo(600);
  });
});

describe('variants', () => {
  const entry = {
    width: 3000,
    height: 2000,
    variants: [
      { file: 'a.1920.webp', width: 1920, height: 1280 },
      { file: 'a.3840.webp', width: 3840, height: 2560 },
    ],
  };

  it('a 1080p screen (either way up) takes the 1920 variant, a 4K screen the 3840 one', () => {
    expect(chooseVariant(entry, 1920)?.file).toBe('a.1920.webp');
    expect(chooseVariant(entry, 3840)?.file).toBe('a.3840.webp');
    expect(chooseVariant(entry, 5120)?.file).toBe('a.3840.webp');
    expect(variantPath('drawings/patch.svg', 1920)).toBe('variants/drawings/patch.1920.webp');
  });

  it('the texture budget names the file and what to do', () => {
    expect(budgetProblem('media/x/images/a.jpg', 3840, 2560)).toBeUndefined();
    expect(budgetProblem('media/x/images/pano.jpg', 9000, 1000)).toMatch(
      new RegExp(`^media/x/images/pano\\.jpg: .*9000×1000 px, over the ${MAX_SIDE} px.*crop`),
    );
    expect(budgetProblem('media/x/images/sq.jpg', 4000, 4000)).toMatch(
      /61 MiB as a texture, over the 60 MiB budget: crop/,
    );
  });

  it('the committed gallery variants are current', () => {
    const chapters = ['image', 'object'].map((id) => ({
      id,
      cues: JSON.parse(readFileSync(`${GALLERY}/${id}.json`, 'utf8')).cues as unknown[],
    }));
    expect(
      checkPictures('tests/fixtures/media/gallery', 'media/gallery', chapters, (id) => id),
    ).toEqual([]);
  });
});

describe('audio description of pictures', () => {
  const say = (cue: object, lang: string) => describeCue(cue as never, lang, {});
  const everyLang = (cue: object) => ['en', 'ru', 'uk'].map((l) => say(cue, l));

  it('an image says what kind of picture it is, what it shows, what is marked and whose it is', () => {
    const cue = {
      ...image.fixture,
      alt: { en: 'Huts.', ru: 'Бараки.', uk: 'Бараки.' },
      callouts: [{ x: 0.5, y: 0.5, r: 0.1, label: { en: 'A hut', ru: 'Барак', uk: 'Барак' } }],
    };
    expect(everyLang(cue)).toEqual([
      "Drawing: Huts. Marked: A hut. Credit: Drawn for the engine's tests.",
      "Рисунок: Бараки. Отмечено: Барак. Источник изображения: Drawn for the engine's tests.",
      "Малюнок: Бараки. Позначено: Барак. Джерело зображення: Drawn for the engine's tests.",
    ]);
  });

  it('a drawn object says it is a drawing and a reconstruction, in the language', () => {
    const cue = {
      ...object.fixture,
      name: { en: 'Patch', ru: 'Нашивка', uk: 'Нашивка' },
      alt: { en: 'A patch.', ru: 'Нашивка.', uk: 'Нашивка.' },
      reconstruction: { after: { en: 'a letter', ru: 'письму', uk: 'листом' } },
    };
    const [en, ru, uk] = everyLang(cue);
    expect(en).toMatch(/^Object: Patch\. Drawing: A patch\. Reconstruction after a letter\./);
    expect(ru).toMatch(/^Предмет: Нашивка\. Рисунок: Нашивка\. Реконструкция по письму\./);
    expect(uk).toMatch(/^Предмет: Нашивка\. Малюнок: Нашивка\. Реконструкція за листом\./);
  });
});

describe('offline', () => {
  it("the service worker precaches a picture's variants and manifest, not its source", () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-sw-'));
    const put = (f: string) => {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), f);
    };
    try {
      ['index.html', 'exhibits/g/exhibit.json', 'media/g/images.json'].forEach(put);
      ['media/g/images/a.svg', 'media/g/drawings/b.svg'].forEach(put);
      ['media/g/variants/images/a.1920.webp', 'media/g/variants/images/a.3840.webp'].forEach(put);
      expect(buildManifest(dir, 'g').exhibits.g).toEqual([
        'exhibits/g/exhibit.json',
        'media/g/images.json',
        'media/g/variants/images/a.1920.webp',
        'media/g/variants/images/a.3840.webp',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
