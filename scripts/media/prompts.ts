// `npm run media:prompts`: the keypad's spoken prompts. When a visitor moves the focus with the
// keypad, the control's name is spoken in the visitor's language. The engine's own button names
// go to media/prompts/<lang>/<key>.{opus,mp3}; each exhibit's chapter titles and language names to
// media/<id>/prompts/<lang>/. A prompt whose text and voice are unchanged (its ledger,
// promptLedger.ts) is skipped. Each is levelled to -16 LUFS with true peaks at most -1.0 dBTP
// (levels.ts). Needs the same voices as `npm run media`; the outputs are committed.
//
// `--exhibit <id>` makes only that exhibit's prompts (not the engine's), `--root <dir>` works on
// another content root (its ledger is <dir>/media/prompts.json); each prompt made or found up to
// date prints `progress <done>/<total> <words>`; a missing tool exits 3 (args.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUILT_IN_UI, SPOKEN_KEYS } from '../../src/i18n/registry.ts';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { VOICES } from './hash.ts';
import { MP3, OPUS, levelToFiles } from './levels.ts';
import { requireSpeechTools, run, synthesize } from './voice.ts';
import {
  languageName,
  parseMediaArgs,
  progress,
  runMediaScript,
  selectedExhibits,
  UsageError,
} from './args.ts';
import {
  PROMPT_LUFS,
  REPO,
  exhibitPrompts,
  promptLedger,
  promptStamp,
  readLedger,
  type PromptLedger,
} from './promptLedger.ts';

const WHAT = 'the spoken prompts (npm run media:prompts)';

/** The prompts' level: the narration's loudness, true peaks at most -1.0 dBTP (the media lint). */
const LEVEL = { lufs: PROMPT_LUFS, ceiling: -1.0, encodings: [OPUS(24), MP3(48)] };

/** One prompt to look at: its text and language, where it goes, and the ledger that records it. */
interface Wanted {
  text: string;
  lang: string;
  base: string;
  ledger: PromptLedger;
  /** What it is, in words, for the progress lines. */
  label: string;
}

await runMediaScript(WHAT, async () => {
  const args = parseMediaArgs(process.argv.slice(2));
  if (args.chapter) throw new UsageError('--chapter: the prompts are made for a whole exhibit');
  const wanted: Wanted[] = [];
  // The engine's own button names: with the repository's content only, not for one exhibit.
  if (!args.exhibit && !args.ownRoot) {
    const ledger = promptLedger(REPO);
    for (const [lang, strings] of Object.entries(BUILT_IN_UI)) {
      if (!VOICES[lang]) continue;
      for (const key of SPOKEN_KEYS)
        wanted.push({
          text: strings[key],
          lang,
          base: join(REPO, 'media', 'prompts', lang, key),
          ledger,
          label: `the button “${strings[key]}” in ${languageName(lang)}`,
        });
    }
  }
  for (const { root, id } of selectedExhibits(args)) {
    const dir = join(root, 'exhibits', id);
    const exhibit = exhibitFile.parse(JSON.parse(readFileSync(join(dir, 'exhibit.json'), 'utf8')));
    const chapters = Object.fromEntries(
      exhibit.chapters.map((c) => [
        c,
        chapterFile.parse(JSON.parse(readFileSync(join(dir, 'chapters', `${c}.json`), 'utf8'))),
      ]),
    );
    const ledger = promptLedger(root);
    for (const p of exhibitPrompts(root, id, exhibit, chapters))
      wanted.push({
        text: p.text,
        lang: p.lang,
        base: p.base,
        ledger,
        label: `${p.chapter ? 'the chapter title' : 'the language name'} “${p.text}” in ${languageName(p.lang)}`,
      });
  }

  const ledgers = new Map<string, Record<string, string>>();
  const ledgerOf = (l: PromptLedger) => {
    if (!ledgers.has(l.file)) ledgers.set(l.file, readLedger(l.file));
    return ledgers.get(l.file)!;
  };
  const upToDate = (w: Wanted) =>
    ledgerOf(w.ledger)[w.ledger.key(w.base)] === promptStamp(w.text, w.lang) &&
    existsSync(`${w.base}.opus`);
  const toMake = wanted.filter((w) => !upToDate(w));
  if (toMake.length)
    requireSpeechTools(WHAT, [...new Set(toMake.map((w) => w.lang))], ['narrator']);

  const tmp = mkdtempSync(join(tmpdir(), 'prompts-'));
  let made = 0;
  let done = 0;
  try {
    for (const w of wanted) {
      if (!toMake.includes(w)) {
        progress(++done, wanted.length, `Up to date: ${w.label}`);
        continue;
      }
      mkdirSync(dirname(w.base), { recursive: true });
      const wav = join(tmp, 'p.wav');
      synthesize(w.text, w.lang, wav, tmp);
      run('sox', ['-R', wav, join(tmp, 'n.wav'), 'pad', '0.05', '0.1']);
      // A prompt is shorter than a loudness block: the meter takes it as one block (meter.ts).
      await levelToFiles(join(tmp, 'n.wav'), w.base, LEVEL);
      ledgerOf(w.ledger)[w.ledger.key(w.base)] = promptStamp(w.text, w.lang);
      made++;
      progress(++done, wanted.length, `Voiced ${w.label}`);
    }
  } finally {
    // What was made is recorded, even when a later prompt failed.
    for (const [file, entries] of ledgers) {
      if (!Object.keys(entries).length && !existsSync(file)) continue;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  const files = [...ledgers.keys()].map((f) => f.replace(`${REPO}/`, ''));
  console.log(`${made} prompts made, ${wanted.length} in all (${files.join(', ')})`);
});
