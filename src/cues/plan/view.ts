// Draws a plan cue: the plan file it names, in the visitor's language, marked "Schematic".
import type { CueViewFactory } from '../views.ts';
import { plan as definition } from './index.ts';
import { PlanView } from './PlanView.ts';

/** The plan view for a plan cue; the loader has checked that its plan exists. */
export const planView: CueViewFactory<'plan'> = (cue, lang, options, _places, plans = {}) => {
  const plan = plans[cue.plan];
  if (!plan) throw new Error(`plan "${cue.plan}" was not loaded with the exhibit`);
  const words = definition.words[lang as keyof typeof definition.words] ?? definition.words.en;
  return new PlanView(plan, cue, lang, words.schematic, !options.reducedMotion);
};
