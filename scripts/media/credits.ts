// `npm run media` (last step): who speaks each language, for the credits on the sources screen.
// From the narration manifest (each track's voices: the synthetic narrator and reader, or the
// recorded narrator's name) and the description ledger (each clip's voice), media/<id>/voices.json
// lists per language the voices of the narration, of quotations and documents, and of audio
// description, as credit lines (src/content/loadVoices.ts). Reads only committed JSON: no audio
// tools. A test fails when the file is older than the manifest and ledger it is made from.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exhibitFile } from '../../src/content/schema.ts';
import type { VoiceCredits, VoiceRole } from '../../src/content/loadVoices.ts';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';
import type { DescriptionLedger } from './descriptions.ts';
import { CAST, stampVoices, type Cast } from './hash.ts';
import type { Manifest } from './narration.ts';

/**
 * The voices of a description clip's stamp ("describer alan 0.9, reader bdl 0.9, …", or an older
 * JSON stamp of one voice), as credit lines from the cast: the describer's, and the reader's.
 */
function stampCredits(stamp: string, cast: Readonly<Partial<Record<string, Cast>>>) {
  const voices = Object.values(cast).flatMap((c) => (c ? [c.narrator, c.reader, c.describer] : []));
  const named = (name: string | undefined) => voices.find((v) => v.voice === name)?.credit;
  if (!stamp.startsWith('{')) {
    const { describer, reader } = stampVoices(stamp);
    return { describer: named(describer), reader: named(reader) };
  }
  try {
    const voice = JSON.parse(stamp) as { voice?: string; credit?: string };
    return { describer: voice.credit ?? named(voice.voice), reader: undefined };
  } catch {
    return { describer: undefined, reader: undefined };
  }
}

/**
 * Each language's voices by role, in chapter order without repeats: a track's voices are its
 * narration, except the language's reader (when it is not also its narrator), who reads quotations.
 */
export function voiceCredits(
  languages: readonly string[],
  chapters: readonly string[],
  manifest: Manifest | undefined,
  ledger: DescriptionLedger | undefined,
  cast: Readonly<Partial<Record<string, Cast>>> = CAST,
): VoiceCredits {
  const out: VoiceCredits = {};
  for (const lang of languages) {
    const roles: Partial<Record<VoiceRole, string[]>> = {};
    const add = (role: VoiceRole, credit: string | undefined) => {
      if (credit && !roles[role]?.includes(credit)) (roles[role] ??= []).push(credit);
    };
    const reader = cast[lang]?.reader.credit;
    const narrator = cast[lang]?.narrator.credit;
    for (const chapter of chapters)
      for (const credit of manifest?.chapters[chapter]?.[lang]?.voices ?? [])
        add(credit === reader && reader !== narrator ? 'quotations' : 'narration', credit);
    for (const chapter of chapters)
      for (const clip of ledger?.chapters[chapter]?.[lang] ?? []) {
        const { describer, reader: quoted } = stampCredits(clip.voice, cast);
        add('description', describer);
        // Descriptions read a quotation's or a document's own words in the reader's voice.
        if (clip.reader && quoted !== describer) add('quotations', quoted);
      }
    if (Object.keys(roles).length) out[lang] = roles;
  }
  return out;
}

/** The credits of the exhibit in `root`/exhibits/`id`, from its committed manifest and ledger. */
export function exhibitCredits(root: string, id: string): VoiceCredits {
  const exhibit = exhibitFile.parse(
    JSON.parse(readFileSync(join(root, 'exhibits', id, 'exhibit.json'), 'utf8')),
  );
  const media = join(root, 'media', id);
  const read = <T>(name: string): T | undefined =>
    existsSync(join(media, name))
      ? (JSON.parse(readFileSync(join(media, name), 'utf8')) as T)
      : undefined;
  return voiceCredits(
    exhibit.languages,
    exhibit.chapters,
    read<Manifest>('manifest.json'),
    read<DescriptionLedger>('descriptions.json'),
  );
}

/** voices.json's text: what exhibitCredits makes, as the pipeline writes it. */
export const creditsText = (credits: VoiceCredits) => `${JSON.stringify(credits, null, 2)}\n`;

if (process.argv[1]?.endsWith('credits.ts'))
  for (const { root, id } of findExhibits(CONTENT_ROOTS)) {
    if (!existsSync(join(root, 'exhibits', id, 'exhibit.json'))) continue;
    const file = join(root, 'media', id, 'voices.json');
    const text = creditsText(exhibitCredits(root, id));
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    console.log(`${file}: voices credited`);
  }
