// The map cue: its schema, its audio-description words, its check and a fixture. Its view is
// view.ts; the base map under it is src/scenes/map/.
import { z } from 'zod';
import { kebabId, shown, upTo } from '../../content/fields.ts';
import type { ContentError } from '../../content/errors.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue, type CheckContext } from '../types.ts';

/** A map: places from exhibit.json `places` as markers, routes between them, framed by `focus`. */
export const mapCue = z
  .strictObject({
    type: z.literal('map'),
    ...commonCueFields,
    places: upTo(
      z.array(kebabId, { error: 'expected a list of place ids from exhibit.json `places`' }),
      'mapPlaces',
      'places',
    )
      .min(1, { error: 'expected at least one place' })
      .describe('Places marked on the map: ids from exhibit.json `places`.'),
    focus: upTo(z.array(kebabId, { error: 'expected a list of place ids' }), 'mapPlaces', 'places')
      .optional()
      .describe(
        'Places the view frames (zooming and panning from the map before); all `places` if left out.',
      ),
    highlight: kebabId.optional().describe('One place to emphasise, e.g. the camp of the chapter.'),
    routes: upTo(
      z.array(
        z.strictObject({
          from: kebabId.describe('Place id the route starts at.'),
          to: kebabId.describe('Place id the route ends at.'),
        }),
        { error: 'expected a list of routes such as [{ "from": "lviv", "to": "norilsk" }]' },
      ),
      'mapPlaces',
      'routes',
    )
      .optional()
      .describe('Routes drawn as arcs, e.g. where prisoners came from.'),
    caption: shown('mapCaption').optional().describe('A line under the map, per language.'),
  })
  .describe('Map');

/** A map cue as the kiosk uses it. */
export type MapCue = z.output<typeof mapCue>;

/** A map names only places the exhibit defines, and frames places it marks. */
function checkMap(cue: MapCue, { file, path, placeIds }: CheckContext): ContentError[] {
  const errors: ContentError[] = [];
  const known = (id: string, at: string) => {
    if (!placeIds.includes(id))
      errors.push({
        file,
        path: `${path}.${at}`,
        message: `unknown place "${id}": add it to exhibit.json "places" or fix the id`,
      });
  };
  cue.places.forEach((id, j) => known(id, `places[${j}]`));
  cue.focus?.forEach((id, j) => known(id, `focus[${j}]`));
  if (cue.highlight) known(cue.highlight, 'highlight');
  cue.routes?.forEach((r, j) => {
    known(r.from, `routes[${j}].from`);
    known(r.to, `routes[${j}].to`);
  });
  return errors;
}

type RouteWords = (from: string, to: string) => string;

/** The map cue type. */
export const map = defineCue({
  type: 'map',
  schema: mapCue,
  words: {
    en: { map: 'A map', routes: ((f, t) => `A map of routes from ${f} to ${t}`) as RouteWords },
    ru: {
      map: 'Карта',
      routes: ((f, t) => `Карта маршрутов. Откуда: ${f}. Куда: ${t}`) as RouteWords,
    },
    uk: {
      map: 'Карта',
      routes: ((f, t) => `Карта маршрутів. Звідки: ${f}. Куди: ${t}`) as RouteWords,
    },
  },
  // Short: where the routes run, or the place it points to, or its places; then its caption.
  describe: (cue, { words, common, say, place }) => {
    const starts = [...new Set(cue.routes?.map((r) => place(r.from)))];
    const ends = [...new Set(cue.routes?.map((r) => place(r.to)))];
    const parts: string[] = [];
    if (starts.length) parts.push(words.routes(starts.join(', '), ends.join(', ')));
    else if (cue.highlight) parts.push(words.map, common.highlighted(place(cue.highlight)));
    else parts.push(`${words.map}: ${cue.places.map(place).join(', ')}`);
    if (cue.caption) parts.push(say(cue.caption));
    return parts;
  },
  fixture: { type: 'map', at: 0, places: ['norilsk'] },
  check: checkMap,
});
