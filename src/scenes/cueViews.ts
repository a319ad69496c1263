// Makes the view for any cue type: the one switch a new cue type extends (with its view file).
import type { Cue, Place } from '../content/schema.ts';
import type { CueView } from './CueView.ts';
import { DocumentView } from './DocumentView.ts';
import { FigureView } from './FigureView.ts';
import { MapView } from './MapView.ts';
import { QuoteView } from './QuoteView.ts';
import type { SceneOptions } from './Scene.ts';
import { TimelineView } from './TimelineView.ts';
import { TitleCardView } from './TitleCardView.ts';

/** Makes the view for a cue in a language. New cue types add a case here and a view file. */
export function cueView(
  cue: Cue,
  lang: string,
  options: SceneOptions,
  places: Record<string, Place>,
): CueView {
  switch (cue.type) {
    case 'title':
      return new TitleCardView(cue.heading[lang] ?? '', cue.subheading?.[lang]);
    case 'figure':
      return new FigureView(
        cue.value,
        cue.label[lang] ?? '',
        cue.source[lang] ?? '',
        lang,
        !!cue.approximate,
        !options.reducedMotion,
      );
    case 'timeline':
      return new TimelineView(
        cue.from,
        cue.to,
        cue.events.map((e) => ({ year: e.year, label: e.label[lang] ?? '' })),
        cue.highlight,
      );
    case 'map':
      return new MapView(cue, places, lang, !options.reducedMotion);
    case 'document':
      return new DocumentView(
        cue.heading[lang] ?? '',
        cue.lines.map((l) => l[lang] ?? ''),
        cue.source[lang] ?? '',
        !options.reducedMotion,
      );
    case 'quote':
      return new QuoteView(
        cue.text[lang] ?? '',
        cue.attribution[lang] ?? '',
        cue.source[lang] ?? '',
        lang,
      );
  }
}
