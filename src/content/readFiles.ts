// Reads one content file through a ContentReader and reports what is wrong with it, by file and
// field: missing, refused by the reader (too large, a web page, a 404), not JSON, not the schema.
import { describeParseProblem, parseJson } from './jsonText.ts';
import type { z } from 'zod';
import { type ContentError, fromSchemaIssues, refused } from './errors.ts';
import type { ContentReader } from './reader.ts';
import { parseVtt, type Caption } from './vtt.ts';

/** A JSON file of the exhibit, validated by `schema`; undefined (and errors) when unusable. */
export async function readJson<T>(
  reader: ContentReader,
  path: string,
  schema: z.ZodType<T>,
  errors: ContentError[],
) {
  const file = reader.exhibitLabel(path);
  let problem = false;
  const source = await refused(
    () => reader.readExhibitFile(path),
    errors,
    (e) => {
      problem = true;
      return { file, path: '', message: e.message };
    },
  );
  if (problem) return undefined;
  if (source === undefined) {
    errors.push({
      file,
      path: '',
      message: 'file not found: create it or fix the id that points to it',
    });
    return undefined;
  }
  const { json: data, parseError } = parseJson(source);
  if (parseError) {
    errors.push({
      file,
      path: '',
      message: `not valid JSON (${describeParseProblem(parseError)})`,
    });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) errors.push(...fromSchemaIssues(file, data, result.error.issues));
  return result.success ? result.data : undefined;
}

/** A caption file, parsed; undefined (and an error naming `from` and `field`) when unusable. */
export async function readCaptions(
  reader: ContentReader,
  file: string,
  from: string,
  field: string,
  errors: ContentError[],
) {
  let problem = false;
  const source = await refused(
    () => reader.readMediaText(file),
    errors,
    (e) => {
      problem = true;
      return unusable(reader, file, from, field, e);
    },
  );
  if (problem) return undefined;
  if (source === undefined) {
    errors.push(missing(reader, file, from, field));
    return undefined;
  }
  try {
    const captions: Caption[] = parseVtt(source);
    if (captions.length) return captions;
    errors.push({
      file: reader.mediaLabel(file),
      path: '',
      message: 'expected at least one caption cue',
    });
  } catch (e) {
    errors.push({ file: reader.mediaLabel(file), path: '', message: (e as Error).message });
  }
  return undefined;
}

/** Reports each of `files` that is missing or refused, naming `from` and `field`. */
export async function checkMedia(
  reader: ContentReader,
  files: string[],
  from: string,
  field: string,
  errors: ContentError[],
) {
  const found = await Promise.all(
    files.map((file, i) =>
      refused(
        () => reader.mediaExists(file),
        errors,
        (e) => unusable(reader, file, from, `${field}[${i}]`, e),
      ),
    ),
  );
  files.forEach((file, i) => {
    if (found[i] === false) errors.push(missing(reader, file, from, `${field}[${i}]`));
  });
}

// A media file the reader refused: named with the field that points to it.
function unusable(
  reader: ContentReader,
  file: string,
  from: string,
  field: string,
  problem: Error,
): ContentError {
  return {
    file: reader.exhibitLabel(from),
    path: field,
    message: `media file ${reader.mediaLabel(file)}: ${problem.message}`,
  };
}

function missing(reader: ContentReader, file: string, from: string, field: string): ContentError {
  return {
    file: reader.exhibitLabel(from),
    path: field,
    message: `media file ${reader.mediaLabel(file)} not found: add it (npm run media) or fix the path`,
  };
}
