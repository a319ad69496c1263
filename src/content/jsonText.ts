// JSON text as an author wrote it: where it first goes wrong, in words, with its 1-based line and
// column. The content loader (readFiles.ts, readMediaJson.ts) and the studio's file writer
// (scripts/studio/files.ts) report a malformed file with it; the browser and Node both run it.
/** A JSON text's first syntax error, as an author finds it in a text editor (1-based). */
export interface ParseProblem {
  message: string;
  line: number;
  column: number;
}

/** Parses JSON; a syntax error is returned with its 1-based line and column, never thrown. */
export function parseJson(text: string): { json: unknown; parseError: ParseProblem | null } {
  try {
    return { json: JSON.parse(text) as unknown, parseError: null };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { json: null, parseError: parseProblem(text, message) };
  }
}

function parseProblem(text: string, message: string): ParseProblem {
  const found = syntaxError(text);
  const offset = found?.offset ?? text.length;
  const before = text.slice(0, offset).split('\n');
  return {
    message: found?.message ?? message,
    line: before.length,
    column: (before.at(-1)?.length ?? 0) + 1,
  };
}

class Stop extends Error {}

/**
 * Where a JSON text first goes wrong and what is wrong there, in words (JSON.parse's messages name
 * no position in some Node versions). Null when it finds nothing wrong.
 */
export function syntaxError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const what = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const stop = (message: string): never => {
    throw new Stop(
      i >= text.length ? 'the file ends too soon: a bracket or quote is not closed' : message,
    );
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') stop('a text in quotes runs past the end of its line: close it with "');
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) stop('');
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] === '}') stop('a comma before "}": remove the last comma');
        if (text[i] !== '"') stop(`expected a field name in double quotes, found ${what()}`);
        string();
        space();
        if (text[i] !== ':') stop(`expected ":" after the field name, found ${what()}`);
        i++;
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return void i++;
        stop(`expected "," or "}", found ${what()}: a comma may be missing`);
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        space();
        if (text[i] === ']') stop('a comma before "]": remove the last comma');
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return void i++;
        stop(`expected "," or "]", found ${what()}: a comma may be missing`);
      }
    }
    if (c === '"') return string();
    const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(
      text.slice(i, i + 400),
    );
    if (!m)
      return stop(
        `expected a value (text in double quotes, a number, {…}, […], true, false or null), found ${what()}`,
      );
    i += m[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop(`unexpected ${what()} after the end of the file's value`);
    return null;
  } catch (e) {
    if (e instanceof Stop) return { offset: Math.min(i, text.length), message: e.message };
    throw e;
  }
}

/** `line 4, column 20: a comma before "}": remove the last comma`, for a content error. */
export function describeParseProblem(p: ParseProblem): string {
  return `line ${p.line}, column ${p.column}: ${p.message}`;
}
