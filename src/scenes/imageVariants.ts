// The picture manifest's shape and the choice of variant: no Pixi, so the Node scripts and unit
// tests read it too (images.ts loads the pictures).

/** One sized variant of a picture. */
export interface ImageVariant {
  /** Its path in the media folder, e.g. "variants/images/barracks.1920.webp". */
  file: string;
  width: number;
  height: number;
}

/** A source picture's entry in the manifest: its aspect and its variants, smallest first. */
export interface ImageEntry {
  width: number;
  height: number;
  variants: ImageVariant[];
}

/** `media/<id>/images.json`: each source picture (its media path) and its variants. */
export type ImageManifest = Record<string, ImageEntry>;

/** The manifest's path in the media folder. */
export const IMAGE_MANIFEST = 'images.json';

/**
 * The variant for a screen whose long side is `screenPixels` device pixels: the smallest whose
 * long side covers it (a 1080p screen takes the 1920 one, a 4K screen the 3840 one), else the largest.
 */
export function chooseVariant(entry: ImageEntry, screenPixels: number): ImageVariant | undefined {
  const long = (v: ImageVariant) => Math.max(v.width, v.height);
  const sorted = [...entry.variants].sort((a, b) => long(a) - long(b));
  return sorted.find((v) => long(v) >= screenPixels * 0.98) ?? sorted.at(-1);
}
