// `npm run content:screen`: per language, the share of screen time that title cards and that
// pictures, film, plans, objects and people take, and how much of a card's words the narration says
// while it shows (see scripts/content/screenTime.ts). `-- --chapters` adds a row per chapter,
// `-- --cues` a row per cue; `-- <exhibit id>` measures another exhibit. Exits 1 when Uprising
// misses a target, so a content change cannot quietly bring the slide deck back.
import { loadExhibit } from '../src/content/load.ts';
import { fsReader } from './fsReader.ts';
import {
  measureExhibit,
  missedTargets,
  summarise,
  type CueMeasure,
  type ScreenFigures,
} from './content/screenTime.ts';

const args = process.argv.slice(2);
const id = args.find((a) => !a.startsWith('--')) ?? 'uprising';
const root = id === 'uprising' ? '.' : 'tests/fixtures';
const exhibit = await loadExhibit(fsReader(root, id));

const pct = (x: number) => `${(x * 100).toFixed(0).padStart(3)} %`;
const row = (name: string, f: ScreenFigures) =>
  `${name.padEnd(26)} ${String(Math.round(f.seconds)).padStart(5)} s  ${pct(f.title)}  ${pct(f.visual)}  ${pct(f.echo)}  ${String(f.cues).padStart(4)}`;

let missed = 0;
console.log(`${exhibit.id}: screen time per language (cue on screen from its start to the next)`);
for (const lang of exhibit.languages) {
  const cues = measureExhibit(exhibit, lang);
  const whole = summarise(cues);
  console.log(`\n[${lang}]${' '.repeat(22)} narr.  title  visual  echo  cues`);
  if (args.includes('--chapters') || args.includes('--cues'))
    for (const ch of exhibit.chapters) {
      const own = cues.filter((c) => c.chapter === ch.id);
      console.log(row(ch.id, summarise(own)));
      if (args.includes('--cues')) for (const c of own) console.log(cueRow(c));
    }
  console.log(row('whole exhibit', whole));
  for (const m of missedTargets(whole)) {
    missed++;
    console.log(`  MISSED (${lang}): ${m}`);
  }
}
if (missed && exhibit.id === 'uprising') process.exitCode = 1;

function cueRow(c: CueMeasure): string {
  const echo = c.words ? `${c.echoed}/${c.words} words said` : 'no words';
  return `    ${String(c.index).padStart(2)} ${c.type.padEnd(9)} ${c.seconds.toFixed(1).padStart(6)} s  ${echo}`;
}
