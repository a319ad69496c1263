// `npm run media` (second step): audio description. Every visual cue of every chapter gets one clip
// per language, voiced from `describeCue` (the cue's own `description`, or one made from its words)
// by the narration's voices at the narration's loudness: media/<id>/descriptions/<lang>/<chapter>-<n>
// .opus. The ledger media/<id>/descriptions.json lists each clip's text and length; the kiosk
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
import { describeCue } from '../../src/content/describe.ts';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { planFile, type PlanFile } from '../../src/cues/plan/schema.ts';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';
import { VOICES } from './hash.ts';
import { ebur, run, synthesize } from './voice.ts';

const LOUDNESS = -16; // LUFS, as the narration
const force = process.argv.includes('--force');
/** Bumped when the encoding changes, so every clip is made again. */
const ENCODING = 'opus 24k';

/** One clip: what it says, in which voice, and how long it is (s). */
export interface DescriptionClip {
  text: string;
  voice: string;
  seconds: number;
}
/** media/<id>/descriptions.json: clips by chapter id and language, one per cue in cue order. */
export interface DescriptionLedger {
  chapters: Record<string, Record<string, DescriptionClip[]>>;
}

const tmp = mkdtempSync(join(tmpdir(), 'descriptions-'));
let made = 0;

function voiceClip(text: string, lang: string, base: string): number {
  const wav = join(tmp, 'd.wav');
  synthesize(text, lang, wav, tmp);
  // A short breath either side, then the narration's loudness.
  run('sox', ['-R', wav, join(tmp, 'p.wav'), 'pad', '0.15', '0.25']);
  const gain = LOUDNESS - ebur(join(tmp, 'p.wav'));
  run('sox', ['-R', join(tmp, 'p.wav'), join(tmp, 'n.wav'), 'gain', gain.toFixed(2)]);
  const quiet = [
    '-nostdin',
    '-loglevel',
    'error',
    '-y',
    '-i',
    join(tmp, 'n.wav'),
    '-map_metadata',
    '-1',
  ];
  const exact = ['-fflags', '+bitexact', '-flags:a', '+bitexact'];
  // Opus only, at the prompts' rate: about 3 kB a second. A browser without Opus skips descriptions.
  run('ffmpeg', [...quiet, '-c:a', 'libopus', '-b:a', '24k', ...exact, `${base}.opus`]);
  made++;
  return Number(Number(run('soxi', ['-D', join(tmp, 'n.wav')]).trim()).toFixed(3));
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
    if (!existsSync(join(dir, 'exhibit.json'))) continue;
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
        if (!VOICES[lang]) continue;
        mkdirSync(join(media, 'descriptions', lang), { recursive: true });
        const voice = JSON.stringify({ ...VOICES[lang], encoding: ENCODING });
        (ledger.chapters[chapterId] ??= {})[lang] = chapter.cues.map((cue, i) => {
          const text = describeCue(cue, lang, exhibit.places ?? {}, readPlans(dir, chapter.cues));
          const base = join(media, 'descriptions', lang, `${chapterId}-${i + 1}`);
          const before = old.chapters[chapterId]?.[lang]?.[i];
          if (
            !force &&
            before?.text === text &&
            before.voice === voice &&
            existsSync(`${base}.opus`)
          )
            return before;
          const seconds = voiceClip(text, lang, base);
          console.log(`${base}: ${seconds.toFixed(1)} s`);
          return { text, voice, seconds };
        });
      }
    }
    writeFileSync(ledgerFile, `${JSON.stringify(ledger, null, 2)}\n`);
    pruneClips(media, ledger);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${made} description clips made`);
