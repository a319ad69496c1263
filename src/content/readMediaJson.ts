// An optional JSON file the media pipeline writes beside an exhibit's media (descriptions.json,
// voices.json): not there (a 404 too) means the exhibit has none; there but unreadable, not JSON
// or not of its schema is a content error naming the file, and the caller gets nothing.
import { describeParseProblem, parseJson } from './jsonText.ts';
import type { z } from 'zod';
import { type ContentError, fromSchemaIssues, refused } from './errors.ts';
import type { ContentReader } from './reader.ts';

/** `media/<id>/<name>` read and checked against `schema`; undefined when absent or refused. */
export async function readMediaJson<S extends z.ZodType>(
  reader: ContentReader,
  name: string,
  schema: S,
  errors: ContentError[],
): Promise<z.infer<S> | undefined> {
  const file = reader.mediaLabel(name);
  const source = await refused(
    () => reader.readMediaText(name),
    errors,
    (e) => (e.missing ? undefined : { file, path: '', message: e.message }),
  );
  if (source === undefined) return undefined;
  const { json: data, parseError } = parseJson(source);
  if (parseError) {
    errors.push({
      file,
      path: '',
      message: `not valid JSON (${describeParseProblem(parseError)}): run npm run media`,
    });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    errors.push(...fromSchemaIssues(file, data, parsed.error.issues));
    return undefined;
  }
  return parsed.data;
}
