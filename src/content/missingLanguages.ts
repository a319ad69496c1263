// The check every per-language text needs: a translation for each of the exhibit's languages.
import type { ContentError } from './errors.ts';

/** An error for each language in `langs` that `value` has no entry for. */
export function missingLanguages(
  value: Record<string, unknown>,
  langs: string[],
  file: string,
  path: string,
): ContentError[] {
  return langs
    .filter((lang) => value[lang] === undefined)
    .map((lang) => ({
      file,
      path: `${path}.${lang}`,
      message: `missing the "${lang}" translation: every language in exhibit.json needs one`,
    }));
}
