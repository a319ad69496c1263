// Draws a quotation cue between the quotation marks of the visitor's language.
import { language } from '../../i18n/registry.ts';
import type { CueViewFactory } from '../views.ts';
import { QuoteView } from './QuoteView.ts';

/** The quotation view for a quote cue. */
export const quoteView: CueViewFactory<'quote'> = (cue, lang) =>
  new QuoteView(
    cue.text[lang] ?? '',
    cue.attribution[lang] ?? '',
    cue.source[lang] ?? '',
    language(lang).quoteMarks,
  );
