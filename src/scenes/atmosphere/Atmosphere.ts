// The atmosphere under a chapter's cues, made from the chapter's list of layers. Under reduced
// motion there are no moving layers; grain (drawn by the stage) stays, and holds still. The engine
// draws snow, dust and grain; an exhibit's extension adds its own layers by name (extension.ts).
import { Container } from 'pixi.js';
import type { LayerFactory } from '../extension.ts';
import type { AtmosphereLayerView } from './Layer.ts';
import { Particles } from './Particles.ts';

/** Every moving layer of a chapter, in one container. */
export class Atmosphere {
  readonly view = new Container();
  private readonly layers: AtmosphereLayerView[];

  /** `own` are the exhibit's registered layers; content checks have made sure each name is known. */
  constructor(names: string[], motion: boolean, own: Record<string, LayerFactory> = {}) {
    this.layers = motion ? names.flatMap((n) => make(n, own)) : [];
    for (const l of this.layers) this.view.addChild(l.view);
  }

  layout(width: number, height: number): void {
    for (const l of this.layers) l.layout(width, height);
  }

  update(deltaMs: number): void {
    for (const l of this.layers) l.update(deltaMs);
  }

  /** Draws this share of every layer's particles (the stage's quality level). */
  density(share: number): void {
    for (const l of this.layers) l.density?.(share);
  }
}

function make(name: string, own: Record<string, LayerFactory>): AtmosphereLayerView[] {
  switch (name) {
    case 'snow':
    case 'dust':
      return [new Particles(name)];
    case 'grain':
      return []; // a screen effect, applied by the stage
  }
  const factory = own[name];
  if (!factory) throw new Error(`no atmosphere layer "${name}" is registered for this exhibit`);
  return [factory()];
}
