// Writes the field tables of docs/content-format.md from the content schema's JSON Schema, so the
// documentation cannot drift from what the validator accepts.

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  description?: string;
  items?: Json;
  additionalProperties?: Json | boolean;
  anyOf?: Json[];
  oneOf?: Json[];
  const?: unknown;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
};

function kind(s: Json): string {
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' or ');
  if (s.anyOf && !s.type) return s.anyOf.map(kind).join(', or ');
  if (s.type === 'array') {
    const most = s.maxItems !== undefined ? ` (at most ${s.maxItems})` : '';
    if (s.items?.oneOf || s.items?.anyOf) return `list of cues${most} (types below)`;
    return `list${most} of ${s.items ? kind(s.items) : 'values'}`;
  }
  if (s.type === 'string' && s.maxLength !== undefined)
    return `text, at most ${s.maxLength} characters`;
  if (
    s.type === 'object' &&
    s.additionalProperties &&
    typeof s.additionalProperties === 'object' &&
    !s.properties
  ) {
    return `per language: ${kind(s.additionalProperties)}`;
  }
  if (s.type === 'object') return 'object';
  if (s.type === 'integer' || s.type === 'number') {
    const range =
      s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum}–${s.maximum}` : '';
    return `${s.type === 'integer' ? 'whole number' : 'number'}${range}`;
  }
  return String(s.type ?? 'value');
}

/** Rows `| field | required? | type | meaning |` for an object schema and its nested objects. */
export function fieldRows(schema: Json, prefix = ''): string[] {
  const rows: string[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    if (name === '$schema') continue;
    const path = `${prefix}${name}`;
    const required = schema.required?.includes(name) && field.default === undefined ? 'yes' : 'no';
    const def =
      field.default !== undefined ? ` Default: \`${JSON.stringify(field.default)}\`.` : '';
    rows.push(
      `| \`${path}\` | ${required} | ${kind(field)} | ${(field.description ?? '').replace(/\|/g, '\\|')}${def} |`,
    );
    if (field.properties) rows.push(...fieldRows(field, `${path}.`));
    const inner = field.additionalProperties;
    if (inner && typeof inner === 'object' && inner.properties)
      rows.push(...fieldRows(inner, `${path}.<lang>.`));
  }
  return rows;
}

/** A Markdown table for an object schema. */
export function fieldTable(schema: Json): string {
  return [
    '| field | required? | type | meaning |',
    '| --- | --- | --- | --- |',
    ...fieldRows(schema),
  ].join('\n');
}

/** The section of one cue type: its heading, its field table and its fixture as an example. */
export function cueSection(schema: Json, example: unknown): string {
  const type = String(schema.properties?.type?.const);
  const one = JSON.stringify(example, null, 1).replace(/\n\s*/g, ' ');
  return `### Cue type \`${type}\`: ${schema.description ?? ''}\n\n${fieldTable(schema)}\n\nA minimal one: \`${one}\``;
}
