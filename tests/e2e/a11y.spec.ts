// Accessibility: axe (WCAG 2.0–2.2, A and AA rules) finds nothing in any state a visitor or a
// member of staff can reach, in every language of the Uprising exhibit. The results per state
// and language are attached to the test as an annotation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './kiosk.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page, results: string[], name: string): Promise<void> {
  // Let screens finish fading in: axe measures contrast on what is painted.
  await page.waitForTimeout(700);
  const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  results.push(`${name}: ${violations.length} violations, ${passes.length} rules passed`);
  expect(found, `axe in ${name}`).toEqual([]);
}

async function reach(page: Page, state: string): Promise<void> {
  await page.waitForFunction(() => window.__exhibit, null, { timeout: 20_000 });
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(window.__exhibit!.state().value)), {
      timeout: 20_000,
    })
    .toContain(state);
}

const send = (page: Page, event: object) =>
  page.evaluate((e) => window.__exhibit!.send(e as never), event);

for (const lang of ['en', 'ru', 'uk']) {
  test(`no axe violations in any visitor state (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const results: string[] = [];
    await page.clock.install();
    await page.goto('/?effects=none');
    await reach(page, 'attract');
    await axe(page, results, 'attract');
    await send(page, { type: 'ui.start' });
    await reach(page, 'advisory');
    await send(page, { type: 'ui.languageChosen', lang });
    await axe(page, results, 'advisory');
    await send(page, { type: 'ui.continue' });
    await reach(page, 'home');
    await axe(page, results, 'home');
    await send(page, { type: 'ui.sources' });
    await reach(page, 'sources');
    await axe(page, results, 'sources');
    await send(page, { type: 'ui.back' });
    await send(page, { type: 'ui.chapterChosen', index: 5 });
    await reach(page, 'playing');
    await axe(page, results, 'chapter');
    await send(page, { type: 'ui.pause' });
    await reach(page, 'paused');
    await axe(page, results, 'paused');
    await page.clock.fastForward(61_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await axe(page, results, 'warning');
    await send(page, { type: 'user.activity' });
    await send(page, { type: 'ui.resume' });
    await send(page, { type: 'narration.ended' });
    await reach(page, 'ended');
    await axe(page, results, 'chapter ended');
    await send(page, { type: 'kiosk.fault', message: 'test' });
    await reach(page, 'outOfService');
    await axe(page, results, 'out of service');
    test.info().annotations.push({ type: `axe ${lang}`, description: results.join('; ') });
  });
}

test('no axe violations in the display loop, the guided tour and the staff panel', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const results: string[] = [];
  await page.goto('/?effects=none&mode=display');
  await reach(page, 'display');
  await axe(page, results, 'display loop');
  await send(page, { type: 'kiosk.mode', mode: 'docent' });
  await send(page, { type: 'ui.start' });
  await reach(page, 'advisory');
  await send(page, { type: 'ui.continue' });
  await reach(page, 'home');
  await axe(page, results, 'guided tour');
  await page.keyboard.press('Control+Alt+S');
  await expect(page.getByRole('dialog', { name: 'Staff PIN' })).toBeVisible();
  await axe(page, results, 'staff PIN');
  const pad = page.getByRole('dialog', { name: 'Staff PIN' });
  for (const d of '1953') await pad.getByRole('button', { name: d, exact: true }).click();
  await pad.getByRole('button', { name: 'Enter PIN' }).click();
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toBeVisible();
  await page.waitForTimeout(1_500); // the analytics charts
  await axe(page, results, 'staff panel');
  test.info().annotations.push({ type: 'axe', description: results.join('; ') });
});
