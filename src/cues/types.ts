// What a cue type is: one folder under src/cues/ exporting a CueDefinition (this file) and a view
// factory (CueViewFactory, src/cues/views.ts). The compiler holds each part to its cue's own type.
import type { z } from 'zod';
import type { ContentError } from '../content/errors.ts';
import type { Lang } from '../i18n/registry.ts';
import type { DescriptionWords } from '../i18n/types.ts';
import type { PlanFile } from './plan/schema.ts';

/** The schema of a cue type: a strict object whose `type` is the literal `T`. */
export type CueSchema<T extends string = string> = z.ZodObject<
  { type: z.ZodLiteral<T> } & z.ZodRawShape
>;

/** Who reads a part of an audio description: the describer, or a second voice for quoted words. */
export type DescriptionVoice = 'describer' | 'reader';

/**
 * One phrase of a made audio description: a sentence of it. A plain string is a describer's phrase
 * that is always said.
 */
export interface Phrase {
  text: string;
  /** 'reader' for the words a quotation or a document's lines say; the describer's by default. */
  voice?: DescriptionVoice;
  /**
   * Left out while the description is over its budget: 3 first, then 2; 1 only after every list
   * is short and every phrase that may be cut is cut. Left out or 0: always said.
   */
  drop?: number;
  /** May be cut to its first sentence or clause to fit the budget. */
  clip?: boolean;
}

/** Phrases of which as many are said as fit, then `more(n)` for the n left unsaid. */
export interface PhraseList {
  items: Phrase[];
  /** "And 3 more lines": what is said of the rest. */
  more: (n: number) => string;
}

/** What a describer returns per phrase; '' is skipped. */
export type Said = string | Phrase | PhraseList;

/** What a describer is given: the language, its generic words, the cue type's own words, helpers. */
export interface DescribeContext<W> {
  lang: string;
  /** Words every cue type may use (src/i18n/<lang>.ts). */
  common: DescriptionWords;
  /** This cue type's own words in `lang` (its folder's `words`). */
  words: W;
  /** A text in `lang`, or '' where it has none. */
  say: (text: Record<string, string> | undefined) => string;
  /** A place's name in `lang`, or its id. */
  place: (id: string) => string;
  /** A plan file of the exhibit by id (plan cues), where the caller has read them. */
  plan?: (id: string) => PlanFile | undefined;
}

/** What the content checks give a cue type's own check. */
export interface CheckContext {
  file: string;
  /** The cue's path for errors, e.g. `cues[3](type = timeline)`. */
  path: string;
  langs: string[];
  placeIds: string[];
  /**
   * The exhibit's plan files that its cues name, by id (src/cues/plan/schema.ts); null for one
   * whose file is there but unusable (the loader reported it). Left out where none were read.
   */
  plans?: Record<string, PlanFile | null>;
}

/** One cue type. `W` is the shape of its description words. */
export interface CueDefinition<T extends string, S extends CueSchema<T>, W> {
  type: T;
  schema: S;
  /**
   * Its description words in every built-in language. Typed over the registered codes, so a new
   * language makes the compiler name each cue folder that still needs its words.
   */
  words: Record<Lang, W>;
  /**
   * The phrases of a made audio description, in the order they are said (each becomes a
   * sentence); never all empty. Phrases may be marked to drop or cut when the description is too
   * long (src/content/describe.ts keeps each within its budget), and quoted words as the reader's.
   */
  describe: (cue: z.output<S>, ctx: DescribeContext<W>) => Said[];
  /** A minimal valid cue of this type, for tests and the documentation. */
  fixture: z.input<S>;
  /** Checks the schema alone cannot make (across fields or files); none when left out. */
  check?: (cue: z.output<S>, ctx: CheckContext) => ContentError[];
}

/** Declares a cue type, inferring its type, schema and words from what it is given. */
export function defineCue<T extends string, S extends CueSchema<T>, W>(
  definition: CueDefinition<T, S, W>,
): CueDefinition<T, S, W> {
  return definition;
}
