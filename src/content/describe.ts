// Audio description: what a visual cue shows, in words, for visitors who cannot see the screen.
// A cue's own `description` is used as written; without one, the description is made from the
// cue's own words (its heading, figure, places, lines, attribution), so nothing is invented.
// Each cue type says how, in its folder (src/cues/<type>/index.ts), with its words per language.
//
// A description is a list of parts, each read by one voice: the describer frames ("A quotation,
// from …", "A document: …"), a second voice, the reader, says the words a quotation or a
// document's lines say. Each part has its written `text` (the kiosk's caption of it) and its
// `spoken` form, numbers as words (src/i18n/numbers.ts), which the voices read.
//
// A made description is short: at most DESCRIPTION_BUDGET spoken words (about 20 s). What a cue
// type marks as less needed is left out or cut until it fits, and a document or memorial says as
// many of its lines as fit, then how many more there are. `npm run media` voices the parts; the
// kiosk plays them between narration sentences.
import { CUES } from '../cues/registry.ts';
import type {
  CueDefinition,
  CueSchema,
  DescriptionVoice,
  Phrase,
  PhraseList,
  Said,
} from '../cues/types.ts';
import { LANGUAGES } from '../i18n/registry.ts';
import { speak } from '../i18n/numbers.ts';
import type { DescriptionWords } from '../i18n/types.ts';
import type { PlanFile } from '../cues/plan/schema.ts';
import type { Place } from './schema.ts';

/** The most spoken words of a made description: about 20 s at the voices' pace. */
export const DESCRIPTION_BUDGET = 40;

/** One part of a description, read by one voice. */
export interface DescriptionPart {
  voice: DescriptionVoice;
  /** As written: the kiosk shows it. */
  text: string;
  /** As the voice reads it: numbers as words, "·" as a pause. */
  spoken: string;
}

/** A cue as a describer sees it: its type, its own description, its fields. */
type AnyCue = { type: string; description?: Record<string, string> };
/** Cue types by name, each with its words and describer (src/cues/registry.ts, or a test's). */
type Definitions = Record<string, CueDefinition<string, CueSchema, unknown>>;

/** Ends a phrase with a full stop unless it already ends a sentence; "·" becomes a comma. */
function sentence(text: string): string {
  const t = text.replace(/\s*·\s*/g, ', ').trim();
  return /[.!?…:]$/.test(t) ? t : `${t}.`;
}

/** A sentence begins with a capital, also where its number became words ("Twenty-three …"). */
function capital(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** How many words a voice says. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The spoken words of a description's parts. */
export function spokenWords(parts: DescriptionPart[]): number {
  return parts.reduce((sum, p) => sum + wordCount(p.spoken), 0);
}

/** A stable string of the parts, for the ledger: a clip is stale when this changes. */
export function partsKey(parts: DescriptionPart[]): string {
  return JSON.stringify(parts.map(({ voice, text, spoken }) => [voice, text, spoken]));
}

/** The written text of the parts, one after another. */
export function partsText(parts: DescriptionPart[]): string {
  return parts.map((p) => p.text).join(' ');
}

/** Whether every quotation mark and bracket opened in `text` is closed. */
function balanced(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/[“«]/g) === count(/[”»]/g) && count(/\(/g) === count(/\)/g);
}

/** The fewest words a phrase is cut down to. */
const MIN_CLAUSE = 5;

/**
 * `text` without its last sentence or clause (". ", "; ", ": ", " — ", ", " in that order of
 * preference), or undefined when it is one clause already.
 */
function shorter(text: string): string | undefined {
  const body = text.replace(/[.!?…;:,\s]+$/u, '');
  // A sentence ends after a word (not an initial or "No.") and before a capital.
  const ends = /(?<=[\p{Ll}\p{N}]{3}|[)”»])[.!?…]\s(?=[\p{Lu}“«])/gu;
  for (const mark of [ends, /;\s/g, /:\s/g, /\s[—–]\s/g, /,\s/g]) {
    const cuts = [...body.matchAll(mark)].map((m) => m.index).reverse();
    for (const at of cuts) {
      const head = body.slice(0, at);
      // Never less than a few words, nor a quotation left open.
      if (wordCount(head) < MIN_CLAUSE) break;
      if (balanced(head)) return head;
    }
  }
  return undefined;
}

type Slot =
  { kind: 'one'; phrase: Phrase; out: boolean } | { kind: 'list'; list: PhraseList; shown: number };

function slots(said: Said[]): Slot[] {
  return said.flatMap((s): Slot[] => {
    if (typeof s === 'string')
      return s.trim() ? [{ kind: 'one', phrase: { text: s }, out: false }] : [];
    if ('items' in s)
      return s.items.length ? [{ kind: 'list', list: s, shown: s.items.length }] : [];
    return s.text.trim() ? [{ kind: 'one', phrase: { ...s }, out: false }] : [];
  });
}

