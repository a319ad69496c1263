// A site plan's data: one file per plan, `plans/<id>.json` in the exhibit's folder, in plan units
// (metres, or a 0–1000 grid: whatever the source drawing uses; `size` gives the extent). Plan cues
// name it by id and change it step by step (index.ts). No Pixi here: the loader, the checks and
// the Node scripts read it.
import { z } from 'zod';
import { kebabId, num, shown, upTo } from '../../content/fields.ts';

/** A coordinate in plan units, x to the right and y down, within 0..100 000. */
const coordinate = num(0, 100_000, 'a coordinate in plan units from 0 to 100000');

/** A point [x, y] in plan units. */
export const planPoint = z
  .tuple([coordinate, coordinate], { error: 'expected a point [x, y] in plan units' })
  .describe('A point [x, y] in plan units, x to the right, y down.');

/** A list of points: a polyline, or a polygon's corners (it closes itself). */
function points(min: number, what: string) {
  return z
    .array(planPoint, { error: `expected a list of points [[x, y], …] (${what})` })
    .min(min, { error: `expected at least ${min} points (${what})` })
    .max(64, { error: 'expected at most 64 points: simplify the outline' });
}

/** What a zone is: its fill, and how audio description names it. */
export const ZONE_KINDS = [
  'camp',
  'women',
  'men',
  'service',
  'prison',
  'perimeter',
  'other',
] as const;

/** A zone: a fenced area such as a sub-camp, the women's zone or the service yard. */
export const planZone = z.strictObject({
  id: kebabId.describe('Id that steps name, e.g. "women-zone".'),
  kind: z
    .enum(ZONE_KINDS, { error: `expected a zone kind: ${ZONE_KINDS.join(', ')}` })
    .describe(
      "What the zone is: a sub-camp (camp), the women's or men's zone, the service yard (service), the camp prison, the fire zone between walls (perimeter), or other.",
    ),
  name: shown('planLabel').describe(
    'The zone\'s label on the plan, per language, e.g. "Women\'s zone".',
  ),
  points: points(3, 'a polygon').describe("The zone's outline: its corners, in order."),
  labelAt: planPoint
    .optional()
    .describe('Where its label is centred; the middle of its corners if left out.'),
});

/** A wall or fence: a polyline. A section that a step breaks open is a wall of its own. */
export const planWall = z.strictObject({
  id: kebabId.describe('Id that steps name, e.g. "west-wall" or "breach-1".'),
  points: points(2, 'a polyline').describe("The wall's line, from end to end."),
});

/** A gate: a point on a wall. */
export const planGate = z.strictObject({
  id: kebabId.describe('Id, e.g. "main-gate".'),
  at: planPoint.describe('Where the gate is.'),
  name: shown('planLabel').optional().describe('A label beside it, per language.'),
});

/** A building: a rectangle [x, y, width, height] or a polygon. */
export const planBuilding = z
  .strictObject({
    id: kebabId.optional().describe('Id, if anything names it.'),
    rect: z
      .tuple([coordinate, coordinate, coordinate, coordinate], {
        error: 'expected a rectangle [x, y, width, height] in plan units',
      })
      .optional()
      .describe('A rectangle [x, y, width, height]. Give this or `points`.'),
    points: points(3, 'a polygon').optional().describe("A polygon's corners. Give this or `rect`."),
  })
  .refine((b) => (b.rect === undefined) !== (b.points === undefined), {
    error: 'expected either "rect" or "points", not both or neither',
  });

/** A free label: a street, a yard, a compass word. */
export const planLabel = z.strictObject({
  at: planPoint.describe('Where the label is centred.'),
  text: shown('planLabel').describe('The label, per language.'),
});

/** A path drawn with an arrow when a step names it: an assault, a march. */
export const planRoute = z.strictObject({
  id: kebabId.describe('Id that steps name, e.g. "assault".'),
  kind: z
    .enum(['assault', 'movement'], { error: 'expected "assault" or "movement"' })
    .describe('An assault (drawn in rust, the colour of suppression) or another movement.'),
  points: points(2, 'a path').describe('The path from its start to where the arrow points.'),
  label: shown('planLabel')
    .optional()
    .describe('A label at its start, per language, e.g. "Tanks enter".'),
});

