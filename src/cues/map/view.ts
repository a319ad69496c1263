// Draws a map cue: the base map, its places and routes, framed by its focus.
import type { CueViewFactory } from '../views.ts';
import { MapView } from './MapView.ts';

/** The map view for a map cue. */
export const mapView: CueViewFactory<'map'> = (cue, lang, options, places) =>
  new MapView(cue, places, lang, !options.reducedMotion);
