// Reads the plan files (plans/<id>.json) that an exhibit's plan cues name, once each however many
// cues name them. The loaded exhibit carries them (Exhibit.plans), so the kiosk fetches them at
// boot with the chapters and the service worker caches them with the rest of exhibits/<id>/.
import type { ContentError } from './errors.ts';
import { missingLanguages } from './missingLanguages.ts';
import { readJson } from './readFiles.ts';
import type { ContentReader } from './reader.ts';
import { planFile, planProblems, type PlanFile } from '../cues/plan/schema.ts';

/** The plan ids named by a list of cues. */
export function planIds(cues: readonly { type: string; plan?: unknown }[]): string[] {
  const ids = cues.flatMap((c) =>
    c.type === 'plan' && typeof c.plan === 'string' ? [c.plan] : [],
  );
  return [...new Set(ids)];
}

/** Reads plans on demand; each file is read and checked once. */
export class PlanReader {
  private readonly reading = new Map<string, Promise<PlanFile | null | undefined>>();
  /** Problems in the plan files read so far, in the order they were first asked for. */
  readonly errors: ContentError[] = [];

  constructor(
    private readonly reader: ContentReader,
    private readonly langs: string[],
  ) {}

  /**
   * The plans with these ids: a plan, null for a file that is there but unusable (its problems
   * are in `errors`), and no entry for one that is missing (the cue's check names it).
   */
  async read(ids: string[]): Promise<Record<string, PlanFile | null>> {
    const found = await Promise.all(ids.map((id) => this.one(id)));
    const out: Record<string, PlanFile | null> = {};
    ids.forEach((id, i) => {
      if (found[i] !== undefined) out[id] = found[i]!;
    });
    return out;
  }

  /** Every plan read and usable, by id. */
  async all(): Promise<Record<string, PlanFile>> {
    const out: Record<string, PlanFile> = {};
    for (const [id, p] of this.reading) {
      const plan = await p;
      if (plan) out[id] = plan;
    }
    return out;
  }

  private one(id: string) {
    let p = this.reading.get(id);
    if (!p) {
      p = this.load(id);
      this.reading.set(id, p);
    }
    return p;
  }

  private async load(id: string): Promise<PlanFile | null | undefined> {
    const path = `plans/${id}.json`;
    const own: ContentError[] = [];
    const plan = await readJson(this.reader, path, planFile, own);
    // A missing file is the cue's problem (an unknown id), told there with the cue's path.
    if (own.length === 1 && own[0]!.message.startsWith('file not found')) return undefined;
    const file = this.reader.exhibitLabel(path);
    if (plan) {
      for (const [at, message] of planProblems(plan, id)) own.push({ file, path: at, message });
      own.push(...planTexts(plan, this.langs, file));
    }
    this.errors.push(...own);
    return plan && !own.length ? plan : null;
  }
}

/** Every text of a plan in every language of the exhibit. */
function planTexts(plan: PlanFile, langs: string[], file: string): ContentError[] {
  const m = (v: Record<string, string>, at: string) => missingLanguages(v, langs, file, at);
  return [
    ...m(plan.name, 'name'),
    ...m(plan.source, 'source'),
    ...plan.zones.flatMap((z, i) => m(z.name, `zones[${i}].name`)),
    ...plan.gates.flatMap((g, i) => (g.name ? m(g.name, `gates[${i}].name`) : [])),
    ...plan.routes.flatMap((r, i) => (r.label ? m(r.label, `routes[${i}].label`) : [])),
    ...plan.labels.flatMap((l, i) => m(l.text, `labels[${i}].text`)),
  ];
}
