// Draws a timeline cue: its axis and events, the highlighted one brought forward.
import type { CueViewFactory } from '../views.ts';
import { TimelineView } from './TimelineView.ts';

/** The timeline view for a timeline cue. */
export const timelineView: CueViewFactory<'timeline'> = (cue, lang) =>
  new TimelineView(
    cue.from,
    cue.to,
    cue.events.map((e) => ({ year: e.year, label: e.label[lang] ?? '' })),
    cue.highlight,
  );
