// Accessibility: axe (WCAG 2.0–2.2, A and AA rules) finds nothing in any state a visitor or a
// member of staff can reach, in every language of the Uprising exhibit, and every control there is
// a touch target of at least 44 × 44 px with 8 px around it. The results per state and language are
// attached to the test as an annotation.
import type { Page } from '@playwright/test';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';
import {
  axe,
  expect,
  fixtureCaptions,
  screenshot,
  seedPin,
  startVisit,
  test,
  TEST_PIN,
} from './kiosk.ts';

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

for (const lang of LANGUAGE_CODES) {
  test(`no axe violations in any visitor state (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const results: string[] = [];
    await page.clock.install();
    await page.goto('/?effects=none');
    await reach(page, 'attract');
    // The attract screen is the same in every language (it speaks all three at once).
    if (lang === 'en') await axe(page, results, 'attract');
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
  await seedPin(page);
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
  for (const d of TEST_PIN) await pad.getByRole('button', { name: d, exact: true }).click();
  await pad.getByRole('button', { name: 'Enter PIN' }).click();
  await expect(page.getByRole('dialog', { name: 'Staff panel' })).toBeVisible();
  // The charts, read from storage, and the health figures, measured over a second.
  await expect(page.locator('.staff-analytics figure.chart').first()).toBeVisible();
  await expect(page.locator('.staff-health')).not.toContainText('Measuring');
  await axe(page, results, 'staff panel');
  test.info().annotations.push({ type: 'axe', description: results.join('; ') });
});

test('captions and text: larger, boxed, in two languages and larger text, for one visit only', async ({
  page,
}) => {
  test.setTimeout(120_000); // two visits and two axe runs: over a minute on a busy machine
  await page.clock.install();
  await page.goto('/?exhibit=test-exhibit&effects=none');
  await reach(page, 'attract');
  await startVisit(page);
  await page.getByRole('button', { name: 'Русский' }).tap();
  await page.locator('.chapter-card').nth(0).tap();
  await reach(page, 'playing');
  // Paused on the first sentence (it starts 0.5 s in), so there is a caption to measure.
  const caption = page.locator('.caption').first();
  await expect(caption).not.toBeEmpty();
  await page.getByRole('button', { name: 'Пауза' }).tap();
  await expect(caption).not.toBeEmpty();
  const size = () => caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Доступность' }).tap();
  const dialog = page.getByRole('dialog', { name: 'Доступность' });
  await expect(dialog).toBeVisible();
  const results: string[] = [];
  await axe(page, results, 'captions and text');
  const heading = () =>
    page.locator('.chapter-heading').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const headingBefore = await heading();
  for (const name of [
    'Крупные субтитры',
    'Субтитры на тёмной плашке',
    'Субтитры также на языке: English',
    'Крупный текст',
  ])
    await dialog.getByRole('button', { name }).tap();
  await expect(dialog.getByRole('button', { name: 'Крупные субтитры' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await dialog.getByRole('button', { name: 'Закрыть' }).tap();
  await expect(dialog).toHaveCount(0);
  expect(await size()).toBeGreaterThan(before * 1.3);
  expect(await heading()).toBeCloseTo(headingBefore * 1.2, 0);
  expect(await caption.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  // The English caption of the same sentence, beneath the Russian one (the first or, when the
  // tap on Pause came late on a busy machine, the second).
  const words = (chapterLang: string) =>
    fixtureCaptions('first-light', chapterLang).map((c) => c.text.replace(/\s+/g, ' ').trim());
  const shown = words('ru').indexOf(
    ((await caption.textContent()) ?? '').replace(/\s+/g, ' ').trim(),
  );
  expect(shown, 'the Russian caption on screen').toBeGreaterThanOrEqual(0);
  await expect(page.locator('.caption-second')).toHaveText(words('en')[shown]!);
  await axe(page, results, 'chapter with all caption settings');
  await screenshot(page, 'captions-two-languages');
  // The settings hold across chapters, and the next visitor starts without them.
  await page.getByRole('button', { name: 'Следующая глава' }).tap();
  await reach(page, 'playing');
  expect(await size()).toBeGreaterThan(before * 1.3);
  await page.getByRole('button', { name: 'Пауза' }).tap();
  await page.clock.fastForward(61_000);
  // The countdown ticks each second: runFor fires every tick, fastForward only the first (the
  // rest then came on real time, over the test's limit on a busy machine).
  await page.clock.runFor(21_000);
  await reach(page, 'attract');
  await startVisit(page);
  await page.locator('.chapter-card').nth(0).tap();
  await reach(page, 'playing');
  expect(await size()).toBeCloseTo(before, 0);
  expect(await heading()).toBeCloseTo(headingBefore, 0);
  await expect(page.locator('.caption-second')).toBeHidden();
  test.info().annotations.push({ type: 'axe', description: results.join('; ') });
});

test('the keypad alone: arrows move, Enter chooses, Back goes back, H shows the keys', async ({
  page,
}) => {
  await page.goto('/?exhibit=test-exhibit&effects=none');
  await reach(page, 'attract');
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  // The focused control's name is spoken, from a file made by `npm run media:prompts`.
  const spoken = async () => {
    const prompt = await page.evaluate(() => window.__exhibit!.prompt());
    const status = await page.evaluate(async (p) => (await fetch(`${p}.opus`)).status, prompt);
    expect(status, `${prompt}.opus`).toBe(200);
    return prompt?.replace(/^.*media\//, '');
  };
  // The attract montage moves on by itself, until the keypad is used: then it holds still.
  const cueAfter = async (ms: number) =>
    page.evaluate((t) => {
      window.__exhibit!.advance(t);
      return window.__exhibit!.scene().cue;
    }, ms);
  await page.evaluate(() => window.__exhibit!.freeze());
  const first = await cueAfter(100);
  expect(await cueAfter(20_000)).not.toBe(first);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeFocused();
  const held = await cueAfter(100);
  expect(await cueAfter(20_000)).toBe(held);
  expect(await spoken()).toBe('prompts/en/touchToBegin');
  await page.keyboard.press('Enter');
  await reach(page, 'advisory');
  await page.keyboard.press('Escape'); // back, from the advisory, is the attract loop
  await reach(page, 'attract');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await reach(page, 'advisory');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await reach(page, 'home');
  // Help: what the keys do, in the visitor's language, over the screen.
  await page.keyboard.press('h');
  const help = page.getByRole('dialog', { name: 'The keys' });
  await expect(help).toContainText('Move between the controls');
  expect(await spoken(), 'the help is read out too').toBe('prompts/en/keysSpoken');
  const results: string[] = [];
  await axe(page, results, 'key help');
  await page.keyboard.press('ArrowDown'); // inside the dialog, the arrows stay in it
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  // Arrows walk the controls in order, wrapping round; the second chapter's card is among them.
  const seen: string[] = [];
  for (let i = 0; i < 12 && !seen.at(-1)?.includes('Second Step'); i++) {
    await page.keyboard.press('ArrowDown');
    seen.push(await focused());
  }
  expect(seen.at(-1)).toContain('Second Step');
  expect(await spoken()).toBe('test-exhibit/prompts/en/chapter-second-step');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await reach(page, 'playing');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape'); // back, from a chapter, is the chapter menu
  await reach(page, 'home');
  const before = await spoken();
  await page.keyboard.press('Tab'); // Tab moves the focus by itself, and is spoken too
  await expect.poll(spoken).not.toBe(before);
  test.info().annotations.push({ type: 'keypad', description: seen.join(' → ') });
});

test('all controls low on the screen: in portrait every control a visitor can touch is in the lower half', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.clock.install();
  // A staff default, so the advisory (before the visitor could ask) is low too.
  await page.addInitScript(() =>
    localStorage.setItem('museum-kiosk.settings', JSON.stringify({ access: { lowReach: true } })),
  );
  await page.goto('/?effects=none');
  await reach(page, 'attract');
  const high = () =>
    page.evaluate(() => {
      const modals = document.querySelectorAll('[aria-modal="true"]');
      const root = modals[modals.length - 1] ?? document;
      return (
        [...root.querySelectorAll<HTMLElement>('button, a, input, select')]
          .filter((el) => el.getClientRects().length && !el.closest('[inert]'))
          // At least a fingertip (44 px) of it in the lower half.
          .filter((el) => el.getBoundingClientRect().bottom - innerHeight / 2 < 44)
          .map(
            (el) =>
              `${(el.textContent ?? '').trim().slice(0, 30)} at ${Math.round(el.getBoundingClientRect().top)} px`,
          )
      );
    });
  const states: string[] = [];
  const check = async (name: string) => {
    await expect.poll(high, { message: name }).toEqual([]);
    states.push(name);
  };
  await check('attract');
  await send(page, { type: 'ui.start' });
  await reach(page, 'advisory');
  await check('advisory');
  await screenshot(page, 'low-reach-advisory');
  await send(page, { type: 'ui.continue' });
  await reach(page, 'home');
  await check('home');
  await page.getByRole('button', { name: 'Accessibility' }).click();
  await check('captions and text');
  await page.keyboard.press('Escape');
  await send(page, { type: 'ui.sources' });
  await reach(page, 'sources');
  await check('sources');
  await send(page, { type: 'ui.back' });
  await send(page, { type: 'ui.chapterChosen', index: 0 });
  await reach(page, 'playing');
  await check('chapter');
  await send(page, { type: 'ui.pause' });
  await page.clock.fastForward(61_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await check('warning');
  await send(page, { type: 'user.activity' });
  await page.keyboard.press('h');
  await check('key help');
  await screenshot(page, 'low-reach-help');
  test.info().annotations.push({ type: 'low reach', description: states.join(', ') });
});
