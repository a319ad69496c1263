// Draws a title cue: the title card view with the cue's words in the visitor's language.
import type { CueViewFactory } from '../views.ts';
import { TitleCardView } from './TitleCardView.ts';

/** The title card for a title cue. */
export const titleView: CueViewFactory<'title'> = (cue, lang) =>
  new TitleCardView(cue.heading[lang] ?? '', cue.subheading?.[lang]);
