// Every cue type, listed once. The content schema's union, the describer, the content checks and
// the docs generator read this list; the stage reads views.ts, typed so that every type listed
// here must have a view there.
//
// Why two lists: this one holds data (zod schemas, words, fixtures) that the machine, the content
// loader and the Node scripts import; the views draw with Pixi, which none of those may load (the
// machine's lint wall, tests/unit/machineWall.test.ts, and Node scripts that have no canvas). So a
// new cue type is one folder, one line here and one line in views.ts; the compiler asks for the
// second as soon as the first is written.
import { z } from 'zod';
import { document } from './document/index.ts';
import { figure } from './figure/index.ts';
import { image } from './image/index.ts';
import { map } from './map/index.ts';
import { memorial } from './memorial/index.ts';
import { object } from './object/index.ts';
import { plan } from './plan/index.ts';
import { person } from './person/index.ts';
import { quote } from './quote/index.ts';
import { timeline } from './timeline/index.ts';
import { title } from './title/index.ts';
import { video } from './video/index.ts';
import type { CueDefinition, CueSchema } from './types.ts';

/** Every cue type by its `type`, in the order the documentation lists them. */
export const CUES = {
  title,
  figure,
  timeline,
  map,
  plan,
  image,
  object,
  video,
  person,
  document,
  quote,
  memorial,
};

// Each entry's key is its own `type`: `{ map: title }` fails to compile here.
CUES satisfies { [T in keyof typeof CUES]: { type: T } };

/** A cue type's name: "title", "figure", … */
export type CueType = keyof typeof CUES;

/** The schema of any registered cue type. */
type AnyCueSchema = (typeof CUES)[CueType]['schema'];

/** Any cue, as validated. */
export type Cue = z.output<AnyCueSchema>;

/** The cue of type `T`. */
export type CueOf<T extends CueType> = Extract<Cue, { type: T }>;

/** The registered cue types, in registry order. */
export const CUE_TYPES = Object.keys(CUES) as CueType[];

/**
 * The union of these cue types' schemas, told apart by `type`: the content schema's `cue` is this
 * over CUES; tests make one over CUES plus a throwaway type.
 */
export function cueUnion<C extends Record<string, { schema: CueSchema }>>(cues: C) {
  type S = C[keyof C]['schema'];
  const schemas = Object.values(cues).map((c) => c.schema) as [S, ...S[]];
  return z.discriminatedUnion('type', schemas, {
    error: `expected a cue with a known "type": ${Object.keys(cues).join(', ')}`,
  });
}

/**
 * The definition of `type`, with the cue-specific parts widened so that one call site can serve
 * every type (TypeScript cannot correlate `CUES[cue.type]` with `cue` by itself).
 */
export function cueDefinition(type: CueType): CueDefinition<string, CueSchema, unknown> {
  return CUES[type] as unknown as CueDefinition<string, CueSchema, unknown>;
}
