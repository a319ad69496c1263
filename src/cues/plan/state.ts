// What a plan cue's steps have done by a point in the narration: they build up, each adding to
// the one before (no Pixi here, so unit tests read it).
import type { PlanStep, ZoneState } from './index.ts';

/** What the steps so far have done to the plan. */
export interface PlanState {
  breached: Set<string>;
  zones: Map<string, ZoneState>;
  routes: Set<string>;
}

/** The state after the first `count` steps: each step adds to the one before. */
export function stateAfter(steps: readonly PlanStep[], count: number): PlanState {
  const s: PlanState = { breached: new Set(), zones: new Map(), routes: new Set() };
  for (const step of steps.slice(0, count)) {
    step.breach?.forEach((id) => s.breached.add(id));
    for (const [id, z] of Object.entries(step.zones ?? {})) s.zones.set(id, z);
    step.routes?.forEach((id) => s.routes.add(id));
  }
  return s;
}
