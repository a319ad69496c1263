// `npm run content:schema`: writes JSON Schemas for exhibit, chapter and plan files and for a
// kiosk's kiosk.json into docs/, so that editors offer autocompletion and inline errors through
// each file's "$schema" field.
// It also writes the field tables of docs/content-format.md between its GENERATED markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { chapterFile, exhibitFile } from '../src/content/schema.ts';
import { CUES } from '../src/cues/registry.ts';
import { planStep } from '../src/cues/plan/index.ts';
import { kioskFileSchema } from '../src/kiosk/kioskFile.ts';
import * as plan from '../src/cues/plan/schema.ts';
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
    '### `plans/<id>.json`',
    fieldTable(json(plan.planFile)),
    // A plan's parts and a plan cue's steps are lists of objects: a table each.
    ...(
      [
        ['zones', plan.planZone],
        ['buildings', plan.planBuilding],
        ['walls', plan.planWall],
        ['gates', plan.planGate],
        ['routes', plan.planRoute],
        ['labels', plan.planLabel],
      ] as const
    ).flatMap(([name, schema]) => [`#### A plan's \`${name}\``, fieldTable(json(schema))]),
    // One section per registered cue type (src/cues/registry.ts), with its fixture as an example.
    ...Object.values(CUES).flatMap((c) => [
      cueSection(json(c.schema), c.fixture),
      // A plan cue's steps are a list of objects, with a table of their own.
      ...(c.type === 'plan' ? ["#### A plan cue's `steps`", fieldTable(json(planStep))] : []),
    ]),
  ].join('\n\n');
  const doc = readFileSync(DOC, 'utf8').replace(
    /(<!-- GENERATED:START[^>]*-->)[\s\S]*(<!-- GENERATED:END -->)/,
    (_m, start: string, end: string) => `${start}\n\n${tables}\n\n${end}`,
  );
  return {
    'docs/exhibit.schema.json': emit(exhibitFile),
    'docs/chapter.schema.json': emit(chapterFile),
    'docs/plan.schema.json': emit(plan.planFile),
    'docs/kiosk.schema.json': emit(kioskFileSchema),
    [DOC]: doc,
  };
}

if (process.argv[1]?.endsWith('emitSchema.ts')) {
  for (const [file, text] of Object.entries(schemaTexts())) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
