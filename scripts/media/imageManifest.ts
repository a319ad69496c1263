// The picture variants' rules, shared by `npm run media:images` (images.ts, which makes them) and
// `npm run content:check` (which checks they are there and current). No sharp here: the check
// stays cheap.
//
// Decisions (docs/images.md):
// - Sources live in the exhibit's media folder: photographs and scans in `images/` (.jpg, .png,
//   .webp, .svg), the exhibit's own drawings in `drawings/` (.svg).
// - Variants are WebP, sized by the LONG side: 1920 px for a 1080p screen, 3840 px for 4K (a
//   portrait 1080×1920 screen has the same long side). A raster source is never enlarged: one
//   smaller than a size gives one variant at its own size. SVG is rasterised at each size.
// - Budget: no variant over 4096 px a side (the texture size every kiosk GPU takes) nor over
//   60 MiB as an RGBA texture; the build fails naming the file and what to do.
// - `media/<id>/images.json` lists each source (its media path), its size, a hash of its bytes,
//   and its variants; variants go to `media/<id>/variants/<folder>/<name>.<long side>.webp`.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from '../../src/content/errors.ts';
import type { ImageEntry } from '../../src/scenes/imageVariants.ts';

/** Long sides of the variants: a 1080p screen, a 4K screen. */
export const VARIANT_SIDES = [1920, 3840] as const;
/** Largest side a variant may have: the texture size every kiosk GPU takes. */
export const MAX_SIDE = 4096;
/** Largest RGBA texture a variant may make. */
export const MAX_TEXTURE_BYTES = 60 * 1024 * 1024; // a square 3840 px variant (56 MiB) fits
/** The folders pictures are read from, and the files each may hold. */
export const SOURCE_FOLDERS = { images: /\.(jpe?g|png|webp|svg)$/i, drawings: /\.svg$/i } as const;

/** A manifest entry as written: the loader's entry plus the source's hash. */
export interface StoredEntry extends ImageEntry {
  hash: string;
}
export type StoredManifest = Record<string, StoredEntry>;

/** The manifest file in the exhibit's media folder. */
export const manifestPath = (mediaDir: string) => join(mediaDir, 'images.json');

/** The source's hash: its bytes and the variant rules, so a change of either remakes it. */
export function sourceHash(bytes: Buffer): string {
  return createHash('sha256')
    .update(bytes)
    .update(JSON.stringify({ VARIANT_SIDES, q: 2 }))
    .digest('hex')
    .slice(0, 16);
}

/** Every source picture in a media folder, as media paths ("images/x.jpg"). */
export function sourcePictures(mediaDir: string): string[] {
  return Object.entries(SOURCE_FOLDERS).flatMap(([folder, pattern]) => {
    const dir = join(mediaDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => pattern.test(f))
      .sort()
      .map((f) => `${folder}/${f}`);
  });
}

/** The variant's media path for a source and a long side. */
export function variantPath(source: string, side: number): string {
  const name = source.replace(/\.[a-z]+$/i, '');
  return `variants/${name}.${side}.webp`;
}

/** Problems with a variant's size, or none: the budget every variant keeps. */
export function budgetProblem(source: string, width: number, height: number): string | undefined {
  const bytes = width * height * 4;
  if (Math.max(width, height) > MAX_SIDE)
    return `${source}: a variant would be ${width}×${height} px, over the ${MAX_SIDE} px a GPU texture may have a side: crop the picture or lower VARIANT_SIDES`;
  if (bytes > MAX_TEXTURE_BYTES)
    return `${source}: a variant would take ${(bytes / 2 ** 20).toFixed(0)} MiB as a texture, over the ${MAX_TEXTURE_BYTES / 2 ** 20} MiB budget: crop the picture closer`;
  return undefined;
}

/** Picture paths the cues of a chapter use (any "image" or "drawing" field), with their paths. */
export function picturesUsed(cues: readonly unknown[]): { path: string; at: string }[] {
  return cues.flatMap((cue, i) =>
    ['image', 'drawing'].flatMap((key) => {
      const v = (cue as Record<string, unknown>)[key];
      return typeof v === 'string' ? [{ path: v, at: `cues[${i}].${key}` }] : [];
    }),
  );
}

/**
 * The content check's part: each picture a cue uses has a source, an up-to-date entry in
 * images.json and its variant files. `fileOf` names the chapter file for errors.
 */
export function checkPictures(
  mediaDir: string,
  mediaLabel: string,
  chapters: readonly { id: string; cues: readonly unknown[] }[],
  fileOf: (id: string) => string,
): ContentError[] {
  const manifestFile = manifestPath(mediaDir);
  const manifest: StoredManifest = existsSync(manifestFile)
    ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as StoredManifest)
    : {};
  const errors: ContentError[] = [];
  for (const ch of chapters) {
    for (const { path, at } of picturesUsed(ch.cues)) {
      const file = fileOf(ch.id);
      const source = join(mediaDir, path);
      if (!existsSync(source)) {
        errors.push({
          file,
          path: at,
          message: `media file ${mediaLabel}/${path} not found: add it or fix the path`,
        });
        continue;
      }
      const entry = manifest[path];
      const stale = !entry || entry.hash !== sourceHash(readFileSync(source));
      const missing = entry?.variants.find((v) => !existsSync(join(mediaDir, v.file)));
      if (stale || missing)
        errors.push({
          file,
          path: at,
          message: `${mediaLabel}/${path} has ${stale ? 'no current variants' : `no variant ${missing!.file}`}: run npm run media:images and commit media/`,
        });
    }
  }
  return errors;
}
