// Draws a figure cue: its number counting up (held still under reduced motion, and for a death
// toll), written the language's way.
import { language } from '../../i18n/registry.ts';
import type { CueViewFactory } from '../views.ts';
import { FigureView } from './FigureView.ts';

/** The figure view for a figure cue. */
export const figureView: CueViewFactory<'figure'> = (cue, lang, options) =>
  new FigureView(
    cue.value,
    cue.label[lang] ?? '',
    cue.source[lang] ?? '',
    language(lang).locale, // its number format
    !!cue.approximate,
    !options.reducedMotion,
    cue.emphasis,
  );
