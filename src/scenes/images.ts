// Pictures on the stage: the one loader every picture cue uses (image, object, and later a
// person's portrait). `npm run media:images` (scripts/media/images.ts) writes each source picture's
// sized variants and a manifest, `media/<id>/images.json`; here the kiosk chooses the variant for
// its screen, fetches it, decodes it off the main thread (createImageBitmap) and uploads it as a
// Pixi texture. Nothing waits for it: a view shows its frame at once and the picture fades in when
// it arrives. The caller releases the texture (GPU memory and the decoded bitmap) with `release`.
import { ImageSource, Texture } from 'pixi.js';
import {
  IMAGE_MANIFEST,
  chooseVariant,
  type ImageManifest,
  type ImageVariant,
} from './imageVariants.ts';

export { IMAGE_MANIFEST, chooseVariant } from './imageVariants.ts';
export type { ImageEntry, ImageManifest, ImageVariant } from './imageVariants.ts';

/** The screen's long side in device pixels, as the stage draws it (resolution at most 2). */
export function screenPixels(): number {
  if (typeof window === 'undefined') return 1920;
  const dpr = Math.min(window.devicePixelRatio || 1, 2);
  return Math.max(window.innerWidth, window.innerHeight) * dpr;
}

const manifests = new Map<string, Promise<ImageManifest>>();

/** The manifest under `mediaBase` (fetched once per exhibit; a failure is retried next time). */
export function imageManifest(mediaBase: string): Promise<ImageManifest> {
  let p = manifests.get(mediaBase);
  if (!p) {
    p = fetch(`${mediaBase}${IMAGE_MANIFEST}`).then(async (res) => {
      if (!res.ok) throw new Error(`${IMAGE_MANIFEST}: HTTP ${res.status}`);
      return (await res.json()) as ImageManifest;
    });
    p.catch(() => manifests.delete(mediaBase));
    manifests.set(mediaBase, p);
  }
  return p;
}

/** A picture on the GPU: its texture, the variant it came from and what it costs. */
export interface LoadedPicture {
  texture: Texture;
  variant: ImageVariant;
  /** The uploaded texture's size in bytes (width × height × 4). */
  bytes: number;
  /** Frees the texture on the GPU and the decoded bitmap. Safe to call twice. */
  release(): void;
}

/** Pictures on the GPU now, and their bytes: for the bench and the leak checks. */
export const pictureStats = { live: 0, bytes: 0, loads: 0 };

/**
 * Loads the picture at `path` (a source's media path, e.g. "images/barracks.jpg") from the
 * exhibit's media folder `mediaBase`, in the variant for `pixels`. Rejects, naming the file, when
 * the manifest lacks it or a fetch or decode fails; the caller logs and shows its frame empty.
 */
export async function loadPicture(
  mediaBase: string,
  path: string,
  pixels = screenPixels(),
  signal?: AbortSignal,
): Promise<LoadedPicture> {
  const manifest = await imageManifest(mediaBase);
  const entry = manifest[path];
  const variant = entry && chooseVariant(entry, pixels);
  if (!variant) throw new Error(`${path}: no variants in ${IMAGE_MANIFEST} (npm run media:images)`);
  const res = await fetch(`${mediaBase}${variant.file}`, signal ? { signal } : {});
  if (!res.ok) throw new Error(`${variant.file}: HTTP ${res.status}`);
  // Decoded off the main thread: the frame loop never waits for a picture.
  const bitmap = await createImageBitmap(await res.blob(), { premultiplyAlpha: 'premultiply' });
  if (signal?.aborted) {
    bitmap.close();
    throw new DOMException('aborted', 'AbortError');
  }
  const source = new ImageSource({ resource: bitmap, label: variant.file });
  const texture = new Texture({ source, label: variant.file });
  const bytes = bitmap.width * bitmap.height * 4;
  pictureStats.live++;
  pictureStats.bytes += bytes;
  pictureStats.loads++;
  let released = false;
  return {
    texture,
    variant,
    bytes,
    release: () => {
      if (released) return;
      released = true;
      pictureStats.live--;
      pictureStats.bytes -= bytes;
      // Destroying the source unloads it from the GPU (the renderer drops its GL texture).
      texture.destroy(true);
      bitmap.close();
    },
  };
}
