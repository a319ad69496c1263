// Before the first visitor, each cue type the exhibit uses gets its one-time work, once
// (src/cues/views.ts): the stage names no cue type itself.
import { describe, expect, it, vi } from 'vitest';

// Pixi reads `navigator` when it loads; Node 20 has none.
vi.hoisted(() => {
  if (!('navigator' in globalThis))
    Object.defineProperty(globalThis, 'navigator', { value: { userAgent: 'node' } });
});
const prepared = vi.hoisted(() => ({ maps: 0, films: 0 }));
vi.mock('../../src/cues/map/prepare.ts', () => ({ prepareMaps: () => prepared.maps++ }));
vi.mock('../../src/cues/video/prepare.ts', () => ({ prepareFilms: () => prepared.films++ }));
import { prepareViews } from '../../src/cues/views.ts';

describe('prepareViews', () => {
  it("does each used type's work once, and nothing for types without any or not used", () => {
    prepareViews(['title', 'map', 'document', 'map', 'quote']);
    expect(prepared).toEqual({ maps: 1, films: 0 });
    prepareViews(['video', 'map', 'video']);
    expect(prepared).toEqual({ maps: 2, films: 1 });
  });
});
