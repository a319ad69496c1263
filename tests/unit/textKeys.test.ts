// The stage forgets the keys of text textures nothing uses any more (Pixi keeps them as null).
import { describe, expect, it } from 'vitest';
import { forgetReleasedTextKeys } from '../../src/scenes/textKeys.ts';

describe('forgetReleasedTextKeys', () => {
  it('deletes the null entries of both text systems and keeps the live ones', () => {
    const live = { texture: {}, usageCount: 1 };
    const renderer = {
      canvasText: {
        _activeTextures: {
          'Uprising:12-0:1': null,
          'Vorkuta:40-1:0.5': live,
          'Kengir:9-0:1': null,
        },
      },
      htmlText: { _activeTextures: { 'a:1-0:1': null } },
    };
    expect(forgetReleasedTextKeys(renderer)).toBe(3);
    expect(renderer.canvasText._activeTextures).toEqual({ 'Vorkuta:40-1:0.5': live });
    expect(renderer.htmlText._activeTextures).toEqual({});
  });

  it('does nothing to a renderer without them (a Pixi that renamed the field)', () => {
    expect(forgetReleasedTextKeys({})).toBe(0);
    expect(forgetReleasedTextKeys({ canvasText: { _activeTextures: null } })).toBe(0);
  });
});
