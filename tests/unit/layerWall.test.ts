// The lint walls between the outer layers: ui, kiosk and scenes know the machine, not each other.
// The staff panel (src/ui/staff) reaches the kiosk only through src/kiosk/staffApi.ts.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function rules(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId);
}
const use = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;
const WALL = 'no-restricted-imports';

// ESLint is CPU-bound: on a loaded 2-core machine a lint takes seconds, so no 5 s default here.
describe('layer walls', { timeout: 60_000 }, () => {
  it('ui imports no kiosk internals, only staffApi.ts; nor the scenes', async () => {
    expect(await rules(use('../../kiosk/pin.ts'), 'src/ui/staff/example.ts')).toContain(WALL);
    expect(await rules(use('../kiosk/settings.ts'), 'src/ui/example.ts')).toContain(WALL);
    expect(await rules(use('../kiosk/analytics/store.ts'), 'src/ui/example.ts')).toContain(WALL);
    expect(await rules(use('../scenes/Stage.ts'), 'src/ui/example.ts')).toContain(WALL);
    expect(await rules(use('../../kiosk/staffApi.ts'), 'src/ui/staff/example.ts')).toEqual([]);
    expect(await rules(use('../machine/selectors.ts'), 'src/ui/example.ts')).toEqual([]);
  });

  it('kiosk imports no ui', async () => {
    expect(await rules(use('../ui/dom.ts'), 'src/kiosk/example.ts')).toContain(WALL);
    expect(
      await rules(use('../../ui/staff/staffPanel.ts'), 'src/kiosk/analytics/example.ts'),
    ).toContain(WALL);
    expect(await rules(use('../machine/types.ts'), 'src/kiosk/example.ts')).toEqual([]);
  });

  it('scenes import neither ui nor kiosk', async () => {
    expect(await rules(use('../ui/Overlay.ts'), 'src/scenes/example.ts')).toContain(WALL);
    expect(await rules(use('../../kiosk/log.ts'), 'src/scenes/map/example.ts')).toContain(WALL);
    expect(await rules(use('../machine/selectors.ts'), 'src/scenes/example.ts')).toEqual([]);
  });

  it('the composition root and src/app wire everything together', async () => {
    expect(await rules(use('../ui/Overlay.ts'), 'src/app/example.ts')).toEqual([]);
    expect(await rules(use('../kiosk/pin.ts'), 'src/app/example.ts')).toEqual([]);
    expect(await rules(use('./scenes/Stage.ts'), 'src/main.ts')).toEqual([]);
  });

  it('the current source keeps to the walls', async () => {
    const results = await eslint.lintFiles(['src/ui', 'src/kiosk', 'src/scenes']);
    const broken = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === WALL).map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(broken).toEqual([]);
  });
});
