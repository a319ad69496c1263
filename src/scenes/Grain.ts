// Film grain and a soft vignette over chapters that ask for them. With a GPU it is pixi-filters'
// OldFilmFilter over the whole stage; on a software renderer (SwiftShader, llvmpipe) one extra
// full-screen pass costs 100–300 ms a frame, so the same look comes from a CSS layer instead.
import { type Application, Rectangle, type WebGLRenderer } from 'pixi.js';
import { OldFilmFilter } from 'pixi-filters/old-film';

/**
 * How grain is drawn: "filters" (Pixi), "css", "auto" (filters unless rendering in software), or
 * "none" (no grain, e.g. for pixel-exact screenshots or a museum that prefers a clean image).
 */
export type EffectsMode = 'auto' | 'filters' | 'css' | 'none';

/** Switches grain on and off with the scene on screen. */
export class Grain {
  private readonly useFilter: boolean;
  private readonly enabled: boolean;
  private filter: OldFilmFilter | undefined;
  private on = false;
  private held = false;

  constructor(
    private readonly app: Application,
    private readonly host: HTMLElement,
    mode: EffectsMode,
    private readonly motion: boolean,
  ) {
    this.enabled = mode !== 'none';
    this.useFilter = mode === 'filters' || (mode === 'auto' && !isSoftware(app));
    if (this.enabled && !this.useFilter) host.style.setProperty('--grain', `url(${noiseImage()})`);
  }

  /** "filters", "css" or "none": which way grain is drawn here. */
  get kind(): 'filters' | 'css' | 'none' {
    return !this.enabled ? 'none' : this.useFilter ? 'filters' : 'css';
  }

  set(wanted: boolean): void {
    const on = wanted && this.enabled;
    if (on === this.on) return;
    this.on = on;
    if (!this.useFilter) {
      this.host.classList.toggle('grain', on);
      return;
    }
    this.filter ??= new OldFilmFilter({
      sepia: 0,
      noise: 0.14,
      noiseSize: 1,
      scratch: 0,
      vignetting: 0.32,
      vignettingAlpha: 0.55,
      vignettingBlur: 0.35,
    });
    this.app.stage.filterArea = on ? new Rectangle(0, 0, 1e5, 1e5) : undefined;
    this.app.stage.filters = on ? [this.filter] : [];
  }

  /** Holds the grain still (a memorial): the same speckle, no flicker, until let go. */
  hold(still: boolean): void {
    if (still === this.held) return;
    this.held = still;
    this.host.classList.toggle('still', still);
  }

  update(): void {
    if (this.on && this.filter && this.motion && !this.held) this.filter.seed = Math.random();
  }
}

/** Whether the stage renders in software (SwiftShader, llvmpipe): full-screen layers are costly there. */
export function isSoftware(app: Application): boolean {
  const gl = (app.renderer as Partial<WebGLRenderer>).gl;
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '');
  return /swiftshader|llvmpipe|software/i.test(name);
}

/** A small tile of grey noise as a data URL, for the CSS grain layer. */
function noiseImage(): string {
  const size = 128;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  const image = ctx.createImageData(size, size);
  let seed = 7;
  for (let i = 0; i < image.data.length; i += 4) {
    seed = (seed * 16807) % 2147483647;
    const v = seed % 256;
    image.data[i] = image.data[i + 1] = image.data[i + 2] = v;
    image.data[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas.toDataURL();
}
