// One crossfade for the scenes' cue views (the chapter's cues, the attract montage): one view
// entering or on screen, any number leaving. Each view rises from transparent, after an optional
// delay, while the ones before it fade out and are destroyed once gone. Pure bookkeeping over
// anything with an alpha, so it is tested without a renderer (tests/unit/crossfade.test.ts).
import { ease } from './Scene.ts';

/** What a crossfade moves: a display object's alpha, and freeing it. */
export interface Fadable {
  alpha: number;
  destroy(options?: { children: boolean }): void;
}

/** The view on screen (or rising) and how long it has been there. */
export interface Entering<V> {
  view: V;
  age: number;
  /** How long it waits before rising (ms): the old card is mostly gone first. */
  delay: number;
}

/** A view's alpha `age` ms after it was shown, rising over `fadeMs` after `delay`. */
export function risingAlpha(age: number, fadeMs: number, delay = 0): number {
  return ease((age - delay) / fadeMs);
}

/** A leaving view's alpha `age` ms after it started to leave. */
export function leavingAlpha(age: number, fadeMs: number): number {
  return 1 - ease(age / fadeMs);
}

/** Crossfades views; the owner adds each to its layer and moves time with `rise` and `fall`. */
export class Crossfade<V extends Fadable> {
  current: Entering<V> | undefined;
  leaving: { view: V; age: number }[] = [];

  /** `onGone` runs after views have been destroyed (e.g. to give back their textures). */
  constructor(
    private readonly fadeMs: number,
    private readonly onGone: () => void = () => {},
  ) {}

  /** Shows `view` (transparent until `rise`); the one before it starts to leave. */
  show(view: V, delay = 0): Entering<V> {
    if (this.current) this.leaving.push({ view: this.current.view, age: 0 });
    view.alpha = 0;
    this.current = { view, age: 0, delay };
    return this.current;
  }

  /** Ages the current view by `deltaMs` and sets its alpha; returns it. */
  rise(deltaMs: number): Entering<V> | undefined {
    const c = this.current;
    if (!c) return undefined;
    c.age += deltaMs;
    c.view.alpha = risingAlpha(c.age, this.fadeMs, c.delay);
    return c;
  }

  /** Ages the leaving views by `deltaMs`, fading them, and destroys those that are gone. */
  fall(deltaMs: number): void {
    for (const l of this.leaving) {
      l.age += deltaMs;
      l.view.alpha = leavingAlpha(l.age, this.fadeMs);
    }
    const gone = this.leaving.filter((l) => l.age >= this.fadeMs);
    if (!gone.length) return;
    for (const l of gone) l.view.destroy({ children: true });
    this.leaving = this.leaving.filter((l) => l.age < this.fadeMs);
    this.onGone();
  }

  /** Every view on the stage: the current one and those leaving. */
  get views(): V[] {
    return [...(this.current ? [this.current.view] : []), ...this.leaving.map((l) => l.view)];
  }
}
