// Audio description: what a visual cue shows, in words, for visitors who cannot see the screen.
// A cue's own `description` is used as written; without one, the description is made from the
// cue's own words (its heading, figure, places, lines, attribution), so nothing is invented.
// Each cue type says how, in its folder (src/cues/<type>/index.ts), with its words per language.
// `npm run media` voices these texts; the kiosk plays them between narration sentences.
import { cueDefinition } from '../cues/registry.ts';
import { isLang, language } from '../i18n/registry.ts';
import type { Cue, Place } from './schema.ts';

/** Ends a phrase with a full stop unless it already ends a sentence; "·" becomes a comma. */
function sentence(text: string): string {
  const t = text.replace(/\s*·\s*/g, ', ').trim();
  return /[.!?…:]$/.test(t) ? t : `${t}.`;
}

/**
 * The audio description of a cue in `lang`: its own, or one made from its words. Throws, naming
 * what to add, for a language the engine has no words in, or a made description with no words.
 */
export function describeCue(cue: Cue, lang: string, places: Record<string, Place>): string {
  const own = cue.description?.[lang];
  if (own) return own.trim();
  const definition = cueDefinition(cue.type);
  if (!isLang(lang))
    throw new Error(
      `cannot describe a ${cue.type} cue in "${lang}": the engine has no words in it. Give the cue a "description" in "${lang}", or add src/i18n/${lang}.ts`,
    );
  const say = (l: Record<string, string> | undefined) => l?.[lang] ?? '';
  const parts = definition.describe(cue, {
    lang,
    common: language(lang).words,
    words: definition.words[lang],
    say,
    place: (id) => say(places[id]?.name) || id,
  });
  const text = parts.filter(Boolean).map(sentence).join(' ');
  if (!text)
    throw new Error(
      `the ${cue.type} cue's description in "${lang}" came out empty: src/cues/${cue.type}/index.ts must say something`,
    );
  return text;
}