/** The parts the slots say now: consecutive phrases of one voice are one part. */
function render(list: Slot[], lang: string): DescriptionPart[] {
  const phrases: Phrase[] = list.flatMap((s) => {
    if (s.kind === 'one') return s.out ? [] : [s.phrase];
    const left = s.list.items.length - s.shown;
    return [...s.list.items.slice(0, s.shown), ...(left ? [{ text: s.list.more(left) }] : [])];
  });
  const parts: DescriptionPart[] = [];
  for (const p of phrases) {
    const voice = p.voice ?? 'describer';
    const text = sentence(p.text);
    const spoken = capital(speak(text, lang));
    const last = parts.at(-1);
    if (last?.voice === voice) {
      last.text += ` ${text}`;
      last.spoken += ` ${spoken}`;
    } else parts.push({ voice, text, spoken });
  }
  return parts;
}

/** Leaves out and cuts what the describer allows until the description fits its budget. */
function fit(list: Slot[], lang: string): DescriptionPart[] {
  const ones = list.filter((s): s is Extract<Slot, { kind: 'one' }> => s.kind === 'one');
  const lists = list.filter((s): s is Extract<Slot, { kind: 'list' }> => s.kind === 'list');
  for (;;) {
    const parts = render(list, lang);
    if (spokenWords(parts) <= DESCRIPTION_BUDGET) return parts;
    const droppable = (min: number) =>
      ones
        .filter((s) => !s.out && (s.phrase.drop ?? 0) >= min)
        .sort((a, b) => (b.phrase.drop ?? 0) - (a.phrase.drop ?? 0))[0];
    const high = droppable(2);
    if (high) {
      high.out = true;
      continue;
    }
    const long = lists.filter((s) => s.shown > 1).sort((a, b) => b.shown - a.shown)[0];
    if (long) {
      long.shown--;
      continue;
    }
    const cuttable = ones
      .filter((s) => !s.out && s.phrase.clip && shorter(s.phrase.text) !== undefined)
      .sort((a, b) => wordCount(b.phrase.text) - wordCount(a.phrase.text))[0];
    if (cuttable) {
      cuttable.phrase.text = shorter(cuttable.phrase.text)!;
      continue;
    }
    const low = droppable(1);
    if (low) {
      low.out = true;
      continue;
    }
    return parts;
  }
}

/** The parts of a cue's own description: one describer's part, as written. */
function ownParts(text: string, lang: string): DescriptionPart[] {
  const written = text.trim();
  return [{ voice: 'describer', text: written, spoken: speak(written, lang) }];
}

/**
 * A describer over these cue types and languages, giving a description's parts. The one the
 * engine uses is `describeCueParts`; tests make others to show that a new cue type or language
 * needs nothing else.
 */
export function makePartsDescriber(
  cues: Definitions,
  languages: Record<string, { words: DescriptionWords }>,
) {
  return (
    cue: AnyCue,
    lang: string,
    places: Record<string, Place>,
    plans: Record<string, PlanFile> = {},
  ): DescriptionPart[] => {
    const own = cue.description?.[lang];
    if (own?.trim()) return ownParts(own, lang);
    const definition = cues[cue.type];
    if (!definition)
      throw new Error(`no cue type "${cue.type}": add src/cues/${cue.type}/ to the registry`);
    const common = languages[lang]?.words;
    const words = definition.words[lang as keyof typeof definition.words];
    if (!common || words === undefined)
      throw new Error(
        `cannot describe a ${cue.type} cue in "${lang}": no words in it. Give the cue a "description" in "${lang}", or add src/i18n/${lang}.ts and "${lang}" words in src/cues/${cue.type}/index.ts`,
      );
    const say = (l: Record<string, string> | undefined) => l?.[lang] ?? '';
    const said = definition.describe(cue as never, {
      lang,
      common,
      words,
      say,
      place: (id) => say(places[id]?.name) || id,
      plan: (id) => plans[id],
    });
    const parts = fit(slots(said), lang);
    if (!parts.length)
      throw new Error(
        `the ${cue.type} cue's description in "${lang}" came out empty: src/cues/${cue.type}/index.ts must say something`,
      );
    return parts;
  };
}

/** A describer giving the written text of the parts (see makePartsDescriber). */
export function makeDescriber(
  cues: Definitions,
  languages: Record<string, { words: DescriptionWords }>,
) {
  const parts = makePartsDescriber(cues, languages);
  return (
    cue: AnyCue,
    lang: string,
    places: Record<string, Place>,
    plans: Record<string, PlanFile> = {},
  ): string => partsText(parts(cue, lang, places, plans));
}

/**
 * The audio description of a cue in `lang` as parts, each with its voice, written text and spoken
 * form: its own description (one describer's part), or one made from its words within the
 * budget. Throws, naming what to add, for a language the engine has no words in, or a made
 * description with no words.
 */
export const describeCueParts: (
  cue: AnyCue,
  lang: string,
  places: Record<string, Place>,
  plans?: Record<string, PlanFile>,
) => DescriptionPart[] = makePartsDescriber(CUES as unknown as Definitions, LANGUAGES);

/** The audio description of a cue in `lang`, written: its parts' texts one after another. */
export const describeCue: (
  cue: AnyCue,
  lang: string,
  places: Record<string, Place>,
  plans?: Record<string, PlanFile>,
) => string = makeDescriber(CUES as unknown as Definitions, LANGUAGES);
