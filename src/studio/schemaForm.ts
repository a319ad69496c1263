// JSON Schema (as GET `schemas` gives it, made by zod's toJSONSchema) -> the fields of a form.
// Pure: no DOM. A new cue type's schema becomes a form with no studio code; a shape this does not
// know becomes a JSON text area, checked as the curator types.

/** The subset of JSON Schema the studio reads. */
export interface JSONSchema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  description?: string;
  title?: string;
  properties?: Record<string, JSONSchema>;
  required?: string[];
  additionalProperties?: boolean | JSONSchema;
  propertyNames?: JSONSchema;
  items?: JSONSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  anyOf?: JSONSchema[];
  oneOf?: JSONSchema[];
  allOf?: JSONSchema[];
  default?: unknown;
}

/** A path into a value: keys and list indexes. */
export type Path = (string | number)[];

interface Base {
  key: string;
  path: Path;
  label: string;
  help: string;
  required: boolean;
}

/** One field of a generated form. */
export type Field =
  | (Base & { kind: 'text'; maxLength?: number; minLength?: number; pattern?: string })
  | (Base & { kind: 'number'; integer: boolean; min?: number; max?: number })
  | (Base & { kind: 'boolean' })
  | (Base & { kind: 'enum'; options: string[] })
  /** Text per language: one input per exhibit language. */
  | (Base & { kind: 'localized'; maxLength?: number })
  | (Base & { kind: 'object'; fields: Field[] })
  | (Base & { kind: 'list'; item: JSONSchema; max?: number })
  /** Anything else: JSON in a text area. */
  | (Base & { kind: 'json'; schema: JSONSchema });

/** "durationSeconds" -> "Duration seconds". */
export function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const typeOf = (s: JSONSchema) => (Array.isArray(s.type) ? s.type[0] : s.type);

/** A localized text field: an object keyed by language codes with string values. */
export function isLocalized(s: JSONSchema): boolean {
  const add = s.additionalProperties;
  return (
    typeOf(s) === 'object' &&
    !s.properties &&
    typeof add === 'object' &&
    typeOf(add) === 'string' &&
    !!s.propertyNames?.pattern
  );
}

/** The string enum a schema allows, if it is one (an enum, or a union of consts). */
function enumOf(s: JSONSchema): string[] | undefined {
  if (s.enum?.every((v) => typeof v === 'string')) return s.enum as string[];
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.every((a) => typeof a.const === 'string')) return alts.map((a) => a.const as string);
  return undefined;
}

/** One field for the property `key` of schema `s` at `path`. */
export function fieldOf(key: string, s: JSONSchema, path: Path, required: boolean): Field {
  const base: Base = { key, path, label: labelOf(key), help: s.description ?? '', required };
  const options = enumOf(s);
  if (options) return { ...base, kind: 'enum', options };
  const t = typeOf(s);
  if (t === 'string' && !s.anyOf && !s.oneOf)
    return {
      ...base,
      kind: 'text',
      ...(s.maxLength !== undefined && { maxLength: s.maxLength }),
      ...(s.minLength !== undefined && { minLength: s.minLength }),
      ...(s.pattern !== undefined && { pattern: s.pattern }),
    };
  if (t === 'number' || t === 'integer')
    return {
      ...base,
      kind: 'number',
      integer: t === 'integer',
      ...(s.minimum !== undefined && { min: s.minimum }),
      ...(s.maximum !== undefined && { max: s.maximum }),
    };
  if (t === 'boolean') return { ...base, kind: 'boolean' };
  if (isLocalized(s)) {
    const add = s.additionalProperties as JSONSchema;
    return {
      ...base,
      kind: 'localized',
      ...(add.maxLength !== undefined && { maxLength: add.maxLength }),
    };
  }
  if (t === 'object' && s.properties) return { ...base, kind: 'object', fields: fieldsOf(s, path) };
  if (t === 'array' && s.items && simpleItem(s.items))
    return {
      ...base,
      kind: 'list',
      item: s.items,
      ...(s.maxItems !== undefined && { max: s.maxItems }),
    };
  return { ...base, kind: 'json', schema: s };
}

/** A list's items get a form of their own when they are text, numbers, localized text or objects of those. */
function simpleItem(s: JSONSchema): boolean {
  const f = fieldOf('item', s, [], false);
  if (f.kind === 'json' || f.kind === 'list') return false;
  if (f.kind === 'object') return f.fields.every((x) => x.kind !== 'json' && x.kind !== 'list');
  return true;
}

/** The fields of an object schema, in its order; `type` (a constant) is left out. */
export function fieldsOf(schema: JSONSchema, path: Path = [], skip: string[] = []): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key, s]) => s.const === undefined && !skip.includes(key))
    .map(([key, s]) => fieldOf(key, s, [...path, key], required.has(key)));
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: Path): unknown {
  let v: unknown = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/**
 * `value` with `path` set to `next` (a copy along the path); undefined or '' removes the key, so
 * an emptied optional field leaves no `""` behind in the file.
 */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (!path.length) return next;
  const [k, ...rest] = path as [string | number, ...Path];
  const here =
    value !== null && typeof value === 'object'
      ? Array.isArray(value)
        ? [...value]
        : { ...(value as object) }
      : typeof k === 'number'
        ? []
        : {};
  const child = setAt((here as Record<string | number, unknown>)[k], rest, next);
  const empty =
    child === undefined ||
    child === '' ||
    (child !== null &&
      typeof child === 'object' &&
      !Array.isArray(child) &&
      !Object.keys(child).length);
  if (Array.isArray(here) && typeof k === 'number') here[k] = child;
  else if (empty) delete (here as Record<string, unknown>)[k];
  else (here as Record<string, unknown>)[k] = child;
  return here;
}

/** `cues[0].heading.en`: a path as the checker prints it, without the cue type. */
export function pathString(path: Path): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/**
 * A checker's path in the form of `pathString`: `cues[0](type = title).text.en` ->
 * `cues[0].text.en`; a caption cue's `sentence 2` -> `script[1]`.
 */
export function normalizeErrorPath(path: string): string {
  const sentence = /^sentence (\d+)$/.exec(path.trim());
  if (sentence) return `script[${Number(sentence[1]) - 1}]`;
  return path.replace(/\(type = [^)]*\)/g, '').trim();
}

/**
 * Which of the form's field paths an error belongs to: the field itself, else the nearest field
 * that holds it (an error in `rights.licence` with only `rights` shown), else undefined (then it
 * goes in the list at the top).
 */
export function matchErrorPath(errorPath: string, fieldPaths: string[]): string | undefined {
  let p = normalizeErrorPath(errorPath);
  const known = new Set(fieldPaths);
  while (p) {
    if (known.has(p)) return p;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
  return undefined;
}

/** Problems with the required fields of `value` against `schema`, as `{path, message}` (recursive). */
export function missingRequired(
  schema: JSONSchema,
  value: unknown,
  path: Path = [],
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const f of fieldsOf(schema, path)) {
    const v = getAt(value, [f.key]);
    const empty =
      v === undefined ||
      v === '' ||
      (f.kind === 'localized' && (typeof v !== 'object' || !Object.values(v ?? {}).some(Boolean)));
    if (f.required && empty)
      out.push({ path: pathString(f.path), message: `${f.label} is needed` });
    if (f.kind === 'object' && (f.required || v !== undefined))
      out.push(...missingRequired(schema.properties![f.key]!, v, f.path));
  }
  return out;
}

/** A JSON text area's value: parsed, or why not. */
export function parseJsonField(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  if (!text.trim()) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
}
