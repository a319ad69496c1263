// `npm run content:schema`: writes JSON Schemas for exhibit and chapter files into docs/, so that
// editors offer autocompletion and inline errors through each file's "$schema" field.
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { chapterFile, exhibitFile } from '../src/content/schema.ts';

/** The JSON Schema text for each content file kind. */
export function schemaTexts(): Record<string, string> {
  const emit = (schema: z.ZodType) =>
    `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`;
  return {
    'docs/exhibit.schema.json': emit(exhibitFile),
    'docs/chapter.schema.json': emit(chapterFile),
  };
}

if (process.argv[1]?.endsWith('emitSchema.ts')) {
  for (const [file, text] of Object.entries(schemaTexts())) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
