// The voices' credits (scripts/media/credits.ts → media/<id>/voices.json → the sources screen):
// who reads what in each language, from the narration manifest and the description ledger, and
// every exhibit's committed file up to date with them. JSON only: no audio tools.
import { CAST as REAL_CAST } from '../../scripts/media/hash.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { voicesFile } from '../../src/content/loadVoices.ts';
import { creditsText, exhibitCredits, voiceCredits } from '../../scripts/media/credits.ts';
import type { Cast, Voice } from '../../scripts/media/hash.ts';
import type { Manifest, TrackRecord } from '../../scripts/media/narration.ts';
import { CONTENT_ROOTS, findExhibits } from '../../scripts/fsReader.ts';

const voice = (name: string): Voice => ({
  engine: 'rhvoice',
  voice: name.toLowerCase(),
  rate: 0.9,
  credit: `${name}, RHVoice voice, LGPL-2.1`,
});
const CAST: Record<string, Cast> = {
  en: { narrator: voice('Slt'), reader: voice('Bdl'), describer: voice('Clb') },
  ru: { narrator: voice('Anna'), reader: voice('Anna'), describer: voice('Elena') },
};
const track = (voices: string[], recorded = false): TrackRecord => ({
  hash: '',
  duration: 1,
  sentences: 1,
  voices,
  ...(recorded ? { recorded: true as const } : {}),
  speech: [],
});
const clip = (v: Voice, withCredit = true) => ({
  text: 'A title.',
  seconds: 1,
  voice: JSON.stringify(withCredit ? v : { engine: v.engine, voice: v.voice }),
});

describe('voiceCredits', () => {
  it('names the narrator, the reader of quotations and the describer, each once, in chapter order', () => {
    const manifest: Manifest = {
      chapters: {
        one: { en: track([CAST.en!.narrator.credit, CAST.en!.reader.credit]) },
        two: { en: track([CAST.en!.narrator.credit]) },
      },
    };
    const ledger = {
      chapters: { one: { en: [clip(CAST.en!.describer), clip(CAST.en!.describer)] } },
    };
    expect(voiceCredits(['en'], ['one', 'two'], manifest, ledger, CAST)).toEqual({
      en: {
        narration: ['Slt, RHVoice voice, LGPL-2.1'],
        quotations: ['Bdl, RHVoice voice, LGPL-2.1'],
        description: ['Clb, RHVoice voice, LGPL-2.1'],
      },
    });
  });

  it('credits a recorded narrator for the narration, and a reader who is also the narrator once', () => {
    const manifest: Manifest = {
      chapters: {
        one: {
          en: track(['Jane Example (recorded)'], true),
          ru: track([CAST.ru!.narrator.credit]),
        },
      },
    };
    expect(voiceCredits(['en', 'ru', 'uk'], ['one'], manifest, undefined, CAST)).toEqual({
      en: { narration: ['Jane Example (recorded)'] },
      ru: { narration: ['Anna, RHVoice voice, LGPL-2.1'] },
    });
  });

  it('finds the credit of an older description stamp without one by its engine and voice', () => {
    const ledger = { chapters: { one: { ru: [clip(CAST.ru!.describer, false)] } } };
    expect(voiceCredits(['ru'], ['one'], undefined, ledger, CAST)).toEqual({
      ru: { description: ['Elena, RHVoice voice, LGPL-2.1'] },
    });
  });

  it('ignores chapters the exhibit no longer lists', () => {
    const manifest: Manifest = { chapters: { gone: { en: track(['Someone (recorded)'], true) } } };
    expect(voiceCredits(['en'], ['one'], manifest, undefined, CAST)).toEqual({});
  });
});

describe.each(findExhibits(CONTENT_ROOTS))('the voices of $id', ({ root, id }) => {
  const file = join(root, 'media', id, 'voices.json');
  it(`${file} is up to date with the manifest and ledger (npm run media)`, () =>
    expect(readFileSync(file, 'utf8')).toBe(creditsText(exhibitCredits(root, id))));
  it(`${file} is what the kiosk reads`, () =>
    expect(voicesFile.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success).toBe(true));
});

it('the recorded fixture credits its stand-in narrator in English and the synthetic voices in Russian', () =>
  expect(exhibitCredits('tests/fixtures', 'recorded')).toEqual({
    en: {
      narration: ['Test Narrator A (recorded)'],
      // The describer is a voice of its own, never the narrator's (docs/voices.md).
      description: [REAL_CAST.en!.describer.credit],
    },
    ru: {
      narration: [REAL_CAST.ru!.narrator.credit],
      description: [REAL_CAST.ru!.describer.credit],
    },
  }));
