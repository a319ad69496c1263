// `npm run content:schema`: writes JSON Schemas for exhibit and chapter files into docs/, so that
// editors offer autocompletion and inline errors through each file's "$schema" field.
// It also writes the field tables of docs/content-format.md between its GENERATED markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { chapterFile, exhibitFile } from '../src/content/schema.ts';
import { CUES } from '../src/cues/registry.ts';
import { cueSection, fieldTable } from './fieldTable.ts';

type Schema = Parameters<typeof fieldTable>[0];
const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' }) as Schema;
const DOC = 'docs/content-format.md';

/** The generated text of each file: the two JSON Schemas and the documentation with fresh tables. */
export function schemaTexts(): Record<string, string> {
  const emit = (schema: z.ZodType) => `${JSON.stringify(json(schema), null, 2)}\n`;
  const tables = [
    '### `exhibit.json`',
    fieldTable(json(exhibitFile)),
    '### `chapters/<id>.json`',
    fieldTable(json(chapterFile)),
    // One section per registered cue type (src/cues/registry.ts), with its fixture as an example.
    ...Object.values(CUES).map((c) => cueSection(json(c.schema), c.fixture)),
  ].join('\n\n');
  const doc = readFileSync(DOC, 'utf8').replace(
    /(<!-- GENERATED:START[^>]*-->)[\s\S]*(<!-- GENERATED:END -->)/,
    (_m, start: string, end: string) => `${start}\n\n${tables}\n\n${end}`,
  );
  return {
    'docs/exhibit.schema.json': emit(exhibitFile),
    'docs/chapter.schema.json': emit(chapterFile),
    [DOC]: doc,
  };
}

if (process.argv[1]?.endsWith('emitSchema.ts')) {
  for (const [file, text] of Object.entries(schemaTexts())) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
