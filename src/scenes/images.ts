// Pictures on the stage: the one loader every picture cue uses (image, object, and later a
// person's portrait). `npm run media:images` (scripts/media/images.ts) writes each source picture's
// sized variants and a manifest, `media/<id>/images.json`; here the kiosk chooses the variant for
// its screen, fetches it, decodes it off the main thread (createImageBitmap) and uploads it as a
// Pixi texture, in bands of rows over several frames (uploads.ts: a whole picture's copy held a
// software renderer's frame for 20–35 ms). Nothing waits for it: a view shows its frame at once
// and the picture fades in when it has arrived. The caller releases the texture (GPU memory and the
// decoded bitmap) with `release`.
import { ImageSource, Texture, TextureSource, type Renderer, type WebGLRenderer } from 'pixi.js';
import { FRAME_BYTES, UploadQueue, bandRows, type UploadStep } from './uploads.ts';
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

/** Frames that uploaded a band or more, and the longest such frame's upload (ms): the bench. */
export const uploadStats = { frames: 0, maxMs: 0 };

/** The pictures' uploads, a frame's worth in each animation frame while any are waiting. */
const uploads = new UploadQueue<Renderer>();
/** The stage's renderer (none yet, or none at all: textures go up whole when first drawn). */
let uploader: Renderer | undefined;
let scheduled = false;

/**
 * The renderer pictures are uploaded to (Stage.ts, when it starts). Uploads run in their own
 * animation frames, not the stage's ticker: a frozen stage (tests' still frames) still gets its
 * pictures, and a band's copy is never in the same callback as a scene's work.
 */
export function uploadTo(renderer: Renderer): void {
  uploader = renderer;
}

function schedule(): void {
  if (scheduled || !uploads.pending) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    if (uploader) {
      const t = performance.now();
      if (uploads.frame(uploader) > 0) {
        uploadStats.frames++;
        uploadStats.maxMs = Math.max(uploadStats.maxMs, performance.now() - t);
      }
    }
    schedule();
  });
}

/**
 * A texture of `bitmap`, uploaded in bands of rows over the next frames (at most ~2 MiB a frame);
 * resolves once all of it is on the GPU. WebGL 2 copies a band of the bitmap by skipping its rows
 * before it (UNPACK_SKIP_ROWS). Without a WebGL stage the texture goes up whole when first drawn.
 * Once it is all up the bitmap is closed (its decoded copy is no longer needed); going up whole,
 * the texture keeps it open until released (closing it then is the caller's).
 */
export async function uploadBitmap(
  bitmap: ImageBitmap,
  label: string,
  signal?: AbortSignal,
): Promise<Texture> {
  const renderer = uploader;
  if (
    !renderer ||
    renderer.name !== 'webgl' ||
    (renderer as WebGLRenderer).context.webGLVersion !== 2
  )
    return new Texture({ source: new ImageSource({ resource: bitmap, label }), label });
  const { width, height } = bitmap;
  // An empty texture of the picture's size (uploadMethodId "unknown": Pixi allocates it and copies
  // nothing), filled band by band. Never collected while idle: Pixi could not fill it again.
  const source = new TextureSource({
    width,
    height,
    resolution: 1,
    label,
    alphaMode: 'premultiplied-alpha',
    autoGarbageCollect: false,
  });
  const system = (r: Renderer) => (r as WebGLRenderer).texture;
  // The texture's storage first, in a frame of its own (a software renderer clears it, which
  // costs about what a band's copy does), then the bands.
  const allocate: UploadStep<Renderer> = {
    bytes: FRAME_BYTES,
    run: (r) => system(r).initSource(source),
  };
  const bands: UploadStep<Renderer>[] = bandRows(width, height).map(({ y, rows }) => ({
    bytes: width * rows * 4,
    run: (r) => {
      system(r).bindSource(source, 0);
      const gl = (r as WebGLRenderer).gl;
      const gpu = system(r).getGlSource(source);
      gl.pixelStorei(gl.UNPACK_SKIP_ROWS, y);
      try {
        gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, y, width, rows, gpu.format, gpu.type, bitmap);
      } finally {
        gl.pixelStorei(gl.UNPACK_SKIP_ROWS, 0);
      }
    },
  }));
  const steps = [allocate, ...bands];
  const upload = uploads.add(steps);
  schedule();
  const cancel = () => upload.cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    await upload.finished;
  } catch (e) {
    source.destroy();
    throw e;
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
  bitmap.close();
  return new Texture({ source, label });
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

/**
 * Pictures on the GPU now, and their bytes; how many were ever loaded; how many are being fetched
 * or decoded now: for the bench and the leak checks.
 */
export const pictureStats = { live: 0, bytes: 0, loads: 0, pending: 0 };

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
  pictureStats.pending++;
  try {
    return await fetchPicture(mediaBase, path, pixels, signal);
  } finally {
    pictureStats.pending--;
  }
}

async function fetchPicture(
  mediaBase: string,
  path: string,
  pixels: number,
  signal: AbortSignal | undefined,
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
  let texture: Texture;
  try {
    texture = await uploadBitmap(bitmap, variant.file, signal);
  } catch (e) {
    bitmap.close();
    throw e;
  }
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
