// The curator's flow of issue 19, against the real studio (npm run studio's startStudio) on a
// temporary content root: create an exhibit, add a chapter with two sentences in two languages and
// a title cue, see a caption lint appear and fix it, preview it at the second sentence, voice it
// (with the voice tools installed; where one is missing, the server's clear message), check,
// publish, then the built kiosk (served by scripts/server) plays it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startStudio, type Studio } from '../../scripts/studio/main.ts';
import { startServer, type RunningServer } from '../../scripts/server/index.mjs';
import { voiceToolsMissing } from './studioTools.ts';

// Any free port (0): the studio prints the one it got.
const PORT = Number(process.env.STUDIO_PORT ?? 0);
let root: string;
let studio: Studio;
let kiosk: RunningServer | undefined;

test.use({ viewport: { width: 1440, height: 900 }, hasTouch: true });
test.setTimeout(600_000);

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'studio-flow-'));
  mkdirSync(join(root, 'exhibits'));
  mkdirSync(join(root, 'media'));
  studio = await startStudio({ roots: [root], port: PORT });
  mkdirSync('test-results/screens', { recursive: true });
});
test.afterAll(async () => {
  await kiosk?.close();
  await studio?.close();
  rmSync(root, { recursive: true, force: true });
});

const EN = ['The strike began on a Monday in May.', 'Nobody went out to work that morning.'];
const RU = ['Забастовка началась в понедельник в мае.', 'В то утро никто не вышел на работу.'];

/** The studio's and its preview's console, printed when the test fails. */
const said: string[] = [];
// eslint-disable-next-line no-empty-pattern -- Playwright asks for a destructured first argument
test.afterEach(({}, info) => {
  if (info.status !== info.expectedStatus) console.log(`console:\n  ${said.join('\n  ')}`);
});

test('a curator makes an exhibit, voices and publishes it, and the kiosk plays it', async ({
  page,
}) => {
  page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
  await page.goto(studio.url);
  // 1. A new exhibit from the template.
  await page.getByLabel('Id (its folder’s name)').fill('curators-trial');
  await expect(page.getByText('Free to use.')).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('A Curator’s Trial');
  await page.getByLabel('Languages').fill('en, ru');
  await page.getByRole('button', { name: 'Create the exhibit' }).click();
  await expect(page).toHaveURL(/#\/exhibit\/curators-trial$/);
  await expect(page.locator('.chapter-list li')).toHaveCount(1);

  // 2. A chapter: two sentences in two languages and a title card.
  await page.getByLabel('New chapter id').fill('strike');
  await page.getByLabel('Its title').fill('The strike');
  await page.getByRole('button', { name: 'Add a chapter' }).click();
  await expect(page).toHaveURL(/#\/exhibit\/curators-trial\/strike$/);
  await page.locator('[data-path="title.ru"] input').fill('Забастовка');
  await page.locator('[data-path="summary.en"] input').fill('How the work stopped.');
  await page.locator('[data-path="summary.ru"] input').fill('Как остановилась работа.');
  await page.getByLabel('Sentence 1 in en').fill(EN[0]!);
  await page.getByLabel('Sentence 1 in ru').fill(RU[0]!);
  await page.getByRole('button', { name: 'Add a sentence' }).click();
  // A lint error as it is typed, then fixed.
  const en2 = page.getByLabel('Sentence 2 in en');
  await en2.fill(
    'Nobody went out to work that morning, nor the next, nor the one after it, for forty days in all.',
  );
  const lint = page.locator('td[data-path="script[1].text.en"] .lint-lines');
  await expect(lint).toContainText('do not fit 2 caption lines of 42');
  await en2.fill(EN[1]!);
  await expect(lint).toHaveCount(0);
  await expect(page.locator('td[data-path="script[1].text.ru"]')).toHaveClass(/missing/);
  await page.getByLabel('Sentence 2 in ru').fill(RU[1]!);
  await expect(page.locator('td.missing')).toHaveCount(0);
  // The title card, in both languages.
  const cue = page.locator('details.cue[data-cue="0"]');
  await cue.locator('summary').click();
  await cue.locator('[data-path="cues[0].heading.ru"] input').fill('Забастовка');
  await expect(page.locator('main .save-status')).toHaveText('Saved');
  // 3. Preview at the second sentence.
  await page.locator('tr[data-sentence="2"] [data-action="preview-sentence"]').click();
  await expect(page.locator('tr[data-sentence="2"]')).toHaveClass(/picked/);
  // The kiosk's own stage (src/studio/preview/) shows that sentence's caption.
  await expect(page.frameLocator('.preview-frame iframe').locator('.caption')).toContainText(
    EN[1]!,
    { timeout: 30_000 },
  );
  await page.screenshot({ path: 'test-results/screens/studio-flow-chapter.png' });
  // Larger: the preview over the editor, big enough to read the stage's type; Escape puts it back.
  await page.getByRole('button', { name: 'Larger' }).click();
  const frame = page.locator('.preview-frame');
  await expect.poll(async () => (await frame.boundingBox())?.width ?? 0).toBeGreaterThan(1200);
  await page.screenshot({ path: 'test-results/screens/studio-preview-larger.png' });
  await page.getByRole('button', { name: 'Smaller' }).press('Escape');
  await expect.poll(async () => (await frame.boundingBox())?.width ?? 0).toBeLessThan(500);

  // 4. Voice it: progress then done, or the server's message naming what to install.
  const missing = voiceToolsMissing();
  await page.getByRole('button', { name: 'Voice this chapter' }).click();
  const job = page.locator('.job');
  if (missing) {
    await expect(job).toHaveAttribute('data-state', 'failed', { timeout: 60_000 });
    await expect(job.locator('.job-error')).toContainText(missing);
    return;
  }
  await expect(job.locator('progress')).toHaveAttribute('value', /0\.\d|1/, { timeout: 120_000 });
  await expect(job).toHaveAttribute('data-state', 'done', { timeout: 400_000 });
  // 5. Check: nothing left to fix.
  await expect(page.locator('.check-summary')).toContainText('No problems: ready to publish.', {
    timeout: 60_000,
  });
  // The caption lint now counts the new voice's timing.
  await expect(page.locator('td[data-path="script[0].text.en"] .lint-line')).toContainText(
    'as voiced',
  );
  await page.screenshot({ path: 'test-results/screens/studio-flow-voiced.png' });

  // 6. Publish, then the built kiosk plays the new chapter.
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(job).toHaveAttribute('data-state', 'done', { timeout: 300_000 });
  const output = /The built kiosk is in (.+)\.$/.exec(
    (await job.locator('.step').textContent()) ?? '',
  )?.[1];
  expect(output).toBeTruthy();
  kiosk = await startServer({ root: output!, port: 0, log: () => {} });
  const visitor = await page.context().newPage();
  await visitor.setViewportSize({ width: 1920, height: 1080 });
  await visitor.goto(kiosk.url);
  await visitor
    .getByRole('button', { name: /Touch to begin/ })
    .first()
    .tap();
  const go = visitor.getByRole('button', { name: 'Continue' });
  if (await go.isVisible().catch(() => false)) await go.tap();
  await visitor.locator('.chapter-card', { hasText: 'The strike' }).tap();
  await expect
    .poll(() => visitor.locator('.caption').textContent(), { timeout: 30_000 })
    .toContain(EN[0]!);
});
