// Which atmosphere names a chapter may ask for: the engine's own, and those the exhibit's
// extension registers (exhibits/<id>/extension/index.ts), read by the content reader.
import type { ContentError } from './errors.ts';

/** Layers the engine draws for every exhibit. */
export const BUILT_IN_ATMOSPHERES = ['snow', 'dust', 'grain'];

/** Problems with a chapter's `atmosphere`: each name must be built in or registered by the exhibit. */
export function checkAtmospheres(
  names: string[] | undefined,
  registered: readonly string[],
  exhibitId: string,
  file: string,
): ContentError[] {
  const known = [...BUILT_IN_ATMOSPHERES, ...registered];
  return (names ?? []).flatMap((name, i) =>
    known.includes(name)
      ? []
      : [
          {
            file,
            path: `atmosphere[${i}]`,
            message:
              `"${name}" is not an atmosphere of this exhibit: write one of ${known.join(', ')}, ` +
              `or register "${name}" in exhibits/${exhibitId}/extension/index.ts`,
          },
        ],
  );
}
