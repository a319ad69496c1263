// Software WebGL: told apart by the renderer's name, and Pixi's batch textures capped there only.
import { describe, expect, it } from 'vitest';
import {
  batchTextures,
  isSoftwareName,
  SOFTWARE_BATCH_TEXTURES,
} from '../../src/scenes/software.ts';

const SWIFTSHADER =
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';

describe('software rendering', () => {
  it('knows SwiftShader and llvmpipe from a GPU', () => {
    expect(isSoftwareName(SWIFTSHADER)).toBe(true);
    expect(isSoftwareName('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(
      isSoftwareName('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)'),
    ).toBe(false);
    expect(isSoftwareName('')).toBe(false);
  });

  it('caps the textures a batch samples in software, and leaves a GPU its own limit', () => {
    expect(batchTextures(16, SWIFTSHADER)).toBe(SOFTWARE_BATCH_TEXTURES);
    expect(SOFTWARE_BATCH_TEXTURES).toBe(4);
    expect(batchTextures(2, SWIFTSHADER)).toBe(2);
    expect(batchTextures(16, 'ANGLE (NVIDIA, NVIDIA GeForce GTX 1050)')).toBe(16);
  });
});
