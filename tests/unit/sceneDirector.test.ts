// Touch first (issue 20): the director changes no scene in the task of the snapshot (a tap's
// handler); it leaves the next frame undrawn and builds the new scene after the next paint, from
// the newest snapshot. A still stage (tests' frozen frames) follows at once.
import { describe, expect, it, vi } from 'vitest';
import { matchesState, type StateValue } from 'xstate';

// Pixi reads `navigator` when it loads; Node 20 has none.
vi.hoisted(() => {
  if (!('navigator' in globalThis))
    Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'node' } });
});
import { SceneDirector } from '../../src/scenes/SceneDirector.ts';
import type { Scene } from '../../src/scenes/Scene.ts';
import type { Stage } from '../../src/scenes/Stage.ts';

/** What the director asks of the stage, recorded. */
class FakeStage {
  scene: Scene | undefined;
  still = false;
  shown: string[] = [];
  skips = 0;
  soon = 0;
  show(scene: Scene): void {
    this.scene = scene;
    this.shown.push(scene.name);
  }
  skipFrame(): void {
    this.skips++;
  }
  drawSoon(): void {
    this.soon++;
  }
  relayout(): void {}
}

/** A snapshot in state `value` (no chapter: the plain scenes). */
function snap(value: StateValue) {
  return {
    value,
    matches: (p: StateValue) => matchesState(p, value),
    context: {
      lang: 'en',
      chapterIndex: 0,
      position: 0,
      describing: 0,
      exhibit: undefined,
      access: { largeCaptions: false, largeText: false },
    },
  } as unknown as Parameters<SceneDirector['update']>[0];
}

function setup() {
  const stage = new FakeStage();
  const runs: (() => void)[] = [];
  const director = new SceneDirector(
    stage as unknown as Stage,
    { reducedMotion: true },
    (run) => void runs.push(run),
  );
  const step = () => {
    for (const run of runs.splice(0)) run();
  };
  return { stage, director, step, runs };
}

const HOME = { visit: { flow: 'home' } };

describe('SceneDirector', () => {
  it('builds no scene in the snapshot’s task; skips the next frame; builds after', () => {
    const { stage, director, step } = setup();
    director.update(snap(HOME));
    expect(stage.shown).toEqual([]);
    expect(stage.skips).toBe(1);
    expect(director.waiting).toBe(true);
    step();
    expect(stage.shown).toEqual(['home']);
    expect(director.waiting).toBe(false);
  });

  it('builds only the newest scene of several snapshots, once', () => {
    const { stage, director, step, runs } = setup();
    director.update(snap('closed'));
    director.update(snap(HOME));
    expect(runs).toHaveLength(1);
    step();
    expect(stage.shown).toEqual(['home']);
  });

  it('keeps the old scene until the new one is built (no empty stage)', () => {
    const { stage, director, step } = setup();
    director.update(snap(HOME));
    step();
    const home = stage.scene;
    director.update(snap('closed'));
    expect(stage.scene).toBe(home);
    step();
    expect(stage.scene?.name).toBe('closed');
  });

  it('leaves frames drawn while the picture stays the same', () => {
    const { stage, director, step } = setup();
    director.update(snap(HOME));
    step();
    director.update(snap(HOME));
    step();
    expect(stage.skips).toBe(1);
    expect(stage.shown).toEqual(['home']);
  });

  it('asks for a new picture to be drawn in the next frame once built, not for the same one', () => {
    const { stage, director, step } = setup();
    director.update(snap(HOME));
    expect(stage.soon).toBe(0);
    step();
    expect(stage.soon).toBeGreaterThan(0);
    const after = stage.soon;
    director.update(snap(HOME));
    step();
    expect(stage.soon).toBe(after);
    director.update(snap('closed'));
    expect(stage.soon).toBe(after);
    step();
    expect(stage.soon).toBeGreaterThan(after);
  });

  it('follows at once on a still stage (frozen test frames)', () => {
    const { stage, director } = setup();
    stage.still = true;
    director.update(snap(HOME));
    expect(stage.shown).toEqual(['home']);
    expect(director.waiting).toBe(false);
  });

  it('rebuilds the scene afresh, after the next paint too', () => {
    const { stage, director, step } = setup();
    director.update(snap(HOME));
    step();
    director.rebuild(snap(HOME));
    expect(stage.shown).toEqual(['home']);
    step();
    expect(stage.shown).toEqual(['home', 'home']);
  });
});
