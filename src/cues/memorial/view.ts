// Draws a memorial cue in the visitor's language: its numbers written the language's way.
import { language } from '../../i18n/registry.ts';
import type { CueViewFactory } from '../views.ts';
import { MemorialView } from './MemorialView.ts';

/** The memorial view for a memorial cue. */
export const memorialView: CueViewFactory<'memorial'> = (cue, lang) => {
  const format = new Intl.NumberFormat(language(lang).locale);
  return new MemorialView(
    cue.heading?.[lang] ?? '',
    cue.tolls.map((t) => ({
      figure: t.text
        ? (t.text[lang] ?? '')
        : `${t.approximate ? '≈ ' : ''}${format.format(t.value ?? 0)}`,
      label: t.label[lang] ?? '',
      source: t.source[lang] ?? '',
    })),
    (cue.places ?? []).map((p) => p[lang] ?? ''),
  );
};
