// A quiet scene, at most a slow horizon line: for boot, home and out-of-service, where the
// words are in the DOM overlay above it.
import { Container, Graphics } from 'pixi.js';
import type { Scene, SceneOptions } from './Scene.ts';
import { palette, unit } from './theme.ts';

/** A faint line that breathes over the page ground. */
export class PlainScene implements Scene {
  readonly view = new Container();
  private readonly horizon = new Graphics();
  private t = 0;

  constructor(
    readonly name: string,
    private readonly options: SceneOptions,
    withLine = true,
  ) {
    if (withLine) this.view.addChild(this.horizon);
  }

  layout(width: number, height: number): void {
    const u = unit(width, height);
    this.horizon
      .clear()
      .rect(width * 0.1, 0, width * 0.8, Math.max(1, 2 * u))
      .fill({ color: palette.frost, alpha: 0.35 });
    this.horizon.y = height * 0.7;
  }

  update(deltaMs: number): void {
    if (this.options.reducedMotion) return;
    this.t += deltaMs / 1000;
    this.horizon.alpha = 0.6 + 0.4 * Math.sin(this.t * 0.4);
  }

  destroy(): void {
    this.view.destroy({ children: true });
  }
}
