// The lint wall around src/machine/: no Pixi, no Howler, no DOM, no imports from outer layers.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(code: string, filePath = 'src/machine/example.ts') {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}

// The first lint loads the project's whole ESLint config and its TypeScript program: about 4 s of
// CPU quiet, several times that beside other work.
describe('src/machine lint wall', { timeout: 60_000 }, () => {
  it('rejects pixi.js, howler and scene imports', async () => {
    expect(
      await problems("import { Sprite } from 'pixi.js';\nexport const s = Sprite;\n"),
    ).toContain('no-restricted-imports');
    expect(await problems("import { Howl } from 'howler';\nexport const h = Howl;\n")).toContain(
      'no-restricted-imports',
    );
    expect(
      await problems("import { Stage } from '../scenes/Stage.ts';\nexport const s = Stage;\n"),
    ).toContain('no-restricted-imports');
  });

  it('rejects DOM globals', async () => {
    expect(await problems('export const t = document.title;\n')).toContain('no-restricted-globals');
    expect(await problems('export const w = window.innerWidth;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('allows the same code outside the machine', async () => {
    expect(await problems('export const t = document.title;\n', 'src/ui/example.ts')).toEqual([]);
  });

  it('forbids explicit any everywhere', async () => {
    expect(await problems('export const x: any = 1;\n', 'src/ui/example.ts')).toContain(
      '@typescript-eslint/no-explicit-any',
    );
  });
});
