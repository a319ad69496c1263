// Audio description: what a visual cue shows, in words, for visitors who cannot see the screen.
// A cue's own `description` is used as written; without one, the description is made from the
// cue's own words (its heading, figure, places, lines, attribution), so nothing is invented.
// Each cue type says how, in its folder (src/cues/<type>/index.ts), with its words per language.
// `npm run media` voices these texts; the kiosk plays them between narration sentences.
import { CUES } from '../cues/registry.ts';
import type { CueDefinition, CueSchema } from '../cues/types.ts';
import { LANGUAGES } from '../i18n/registry.ts';
import type { DescriptionWords } from '../i18n/types.ts';
import type { PlanFile } from '../cues/plan/schema.ts';
import type { Place } from './schema.ts';

/** A cue as a describer sees it: its type, its own description, its fields. */
type AnyCue = { type: string; description?: Record<string, string> };
/** Cue types by name, each with its words and describer (src/cues/registry.ts, or a test's). */
type Definitions = Record<string, CueDefinition<string, CueSchema, unknown>>;

/** Ends a phrase with a full stop unless it already ends a sentence; "·" becomes a comma. */
function sentence(text: string): string {
  const t = text.replace(/\s*·\s*/g, ', ').trim();
  return /[.!?…:]$/.test(t) ? t : `${t}.`;
}

/**
 * A describer over these cue types and languages. The one the engine uses is `describeCue`;
 * tests make others to show that a new cue type or language needs nothing else.
 */
export function makeDescriber(
  cues: Definitions,
  languages: Record<string, { words: DescriptionWords }>,
) {
  return (
    cue: AnyCue,
    lang: string,
    places: Record<string, Place>,
    plans: Record<string, PlanFile> = {},
  ): string => {
    const own = cue.description?.[lang];
    if (own) return own.trim();
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
    const parts = definition.describe(cue as never, {
      lang,
      common,
      words,
      say,
      place: (id) => say(places[id]?.name) || id,
      plan: (id) => plans[id],
    });
    const text = parts.filter(Boolean).map(sentence).join(' ');
    if (!text)
      throw new Error(
        `the ${cue.type} cue's description in "${lang}" came out empty: src/cues/${cue.type}/index.ts must say something`,
      );
    return text;
  };
}

/**
 * The audio description of a cue in `lang`: its own, or one made from its words. Throws, naming
 * what to add, for a language the engine has no words in, or a made description with no words.
 */
export const describeCue: (
  cue: AnyCue,
  lang: string,
  places: Record<string, Place>,
  plans?: Record<string, PlanFile>,
) => string = makeDescriber(CUES as unknown as Definitions, LANGUAGES);
