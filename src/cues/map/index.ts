// The map cue: its schema, its audio-description words, its check and a fixture. Its view is
// view.ts; the base map under it is src/scenes/map/.
import { z } from 'zod';
import { kebabId, num, shown, upTo } from '../../content/fields.ts';
import type { ContentError } from '../../content/errors.ts';
import { commonCueFields } from '../fields.ts';
import { defineCue, type CheckContext, type Said } from '../types.ts';

/**
 * A number set on the map as its largest type, its source beneath: with `emphasis: "toll"` a death
 * toll. A caption is never where a toll lives (docs/extending.md, "Maps").
 */
export const mapFigure = z
  .strictObject({
    value: num(0, 1e9, 'a number from 0 to 1,000,000,000').describe('The number shown.'),
    to: num(0, 1e9, 'a number from 0 to 1,000,000,000')
      .optional()
      .describe('The upper end when counts differ, e.g. 42 to 53: shown as "42–53".'),
    label: shown('figureLabel').describe('What the number counts, per language.'),
    source: shown('source').describe('Whose count it is, per language, e.g. "MVD commission".'),
    emphasis: z
      .literal('toll', { error: 'expected "toll" (the dead), or leave `emphasis` out' })
      .optional()
      .describe('"toll": the number counts the dead, and is set as the gravest fact on screen.'),
  })
  .describe('Map figure');

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
    figure: mapFigure
      .optional()
      .describe('A number (a toll, with `emphasis: "toll"`) set large beside the map.'),
    arcticCircle: z
      .boolean()
      .optional()
      .describe('Draws and names the Arctic Circle, where the narration speaks of it.'),
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
  if (cue.figure?.to !== undefined && cue.figure.to <= cue.figure.value)
    errors.push({
      file,
      path: `${path}.figure.to`,
      message: `expected more than figure.value (${cue.figure.value}), or leave \`to\` out`,
    });
  return errors;
}

type RouteWords = (from: string, to: string) => string;

/** A figure's number as shown and spoken: "42–53", "1,700". */
export function figureText(f: { value: number; to?: number }, lang: string): string {
  const n = new Intl.NumberFormat(lang);
  return f.to === undefined ? n.format(f.value) : `${n.format(f.value)}–${n.format(f.to)}`;
}

/** The map cue type. */
export const map = defineCue({
  type: 'map',
  schema: mapCue,
  words: {
    en: {
      map: 'A map',
      routes: ((f, t) => `A map of routes from ${f} to ${t}`) as RouteWords,
      arcticCircle: 'Arctic Circle',
      km: 'km',
    },
    ru: {
      map: 'Карта',
      routes: ((f, t) => `Карта маршрутов. Откуда: ${f}. Куда: ${t}`) as RouteWords,
      arcticCircle: 'Северный полярный круг',
      km: 'км',
    },
    uk: {
      map: 'Карта',
      routes: ((f, t) => `Карта маршрутів. Звідки: ${f}. Куди: ${t}`) as RouteWords,
      arcticCircle: 'Північне полярне коло',
      km: 'км',
    },
  },
  // Short: where the routes run, or the place it points to, or its places; then its figure (a
  // toll is said before the caption, as it is the largest thing on screen, and always with its
  // source), then its caption, cut or left out when the description is long.
  describe: (cue, { words, common, say, place, lang }) => {
    const starts = [...new Set(cue.routes?.map((r) => place(r.from)))];
    const ends = [...new Set(cue.routes?.map((r) => place(r.to)))];
    const parts: Said[] = [];
    if (starts.length) parts.push(words.routes(starts.join(', '), ends.join(', ')));
    else if (cue.highlight) parts.push(words.map, common.highlighted(place(cue.highlight)));
    else parts.push(`${words.map}: ${cue.places.map(place).join(', ')}`);
    if (cue.figure) {
      const toll = cue.figure.emphasis === 'toll';
      parts.push({
        text: `${figureText(cue.figure, lang)} — ${say(cue.figure.label)}`,
        clip: true,
      });
      parts.push({
        text: `${common.source}: ${say(cue.figure.source)}`,
        clip: true,
        drop: toll ? 0 : 2,
      });
    }
    if (cue.caption) parts.push({ text: say(cue.caption), clip: true, drop: 1 });
    return parts;
  },
  fixture: { type: 'map', at: 0, places: ['norilsk'] },
  check: checkMap,
});
