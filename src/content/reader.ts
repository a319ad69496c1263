// Where content comes from: the browser fetches it from the kiosk's server, the checker reads the disk.
// Either may throw a FileProblem (limits.ts) for a file it refuses: too large, or not what it should be.
import { boundedText, checkResponse } from './fetchText.ts';
import { fileKind } from './limits.ts';

/** Reads an exhibit's files; paths are relative to its folder or to its media folder. */
export interface ContentReader {
  /** Text of `exhibits/<id>/<path>`, or undefined when the file is missing. */
  readExhibitFile(path: string): Promise<string | undefined>;
  /** Text of `media/<id>/<path>`, or undefined when the file is missing. */
  readMediaText(path: string): Promise<string | undefined>;
  /** Whether `media/<id>/<path>` exists; throws FileProblem for one that is there but unusable. */
  mediaExists(path: string): Promise<boolean>;
  /** The URL the kiosk plays or shows `media/<id>/<path>` from. */
  mediaUrl(path: string): string;
  /** How errors name an exhibit file, e.g. `exhibits/x/chapters/02.json`. */
  exhibitLabel(path: string): string;
  /** How errors name a media file, e.g. `media/x/narration/01.en.vtt`. */
  mediaLabel(path: string): string;
  /** Atmosphere names the exhibit's extension registers (exhibits/<id>/extension/); none if absent. */
  extensionAtmospheres?(): Promise<string[]>;
}

/** Reads content over HTTP from `<base>exhibits/<id>/` and `<base>media/<id>/`. */
export function fetchReader(id: string, base = '/'): ContentReader {
  const exhibitUrl = (p: string) => `${base}exhibits/${id}/${p}`;
  const mediaUrl = (p: string) => `${base}media/${id}/${p}`;
  const text = async (url: string, path: string) =>
    boundedText(await fetch(url, { cache: 'no-cache' }), fileKind(path));
  return {
    readExhibitFile: (p) => text(exhibitUrl(p), p),
    readMediaText: (p) => text(mediaUrl(p), p),
    mediaExists: async (p) => {
      const res = await fetch(mediaUrl(p), { method: 'HEAD' });
      if (res.status === 404) return false;
      checkResponse(res, fileKind(p));
      return true;
    },
    mediaUrl,
    exhibitLabel: (p) => `exhibits/${id}/${p}`,
    mediaLabel: (p) => `media/${id}/${p}`,
  };
}
