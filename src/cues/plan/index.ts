// The plan cue: a site plan from the exhibit's vector data (plans/<id>.json, schema.ts) whose
// steps change with the narration: a wall broken open, a zone joined or taken, a route drawn.
// Its schema, its audio-description words, its check and a fixture. Its view is view.ts.
import { z } from 'zod';
import { kebabId, shown, upTo } from '../../content/fields.ts';
import type { ContentError } from '../../content/errors.ts';
import { missingLanguages } from '../../content/missingLanguages.ts';
import { commonCueFields, cueTiming } from '../fields.ts';
import { defineCue, type CheckContext } from '../types.ts';
import type { PlanFile } from './schema.ts';

/** What a step makes of a zone: held by the prisoners (joined), taken by troops, or as drawn. */
export const ZONE_STATES = ['joined', 'taken', 'plain'] as const;
export type ZoneState = (typeof ZONE_STATES)[number];

/** One change to the plan, at its own time; changes build up. */
export const planStep = z.strictObject({
  ...cueTiming,
  caption: shown('planCaption').describe(
    'What this step shows, per language, beside the plan (and said by audio description).',
  ),
  breach: z
    .array(kebabId, { error: 'expected a list of wall ids from the plan' })
    .optional()
    .describe('Walls broken open in this step (drawn as a gap, in rust): ids of `walls`.'),
  zones: z
    .record(
      kebabId,
      z.enum(ZONE_STATES, { error: `expected a zone state: ${ZONE_STATES.join(', ')}` }),
      { error: 'expected zone states by id, such as { "women-zone": "joined" }' },
    )
    .optional()
    .describe(
      'Zones that change: "joined" (held by the prisoners, hatched in the accent), "taken" (by troops, hatched in rust) or "plain".',
    ),
  routes: z
    .array(kebabId, { error: 'expected a list of route ids from the plan' })
    .optional()
    .describe('Routes drawn in this step, with their arrow: ids of `routes`.'),
});

export type PlanStep = z.output<typeof planStep>;

/** A plan: the file `plans/<plan>.json`, marked "Schematic" with its source, changed by `steps`. */
export const planCue = z
  .strictObject({
    type: z.literal('plan'),
    ...commonCueFields,
    plan: kebabId.describe('The plan to draw: the id of `plans/<id>.json` in the exhibit folder.'),
    caption: shown('planCaption')
      .optional()
      .describe('Shown beside the plan before its first step, per language.'),
    steps: upTo(z.array(planStep, { error: 'expected a list of steps' }), 'planSteps', 'steps')
      .min(1, { error: 'expected at least one step' })
      .describe('Changes in time order, each at its own `at` or `sentence`; they build up.'),
  })
  .describe('Plan');

/** A plan cue as the kiosk uses it. */
export type PlanCue = z.output<typeof planCue>;

/** The plan exists, and every wall, zone and route a step names is in it. */
function checkPlan(cue: PlanCue, { file, path, plans, langs }: CheckContext): ContentError[] {
  // Step captions sit one level down, where the chapter check's language sweep does not look.
  const texts = cue.steps.flatMap((s, i) =>
    missingLanguages(s.caption, langs, file, `${path}.steps[${i}].caption`),
  );
  return [...texts, ...checkTargets(cue, file, path, plans)];
}

function checkTargets(
  cue: PlanCue,
  file: string,
  path: string,
  plans: CheckContext['plans'],
): ContentError[] {
  const plan = plans?.[cue.plan];
  if (plan === null) return []; // its file is there but unusable: the loader named its problems
  if (!plan)
    return [
      {
        file,
        path: `${path}.plan`,
        message: `unknown plan "${cue.plan}": add plans/${cue.plan}.json to the exhibit folder or fix the id`,
      },
    ];
  const errors: ContentError[] = [];
  const known = (ids: string[], id: string, what: string, at: string) => {
    if (!ids.includes(id))
      errors.push({
        file,
        path: `${path}.${at}`,
        message: `no ${what} "${id}" in plans/${cue.plan}.json: use one of ${ids.join(', ') || '(none)'}`,
      });
  };
  const walls = plan.walls.map((w) => w.id);
  const zones = plan.zones.map((z) => z.id);
  const routes = plan.routes.map((r) => r.id);
  cue.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    if (step.at !== undefined && step.sentence !== undefined)
      errors.push({
        file,
        path: `${path}.${at}`,
        message: 'give either "at" or "sentence", not both',
      });
    if (step.at === undefined && step.sentence === undefined)
      errors.push({
        file,
        path: `${path}.${at}`,
        message: 'expected "at" or "sentence": when it shows',
      });
    step.breach?.forEach((id, j) => known(walls, id, 'wall', `${at}.breach[${j}]`));
    Object.keys(step.zones ?? {}).forEach((id) => known(zones, id, 'zone', `${at}.zones.${id}`));
    step.routes?.forEach((id, j) => known(routes, id, 'route', `${at}.routes[${j}]`));
  });
  return errors;
}

type Words = { plan: string; schematic: string };

/** The plan cue type. */
export const plan = defineCue({
  type: 'plan',
  schema: planCue,
  words: {
    en: { plan: 'A plan', schematic: 'Schematic' },
    ru: { plan: 'План', schematic: 'Схема' },
    uk: { plan: 'План', schematic: 'Схема' },
  } satisfies Record<string, Words>,
  // The plan's name, then what it shows now (the caption before the first step, or the first
  // step's when it comes with the cue); the source closes it, as on screen.
  describe: (cue, { words, common, say, plan: find }) => {
    const data: PlanFile | undefined = find?.(cue.plan);
    const first = cue.steps[0];
    const now =
      cue.caption ??
      (first && (first.at ?? 0) <= (cue.at ?? 0) && first.sentence === cue.sentence
        ? first.caption
        : undefined);
    return [
      `${words.plan}: ${data ? say(data.name) : cue.plan}`,
      now ? { text: say(now), clip: true } : '',
      words.schematic,
      data ? { text: `${common.source}: ${say(data.source)}`, clip: true, drop: 2 } : '',
    ];
  },
  fixture: {
    type: 'plan',
    at: 0,
    plan: 'test-camp',
    steps: [{ at: 0, caption: { en: 'The dividing wall is broken open.' }, breach: ['breach'] }],
  },
  check: checkPlan,
});
