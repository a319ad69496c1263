// Software WebGL (SwiftShader, llvmpipe: a kiosk PC without a usable GPU) and what the stage does
// differently there.
//
// Pixi batches sprites, text and cached layers with one shader that can sample up to 16 textures,
// choosing among them with a chain of `if`s on a per-vertex texture id. A GPU runs only the branch
// taken; SwiftShader evaluated all of them for every pixel. Capping the batch at 4 textures made a
// frame of the gallery's plan chapter 3 times cheaper (47 → 16 ms of GPU time at full quality,
// 21 → 50 fps; 1 or 2 textures gave the same 15–16 ms): measured with a Chrome trace, as the
// renderer's main thread waits for the GPU process in GLES2::ReadPixels at every commit.
import type { Application, GlLimitsSystem, WebGLRenderer } from 'pixi.js';

/** The most textures one batch samples on a software renderer. */
export const SOFTWARE_BATCH_TEXTURES = 4;

/** Whether a WebGL renderer's name is a software rasteriser's. */
export function isSoftwareName(name: string): boolean {
  return /swiftshader|llvmpipe|software/i.test(name);
}

/** Whether the stage renders in software (SwiftShader, llvmpipe): full-screen layers are costly there. */
export function isSoftware(app: Application): boolean {
  const gl = (app.renderer as Partial<WebGLRenderer>).gl;
  return !!gl && isSoftwareName(rendererName(gl));
}

/** The renderer's name as WebGL gives it (unmasked where the browser allows). */
export function rendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
}

/** How many textures a batch may sample: Pixi's own limit, capped on a software renderer. */
export function batchTextures(limit: number, name: string): number {
  return isSoftwareName(name) ? Math.min(limit, SOFTWARE_BATCH_TEXTURES) : limit;
}

let capped = false;

/**
 * Caps Pixi's batch textures on a software renderer, from every WebGL context made from now on
 * (a lost and restored one too); `limits` is Pixi's GlLimitsSystem. Call before the application
 * starts: the shaders are compiled with the limit as the context starts.
 */
export function capBatchTexturesInSoftware(limits: typeof GlLimitsSystem): void {
  if (capped) return;
  capped = true;
  const measure = limits.prototype.contextChange;
  limits.prototype.contextChange = function (this: GlLimitsSystem): void {
    measure.call(this);
    const gl = (this as unknown as { _renderer: { gl: WebGL2RenderingContext } })._renderer.gl;
    this.maxBatchableTextures = batchTextures(this.maxBatchableTextures, rendererName(gl));
  };
}
