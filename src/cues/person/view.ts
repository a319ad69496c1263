// Draws a person cue: the card in the visitor's language, its portrait if it has one.
import type { CueViewFactory } from '../views.ts';
import { person } from './index.ts';
import { PersonView } from './PersonView.ts';

/** The card view for a person cue. */
export const personView: CueViewFactory<'person'> = (cue, lang, options) => {
  const url = (path: string) => `${options.mediaBase ?? ''}${path}`;
  const words = person.words[lang as keyof typeof person.words] ?? person.words.en;
  const p = cue.portrait;
  return new PersonView({
    name: cue.name[lang] ?? '',
    years: cue.years ?? '',
    role: cue.role[lang] ?? '',
    fate: cue.fate[lang] ?? '',
    source: cue.source[lang] ?? '',
    noPhotograph: words.noPhotograph,
    ...(p
      ? {
          portrait: {
            url: url(p.image),
            credit: `${p.rights.credit} · ${p.rights.date} · ${p.rights.licence}`,
          },
        }
      : {}),
    warn: (message) => options.log?.(message),
  });
};
