// The view of every cue type, for the stage: the scene-side half of the registry (registry.ts says
// why there are two). Typed over the registry's types, so a cue type without a view fails to compile.
import type { Place } from '../content/schema.ts';
import type { CueView } from '../scenes/CueView.ts';
import type { SceneOptions } from '../scenes/Scene.ts';
import { documentView } from './document/view.ts';
import { figureView } from './figure/view.ts';
import { imageView } from './image/view.ts';
import { prepareMaps } from './map/prepare.ts';
import { mapView } from './map/view.ts';
import { memorialView } from './memorial/view.ts';
import { objectView } from './object/view.ts';
import type { PlanFile } from './plan/schema.ts';
import { planView } from './plan/view.ts';
import { personView } from './person/view.ts';
import { quoteView } from './quote/view.ts';
import type { CueOf, CueType } from './registry.ts';
import { timelineView } from './timeline/view.ts';
import { titleView } from './title/view.ts';
import { prepareFilms } from './video/prepare.ts';
import { videoView } from './video/view.ts';

/** Makes the view of one cue type in a language. */
export type CueViewFactory<T extends CueType> = (
  cue: CueOf<T>,
  lang: string,
  options: SceneOptions,
  places: Record<string, Place>,
  /** The exhibit's plans by id (plan cues draw them). */
  plans?: Record<string, PlanFile>,
) => CueView;

/** Every cue type's view, by type. */
export const VIEWS: { [T in CueType]: CueViewFactory<T> } = {
  title: titleView,
  figure: figureView,
  timeline: timelineView,
  map: mapView,
  plan: planView,
  document: documentView,
  quote: quoteView,
  image: imageView,
  object: objectView,
  video: videoView,
  person: personView,
  memorial: memorialView,
};

/** Makes the view for a cue in a language. */
export function cueView(
  cue: CueOf<CueType>,
  lang: string,
  options: SceneOptions,
  places: Record<string, Place>,
  plans: Record<string, PlanFile> = {},
): CueView {
  // One call site for every type: TypeScript cannot pair VIEWS[cue.type] with cue on its own.
  const make = VIEWS[cue.type] as CueViewFactory<CueType>;
  return make(cue, lang, options, places, plans);
}

/**
 * What a cue type's views need once before the first is shown (a painted land, an answer from the
 * browser), done as the attract loop is built; most types need nothing.
 */
const PREPARE: { [T in CueType]?: () => void } = { map: prepareMaps, video: prepareFilms };

/** Prepares for the cue types an exhibit uses (each type's work once, however many cues). */
export function prepareViews(types: Iterable<CueType>): void {
  for (const type of new Set(types)) PREPARE[type]?.();
}
