// `npm run media:prompts`: the keypad's spoken prompts. When a visitor moves the focus with the
// keypad, the control's name is spoken in the visitor's language. The engine's own button names
// go to media/prompts/<lang>/<key>.{opus,mp3}; each exhibit's chapter titles and language names to
// media/<id>/prompts/<lang>/. A prompt whose text and voice are unchanged (media/prompts.json) is
// skipped. Each is levelled to -16 LUFS with true peaks at most -1.0 dBTP (levels.ts). Needs the same voices as `npm run media`; the outputs are committed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_UI, SPOKEN_KEYS } from '../../src/i18n/registry.ts';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { CONTENT_ROOTS, findExhibits } from '../fsReader.ts';
import { VOICES } from './hash.ts';
import { MP3, OPUS, levelToFiles } from './levels.ts';
import { requireSpeechTools, run, synthesize } from './voice.ts';

requireSpeechTools('the spoken prompts (npm run media:prompts)');
const LEDGER = 'media/prompts.json';
const ledger: Record<string, string> = existsSync(LEDGER)
  ? JSON.parse(readFileSync(LEDGER, 'utf8'))
  : {};
const tmp = mkdtempSync(join(tmpdir(), 'prompts-'));
let made = 0;

/** The prompts' level: the narration's loudness, true peaks at most -1.0 dBTP (the media lint). */
const LEVEL = { lufs: -16, ceiling: -1.0, encodings: [OPUS(24), MP3(48)] };

async function prompt(text: string, lang: string, base: string): Promise<void> {
  const stamp = JSON.stringify({ text, voice: VOICES[lang], lufs: LEVEL.lufs });
  if (ledger[base] === stamp && existsSync(`${base}.opus`)) return;
  mkdirSync(join(base, '..'), { recursive: true });
  const wav = join(tmp, 'p.wav');
  synthesize(text, lang, wav, tmp);
  run('sox', ['-R', wav, join(tmp, 'n.wav'), 'pad', '0.05', '0.1']);
  // A prompt is shorter than a loudness block: the meter takes it as one block (meter.ts).
  await levelToFiles(join(tmp, 'n.wav'), base, LEVEL);
  ledger[base] = stamp;
  made++;
}

try {
  for (const [lang, strings] of Object.entries(BUILT_IN_UI)) {
    if (!VOICES[lang]) continue;
    for (const key of SPOKEN_KEYS)
      await prompt(strings[key], lang, join('media', 'prompts', lang, key));
  }
  for (const { root, id } of findExhibits(CONTENT_ROOTS)) {
    const dir = join(root, 'exhibits', id);
    if (!existsSync(join(dir, 'exhibit.json'))) continue;
    const exhibit = exhibitFile.parse(JSON.parse(readFileSync(join(dir, 'exhibit.json'), 'utf8')));
    const out = (lang: string, name: string) => join(root, 'media', id, 'prompts', lang, name);
    for (const lang of exhibit.languages) {
      if (!VOICES[lang]) continue;
      // Each language's own name, in its own voice: what a visitor listens for.
      const own = exhibit.ui?.[lang]?.languageName; // text: checkExhibit rejects plural forms there
      const name =
        (typeof own === 'string' ? own : undefined) ?? BUILT_IN_UI[lang]?.languageName ?? lang;
      await prompt(name, lang, out(lang, 'language'));
      for (const chapterId of exhibit.chapters) {
        const chapter = chapterFile.parse(
          JSON.parse(readFileSync(join(dir, 'chapters', `${chapterId}.json`), 'utf8')),
        );
        const title = chapter.title[lang];
        if (title) await prompt(title, lang, out(lang, `chapter-${chapterId}`));
      }
    }
  }
} finally {
  writeFileSync(LEDGER, `${JSON.stringify(ledger, null, 2)}\n`);
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${made} prompts made, ${Object.keys(ledger).length} in ${LEDGER}`);
