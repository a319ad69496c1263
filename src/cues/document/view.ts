// Draws a document cue: a page whose lines appear one by one (all at once under reduced motion).
import type { CueViewFactory } from '../views.ts';
import { DocumentView } from './DocumentView.ts';

/** The document view for a document cue. */
export const documentView: CueViewFactory<'document'> = (cue, lang, options) =>
  new DocumentView(
    cue.heading[lang] ?? '',
    cue.lines.map((l) => l[lang] ?? ''),
    cue.source[lang] ?? '',
    !options.reducedMotion,
  );
