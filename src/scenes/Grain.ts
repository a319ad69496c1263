// Film grain and a soft vignette over chapters that ask for them. With a GPU it is pixi-filters'
// OldFilmFilter over the whole stage; on a software renderer (SwiftShader, llvmpipe) one extra
// full-screen pass costs 100–300 ms a frame, so the same look comes from a CSS layer instead.
import { type Application, Rectangle } from 'pixi.js';
import { OldFilmFilter } from 'pixi-filters/old-film';
import type { EffectsKind } from './quality.ts';
import { isSoftware } from './software.ts';

/**
 * How grain is drawn: "filters" (Pixi), "css", "auto" (filters unless rendering in software), or
 * "none" (no grain, e.g. for pixel-exact screenshots or a museum that prefers a clean image).
 */
export type EffectsMode = 'auto' | 'filters' | 'css' | 'none';

const RANK: Record<EffectsKind, number> = { none: 0, css: 1, filters: 2 };
/** The CSS layer's noise tile, made once. */
let noise: string | undefined;

/** Switches grain on and off with the scene on screen, drawn at most as the quality level allows. */
export class Grain {
  /** The best the mode and the renderer allow. */
  private readonly best: EffectsKind;
  /** The best the quality level allows (src/scenes/quality.ts). */
  private max: EffectsKind = 'filters';
  private filter: OldFilmFilter | undefined;
  private wanted = false;
  /** How grain is drawn now (none while off). */
  private drawn: EffectsKind = 'none';
  private held = false;

  constructor(
    private readonly app: Application,
    private readonly host: HTMLElement,
    mode: EffectsMode,
    private readonly motion: boolean,
  ) {
    this.best =
      mode === 'none'
        ? 'none'
        : mode === 'filters' || (mode === 'auto' && !isSoftware(app))
          ? 'filters'
          : 'css';
    // The tile is encoded off the main thread now, while the attract loop shows: made at the
    // first chapter with grain, its PNG encoding (toDataURL) took 8–11 ms of that chapter's
    // first frame on this 2-core machine.
    if (this.best === 'css') prepareNoise();
  }

  /** "filters", "css" or "none": which way grain is drawn here. */
  get kind(): EffectsKind {
    return RANK[this.max] < RANK[this.best] ? this.max : this.best;
  }

  /** The best grain the quality level allows; lower levels draw it in CSS, or not at all. */
  limit(max: EffectsKind): void {
    if (max === this.max) return;
    this.max = max;
    this.apply();
  }

  set(wanted: boolean): void {
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    this.apply();
  }

  private apply(): void {
    const kind = this.wanted ? this.kind : 'none';
    if (kind === this.drawn) return;
    if (this.drawn === 'css') this.host.classList.remove('grain');
    if (this.drawn === 'filters') {
      this.app.stage.filterArea = undefined;
      this.app.stage.filters = [];
    }
    this.drawn = kind;
    if (kind === 'css') {
      this.host.style.setProperty('--grain', `url(${(noise ??= noiseImage())})`);
      this.host.classList.add('grain');
    }
    if (kind !== 'filters') return;
    this.filter ??= new OldFilmFilter({
      sepia: 0,
      noise: 0.14,
      noiseSize: 1,
      scratch: 0,
      vignetting: 0.32,
      vignettingAlpha: 0.55,
      vignettingBlur: 0.35,
    });
    this.app.stage.filterArea = new Rectangle(0, 0, 1e5, 1e5);
    this.app.stage.filters = [this.filter];
  }

  /** Holds the grain still (a memorial): the same speckle, no flicker, until let go. */
  hold(still: boolean): void {
    if (still === this.held) return;
    this.held = still;
    this.host.classList.toggle('still', still);
  }

  update(): void {
    if (this.drawn === 'filters' && this.filter && this.motion && !this.held)
      this.filter.seed = Math.random();
  }
}

/** Makes the noise tile as a blob URL, its PNG encoded off the main thread (toBlob). */
function prepareNoise(): void {
  if (noise || typeof URL.createObjectURL !== 'function') return;
  noiseCanvas()?.toBlob((blob) => {
    if (blob && !noise) noise = URL.createObjectURL(blob);
  });
}

/** A small tile of grey noise as a data URL, for the CSS grain layer (if the blob is not ready). */
function noiseImage(): string {
  return noiseCanvas()?.toDataURL() ?? '';
}

/** A canvas of grey noise, 128 px square; null without a 2D context. */
function noiseCanvas(): HTMLCanvasElement | null {
  const size = 128;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const image = ctx.createImageData(size, size);
  let seed = 7;
  for (let i = 0; i < image.data.length; i += 4) {
    seed = (seed * 16807) % 2147483647;
    const v = seed % 256;
    image.data[i] = image.data[i + 1] = image.data[i + 2] = v;
    image.data[i + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
  return canvas;
}
