// The atmosphere under a chapter's cues, made from the chapter's list of layers. Under reduced
// motion there are no particles, beams or kites; grain (drawn by the stage) stays, and holds still.
import { Container } from 'pixi.js';
import type { AtmosphereLayer } from '../../content/schema.ts';
import { Kites } from './Kites.ts';
import type { AtmosphereLayerView } from './Layer.ts';
import { Particles } from './Particles.ts';
import { Searchlight } from './Searchlight.ts';

/** Every moving layer of a chapter, in one container. */
export class Atmosphere {
  readonly view = new Container();
  private readonly layers: AtmosphereLayerView[];

  constructor(names: AtmosphereLayer[], motion: boolean) {
    this.layers = motion ? names.flatMap((n) => make(n)) : [];
    for (const l of this.layers) this.view.addChild(l.view);
  }

  layout(width: number, height: number): void {
    for (const l of this.layers) l.layout(width, height);
  }

  update(deltaMs: number): void {
    for (const l of this.layers) l.update(deltaMs);
  }
}

function make(name: AtmosphereLayer): AtmosphereLayerView[] {
  switch (name) {
    case 'snow':
    case 'dust':
      return [new Particles(name)];
    case 'searchlight':
      return [new Searchlight()];
    case 'kites':
      return [new Kites()];
    case 'grain':
      return []; // a screen effect, applied by the stage
  }
}