/** A plan file, `plans/<id>.json`. */
export const planFile = z.strictObject({
  $schema: z.string().optional(),
  id: kebabId.describe('Stable id; must match the file name. Plan cues name it in `plan`.'),
  name: shown('planName').describe(
    "The plan's name, per language, shown above it and said first by audio description.",
  ),
  source: shown('source').describe(
    'What it is drawn after, per language, e.g. "After the plan in …". Shown under "Schematic".',
  ),
  accent: z
    .enum(['ochre', 'frost'], { error: 'expected "ochre" (steppe) or "frost" (Arctic)' })
    .optional()
    .describe(
      "The place's accent for zones the prisoners hold: ochre for Kengir, frost for the Arctic camps.",
    ),
  size: z
    .tuple([num(1, 100_000), num(1, 100_000)], {
      error: "expected the plan's extent [width, height] in plan units",
    })
    .describe('The extent [width, height] in plan units; everything lies inside it.'),
  units: z
    .enum(['metres', 'grid'], { error: 'expected "metres" or "grid"' })
    .describe('What a plan unit is: a metre, or a step of a unitless grid.'),
  zones: upTo(z.array(planZone, { error: 'expected a list of zones' }), 'planParts', 'zones')
    .default([])
    .describe('Fenced areas, drawn first.'),
  buildings: upTo(
    z.array(planBuilding, { error: 'expected a list of buildings' }),
    'planParts',
    'buildings',
  )
    .default([])
    .describe('Barracks and other buildings, drawn over the zones.'),
  walls: upTo(z.array(planWall, { error: 'expected a list of walls' }), 'planParts', 'walls')
    .default([])
    .describe('Walls and fences.'),
  gates: upTo(z.array(planGate, { error: 'expected a list of gates' }), 'planParts', 'gates')
    .default([])
    .describe('Gates.'),
  routes: upTo(z.array(planRoute, { error: 'expected a list of routes' }), 'planParts', 'routes')
    .default([])
    .describe('Paths that steps draw, e.g. the route of an assault.'),
  labels: upTo(z.array(planLabel, { error: 'expected a list of labels' }), 'planParts', 'labels')
    .default([])
    .describe('Free labels.'),
});

/** A plan as loaded. */
export type PlanFile = z.output<typeof planFile>;
export type PlanZone = z.output<typeof planZone>;
export type PlanRoute = z.output<typeof planRoute>;
export type Point = readonly [number, number];

/** Everything in a plan that lies outside its `size`, and ids used twice, as [path, message]. */
export function planProblems(plan: PlanFile, expectedId: string): [string, string][] {
  const out: [string, string][] = [];
  if (plan.id !== expectedId)
    out.push([
      'id',
      `expected "${expectedId}" (the file name and the cue's "plan"), got "${plan.id}"`,
    ]);
  const [w, h] = plan.size;
  const inside = (p: Point, at: string) => {
    if (p[0] > w || p[1] > h)
      out.push([
        at,
        `expected a point inside the plan's size [${w}, ${h}], got [${p[0]}, ${p[1]}]`,
      ]);
  };
  plan.zones.forEach((z, i) => z.points.forEach((p, j) => inside(p, `zones[${i}].points[${j}]`)));
  plan.walls.forEach((z, i) => z.points.forEach((p, j) => inside(p, `walls[${i}].points[${j}]`)));
  plan.routes.forEach((z, i) => z.points.forEach((p, j) => inside(p, `routes[${i}].points[${j}]`)));
  plan.gates.forEach((g, i) => inside(g.at, `gates[${i}].at`));
  plan.labels.forEach((l, i) => inside(l.at, `labels[${i}].at`));
  const ids = new Map<string, string>();
  const unique = (id: string | undefined, at: string) => {
    if (!id) return;
    const before = ids.get(id);
    if (before)
      out.push([at, `id "${id}" is already used at ${before}: give each part its own id`]);
    else ids.set(id, at);
  };
  plan.zones.forEach((z, i) => unique(z.id, `zones[${i}].id`));
  plan.walls.forEach((z, i) => unique(z.id, `walls[${i}].id`));
  plan.gates.forEach((z, i) => unique(z.id, `gates[${i}].id`));
  plan.routes.forEach((z, i) => unique(z.id, `routes[${i}].id`));
  plan.buildings.forEach((z, i) => unique(z.id, `buildings[${i}].id`));
  return out;
}
