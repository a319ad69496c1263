// A still picture for a cue view (a film's poster, a person's portrait): fetched, decoded off the
// main thread with createImageBitmap, uploaded over several frames (images.ts `uploadBitmap`), and
// made a texture the view owns and frees on exit.
// A small local loader for the film and person cues: the shared image loader (src/scenes/images.ts,
// written for the image cue) can replace it; nothing else depends on how it works.
import type { Texture } from 'pixi.js';
import { uploadBitmap } from './images.ts';

let pending = 0;

/** How many pictures are being fetched or decoded now (tests wait for none before a still). */
export function picturesPending(): number {
  return pending;
}

/** Fetches and decodes the picture at `url`; rejects (naming the URL) when it cannot be shown. */
export async function loadPicture(url: string): Promise<Texture> {
  pending++;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const bitmap = await createImageBitmap(await response.blob());
    try {
      return await uploadBitmap(bitmap, url);
    } catch (e) {
      bitmap.close();
      throw e;
    }
  } finally {
    pending--;
  }
}

/** Frees a picture from `loadPicture`: its GPU texture and its decoded bitmap. */
export function releasePicture(texture: Texture): void {
  const bitmap: unknown = texture.source.resource;
  texture.destroy(true);
  if (typeof ImageBitmap !== 'undefined' && bitmap instanceof ImageBitmap) bitmap.close();
}
