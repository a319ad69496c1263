// `npm run media` (second step): audio description. Every visual cue of every chapter gets one clip
// per language, voiced from `describeCueParts` (the cue's own `description`, or one made from its
// words): the describer's voice says what is on screen, the reader's the words a quotation or a
// document says (scripts/media/hash.ts `CAST`), at the narration's loudness:
// media/<id>/descriptions/<lang>/<chapter>-<n>.opus. The ledger media/<id>/descriptions.json lists each clip's text and length; the kiosk
// reads it at boot, and a test fails when a text changed but its clip was not made again. A clip
// whose text and voice are unchanged is skipped; --force makes all again.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  describeCueParts,
  partsKey,
  partsText,
  type DescriptionPart,
} from '../../src/content/describe.ts';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { planFile, type PlanFile } from '../../src/cues/plan/schema.ts';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';
import { CAST, descriptionStamp, digest, type Cast } from './hash.ts';
import { levelToFiles, OPUS } from './levels.ts';
import { requireSpeechTools, run, silenceWav, speak } from './voice.ts';

const LOUDNESS = -16; // LUFS, as the narration
requireSpeechTools('the audio description (npm run media)');
const force = process.argv.includes('--force');
/** `--exhibit <id>`: make only that exhibit's clips. */
const only = process.argv.includes('--exhibit')
  ? process.argv[process.argv.indexOf('--exhibit') + 1]
  : undefined;
/** Bumped when the encoding changes, so every clip is made again. */
const ENCODING = 'opus 24k, levelled 2';

/** One clip: what it says, in which voice, and how long it is (s). */
export interface DescriptionClip {
  text: string;
  /** A digest of the parts as voiced (partsKey): a clip is made again when they change. */
  parts?: string;
  /** True when a part is read by the reader (a quotation's or a document's own words). */
  reader?: true;
  voice: string;
  seconds: number;
}
/** media/<id>/descriptions.json: clips by chapter id and language, one per cue in cue order. */
export interface DescriptionLedger {
  chapters: Record<string, Record<string, DescriptionClip[]>>;
}

const tmp = mkdtempSync(join(tmpdir(), 'descriptions-'));
let made = 0;

/** Voices a description's parts, each in its role's voice, a short breath between and around. */
async function voiceClip(parts: DescriptionPart[], cast: Cast, base: string): Promise<number> {
  const files = parts.map((part, i) => {
    const wav = join(tmp, `part-${i}.wav`);
    speak(part.spoken, cast[part.voice], wav, tmp);
    return wav;
  });
  const joined = join(tmp, 'joined.wav');
  const gap = join(tmp, 'gap.wav');
  silenceWav(gap, 0.3);
  const between = files.flatMap((f, i) => (i ? [gap, f] : [f]));
  run('sox', ['-R', ...between, joined, 'pad', '0.15', '0.25']);
  // Opus only, at the prompts' rate: about 3 kB a second. A browser without Opus skips descriptions.
  await levelToFiles(joined, base, { lufs: LOUDNESS, encodings: [OPUS(24)] });
  made++;
  return Number(Number(run('soxi', ['-D', joined]).trim()).toFixed(3));
}

/** Deletes clips the ledger no longer lists (a cue removed, a chapter renamed), so none ships unused. */
function pruneClips(media: string, ledger: DescriptionLedger): void {
  const root = join(media, 'descriptions');
  if (!existsSync(root)) return;
  for (const lang of readdirSync(root)) {
    const keep = new Set(
      Object.entries(ledger.chapters).flatMap(([chapter, langs]) =>
        (langs[lang] ?? []).map((_, i) => `${chapter}-${i + 1}.opus`),
      ),
    );
    for (const file of readdirSync(join(root, lang)))
      if (!keep.has(file)) {
        rmSync(join(root, lang, file));
        console.log(`${join(root, lang, file)}: removed (no cue of the exhibit)`);
      }
  }
}

/** The plan files (plans/<id>.json) a chapter's plan cues name, for their descriptions. */
function readPlans(dir: string, cues: { type: string; plan?: string }[]) {
  const plans: Record<string, PlanFile> = {};
  for (const { plan } of cues) {
    if (plan && !plans[plan])
      plans[plan] = planFile.parse(
        JSON.parse(readFileSync(join(dir, 'plans', `${plan}.json`), 'utf8')),
      );
  }
  return plans;
}

try {
  for (const { root, id } of findExhibits(CONTENT_ROOTS)) {
    const dir = join(root, 'exhibits', id);
    if (!existsSync(join(dir, 'exhibit.json')) || (only && id !== only)) continue;
    const exhibit = exhibitFile.parse(JSON.parse(readFileSync(join(dir, 'exhibit.json'), 'utf8')));
    const media = join(root, 'media', id);
    const ledgerFile = join(media, 'descriptions.json');
    const old: DescriptionLedger = existsSync(ledgerFile)
      ? JSON.parse(readFileSync(ledgerFile, 'utf8'))
      : { chapters: {} };
    const ledger: DescriptionLedger = { chapters: {} };
    for (const chapterId of exhibit.chapters) {
      const chapter = chapterFile.parse(
        JSON.parse(readFileSync(join(dir, 'chapters', `${chapterId}.json`), 'utf8')),
      );
      for (const lang of exhibit.languages) {
        const cast = CAST[lang];
        if (!cast) continue;
        mkdirSync(join(media, 'descriptions', lang), { recursive: true });
        const voice = descriptionStamp(cast, ENCODING);
        const clips: DescriptionClip[] = [];
        for (const [i, cue] of chapter.cues.entries()) {
          const parts = describeCueParts(
            cue,
            lang,
            exhibit.places ?? {},
            readPlans(dir, chapter.cues),
          );
          const key = digest(partsKey(parts));
          const read = parts.some((p) => p.voice === 'reader');
          const base = join(media, 'descriptions', lang, `${chapterId}-${i + 1}`);
          const before = old.chapters[chapterId]?.[lang]?.[i];
          if (
            !force &&
            before?.parts === key &&
            before.voice === voice &&
            existsSync(`${base}.opus`)
          ) {
            const kept = { ...before };
            delete kept.reader;
            clips.push(read ? { ...kept, reader: true } : kept);
            continue;
          }
          const seconds = await voiceClip(parts, cast, base);
          console.log(`${base}: ${seconds.toFixed(1)} s`);
          clips.push({
            text: partsText(parts),
            parts: key,
            ...(read ? { reader: true as const } : {}),
            voice,
            seconds,
          });
        }
        (ledger.chapters[chapterId] ??= {})[lang] = clips;
      }
    }
    writeFileSync(ledgerFile, `${JSON.stringify(ledger, null, 2)}\n`);
    pruneClips(media, ledger);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${made} description clips made`);
