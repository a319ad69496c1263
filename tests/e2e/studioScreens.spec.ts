// The studio's screens against a stand-in server (studioFake.ts): the id checked as it is typed,
// the script side by side with its caption lint, cues made from the schema, errors beside their
// fields, a conflict, a draft, a broken file, voice and publish. The app is served by Vite's dev
// server on the studio test port (STUDIO_PORT, 4253). Screenshots: test-results/screens/.
import { mkdirSync, realpathSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { FakeStudio } from './studioFake.ts';

const PORT = Number(process.env.STUDIO_PORT ?? 4253);
const APP = `http://127.0.0.1:${PORT}/src/studio/index.html`;
let vite: ViteDevServer;

test.use({ viewport: { width: 1440, height: 900 }, hasTouch: false });

test.beforeAll(async () => {
  mkdirSync('test-results/screens', { recursive: true });
  vite = await createServer({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    server: {
      port: PORT,
      strictPort: true,
      host: '127.0.0.1',
      hmr: false,
      // A worktree's node_modules may be a link to another checkout's: its fonts are served too.
      fs: { allow: [process.cwd(), realpathSync('node_modules')] },
    },
  });
  await vite.listen();
});
test.afterAll(async () => {
  await vite?.close();
});

async function open(page: Page, fake: FakeStudio, hash = '#/') {
  await fake.attach(page);
  await page.goto(`${APP}${hash}`);
  // The studio's own typefaces, not a fallback.
  const fonts = await page.evaluate(async () => {
    const faces = ['16px "PT Sans"', '700 16px "PT Serif"', '16px "PT Serif"'];
    await Promise.all(faces.map((f) => document.fonts.load(f, 'Aа')));
    return faces.every((f) => document.fonts.check(f, 'Aа'));
  });
  expect(fonts).toBe(true);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/studio-${name}.png`, fullPage: false });

const savedText = (fake: FakeStudio, path: string) => fake.files.get(path) ?? '';
const CH = 'exhibits/gallery/chapters/opening.json';

test('exhibits: the list, the id checked as it is typed, duplicate', async ({ page }) => {
  const fake = new FakeStudio();
  await open(page, fake);
  const row = page.locator('tr[data-exhibit="gallery"]');
  await expect(row).toContainText('A Cue Gallery');
  await expect(row).toContainText('en (default), ru, uk');
  await expect(row.locator('td').nth(2)).toHaveText('7');
  const id = page.getByLabel('Id (its folder’s name)');
  await id.fill('Camp Life');
  await expect(page.getByText('Use small letters, digits and single hyphens only')).toBeVisible();
  await id.fill('gallery');
  await expect(page.getByText('"gallery" is taken')).toBeVisible();
  await id.fill('camp-life');
  await expect(page.getByText('Free to use.')).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Camp life');
  await shot(page, 'exhibits');
  await page.getByRole('button', { name: 'Duplicate A Cue Gallery' }).click();
  await expect(id).toHaveValue('gallery-copy');
  await expect(page.getByLabel('Start from')).toHaveValue('gallery');
  await id.fill('camp-life');
  await page.getByRole('button', { name: 'Create the exhibit' }).click();
  await expect(page).toHaveURL(/#\/exhibit\/camp-life$/);
  await expect(page.getByText('This exhibit has no chapters yet')).toBeVisible();
});

test('chapter: script side by side, lint as you type, missing translation, autosave', async ({
  page,
}) => {
  const fake = new FakeStudio();
  await open(page, fake, '#/exhibit/gallery/opening');
  const en2 = page.getByLabel('Sentence 2 in en');
  await expect(en2).toHaveValue('None of it is a historical fact.');
  await expect(page.getByLabel('Sentence 2 in ru')).toHaveValue(
    'Ничто здесь не исторический факт.',
  );
  const cell = page.locator('td[data-path="script[1].text.en"]');
  // Voiced: the manifest's timing is shown with the count.
  await expect(cell.locator('.lint-line')).toContainText('on screen 2.1 s as voiced');
  await en2.fill(
    'None of it is a historical fact, and nothing here should be read as one by anybody at all, ever.',
  );
  await expect(cell.locator('.lint-lines')).toContainText('do not fit 2 caption lines of 42');
  // Edited: the old voice's timing no longer applies.
  await expect(cell.locator('.lint-line')).not.toContainText('as voiced');
  await en2.fill('None of it is a historical fact.');
  await expect(cell.locator('.lint')).toHaveCount(0);
  // A translation left out is marked.
  await page.getByLabel('Sentence 2 in uk').fill('');
  await expect(page.locator('td[data-path="script[1].text.uk"]')).toHaveClass(/missing/);
  await page.getByLabel('Sentence 2 in uk').fill('Ніщо тут не історичний факт.');
  await en2.fill('None of it is a real fact.');
  await expect.poll(() => savedText(fake, CH)).toContain('None of it is a real fact.');
  await expect(page.locator('main .save-status')).toHaveText('Saved');
  // Reorder with the keyboard.
  await page.getByRole('button', { name: 'Move sentence 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Sentence 1 in en')).toHaveValue('None of it is a real fact.');
  await expect
    .poll(() => JSON.parse(savedText(fake, CH)).script[0].text.en)
    .toBe('None of it is a real fact.');
  await page
    .getByLabel('Sentence 1 in en')
    .fill('None of it is a real fact, and nothing here should be read as one by anybody.');
  await page.getByLabel('Sentence 2 in ru').fill('');
  await shot(page, 'chapter');
});

test('sources: picked from the list, one added in place', async ({ page }) => {
  const fake = new FakeStudio();
  await open(page, fake, '#/exhibit/gallery/opening');
  const row = page.locator('tr[data-sentence="1"]');
  await row.getByRole('checkbox', { name: 'barnes-2011' }).check();
  await expect
    .poll(() => JSON.parse(savedText(fake, CH)).script[0].sources)
    .toEqual(['applebaum-2003', 'barnes-2011']);
  await row.getByRole('button', { name: 'Add a source' }).click();
  await row.getByLabel('Id (cited by sentences)').fill('test-notes-2026');
  await row.getByLabel('Author or editor').fill('The engine’s tests');
  await row.getByLabel('Title').fill('Notes for a test fixture');
  await row.getByRole('button', { name: 'Add the source' }).click();
  await expect(
    page.locator('tr[data-sentence="1"]').getByRole('checkbox', { name: 'test-notes-2026' }),
  ).toBeChecked();
  await expect
    .poll(() => savedText(fake, 'exhibits/gallery/exhibit.json'))
    .toContain('test-notes-2026');
  await expect
    .poll(() => JSON.parse(savedText(fake, CH)).script[0].sources)
    .toContain('test-notes-2026');
});

test('cues: fields from the schema, placed on a sentence, a picture needs its rights', async ({
  page,
}) => {
  const fake = new FakeStudio();
  await open(page, fake, '#/exhibit/gallery/opening');
  // A title cue at sentence 2.
  await page.locator('tr[data-sentence="2"] [data-action="preview-sentence"]').click();
  await page.getByLabel('New cue').selectOption('title');
  await page.getByRole('button', { name: 'Add the cue' }).click();
  const card = page.locator('.new-cue details.cue');
  await expect(card.getByLabel('Sentence')).toHaveValue('2');
  await expect(card).toContainText('Not saved yet: heading is needed');
  await card.locator('[data-path="cues[1].heading.en"] input').fill('Second card');
  await expect
    .poll(() => JSON.parse(savedText(fake, CH)).cues[1])
    .toEqual({ type: 'title', sentence: 2, heading: { en: 'Second card' } });
  await card.locator('[data-path="cues[1].heading.ru"] input').fill('Вторая карточка');
  await card.locator('[data-path="cues[1].heading.uk"] input').fill('Друга картка');
  await card.getByRole('button', { name: 'Done' }).click();
  // A picture: imported, then held back until its rights are given.
  await page.getByLabel('New cue').selectOption('image');
  await page.getByRole('button', { name: 'Add the cue' }).click();
  const img = page.locator('.new-cue details.cue');
  await img.getByLabel(/Import a picture/).setInputFiles({
    name: 'Barracks Drawing.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>'),
  });
  await expect(img.locator('[data-path="cues[2].image"] input[type=text]')).toHaveValue(
    'images/barracks-drawing.svg',
  );
  await img.getByLabel('Medium').selectOption('drawing');
  for (const [lang, alt] of [
    ['en', 'A drawing of huts'],
    ['ru', 'Рисунок бараков'],
    ['uk', 'Малюнок бараків'],
  ])
    await img.locator(`[data-path="cues[2].alt.${lang}"] input`).fill(alt!);
  await expect(img.locator('.cue-problems')).toContainText('rights is needed');
  await expect(img.locator('[data-path="cues[2].rights.credit"] .field-error')).toHaveText(
    'Credit is needed',
  );
  await shot(page, 'cues');
  expect(JSON.parse(savedText(fake, CH)).cues).toHaveLength(2);
  await img.getByLabel('Credit').fill('Drawn for the engine’s tests');
  await img.getByLabel('Licence').fill('CC0-1.0');
  await img.locator('[data-path="cues[2].rights.source"] input').fill('Drawn for the tests');
  await img.getByLabel('Date').fill('2026');
  await expect.poll(() => JSON.parse(savedText(fake, CH)).cues[2]?.rights?.licence).toBe('CC0-1.0');
});

test('check: errors beside their fields, the rest listed; voice and publish with progress', async ({
  page,
}) => {
  const fake = new FakeStudio();
  fake.voice = 'missing-tool';
  await open(page, fake, '#/exhibit/gallery/opening');
  await page.getByLabel('Sentence 2 in ru').fill('');
  // Another chapter's problem goes in the list at the top, with a link to it.
  const image = JSON.parse(fake.files.get('exhibits/gallery/chapters/image.json')!);
  delete image.script[0].text.uk;
  fake.touch('exhibits/gallery/chapters/image.json', JSON.stringify(image));
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const ru = page.locator('td[data-path="script[1].text.ru"] > .field-error');
  await expect(ru).toContainText('expected the sentence in "ru"');
  const list = page.locator('.check-panel .error-list');
  await expect(list).toContainText('chapter “image”, script[0].text.uk');
  await expect(list).not.toContainText('script[1].text.ru');
  await page.getByRole('button', { name: 'Voice this chapter' }).click();
  await expect(page.locator('.job .job-error')).toContainText('sudo apt install sox');
  await shot(page, 'check');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('.job[data-state="done"]')).toContainText(
    'The built kiosk is in dist/',
  );
  await list.getByRole('link', { name: /chapter “image”/ }).click();
  await expect(page).toHaveURL(/#\/exhibit\/gallery\/image$/);
  await expect(page.getByLabel('Sentence 1 in uk')).toBeFocused();
});

test('nothing is lost: a conflict, a draft, a broken file', async ({ page }) => {
  const fake = new FakeStudio();
  fake.touch(
    'exhibits/gallery/chapters/video.json',
    '{\n  "id": "video",\n  "title": {\n    "en": "A film",,\n  }\n}\n',
  );
  await open(page, fake, '#/exhibit/gallery/opening');
  // Changed on disk since it was opened.
  await expect(page.getByLabel('Sentence 1 in en')).toHaveValue(/Each chapter/);
  const disk = JSON.parse(fake.files.get(CH)!);
  disk.title.en = 'Opening (changed elsewhere)';
  fake.touch(CH, JSON.stringify(disk, null, 2));
  await page.getByLabel('Sentence 1 in en').fill('Each chapter here shows one kind of cue.');
  const conflict = page.locator('.panel.conflict');
  await expect(conflict).toContainText('This file changed on disk since you opened it');
  await expect(conflict.locator('pre.disk')).toContainText('Opening (changed elsewhere)');
  await expect(conflict.locator('pre.mine')).toContainText(
    'Each chapter here shows one kind of cue.',
  );
  await shot(page, 'conflict');
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect
    .poll(() => savedText(fake, CH))
    .toContain('Each chapter here shows one kind of cue.');
  // Not valid: kept as a draft, the file untouched.
  const before = savedText(fake, CH);
  await page
    .locator('[data-path="title.en"] input')
    .fill('A chapter title far too long to fit two lines of the menu card at all');
  await expect(page.locator('.panel.draft')).toContainText('Not saved to the exhibit');
  await expect(page.locator('[data-path="title.en"] > .field-error')).toContainText(
    'expected at most 60',
  );
  expect(savedText(fake, CH)).toBe(before);
  await shot(page, 'draft');
  await page.locator('[data-path="title.en"] input').fill('Opening');
  await expect(page.locator('main .save-status')).toHaveText('Saved');
  // A malformed file on disk: its message and line, never a crash.
  await page.locator('.chapter-list a', { hasText: 'video' }).click();
  const broken = page.locator('.panel.broken');
  await expect(broken).toContainText('is not valid JSON');
  await expect(broken).toContainText('Line 4');
  await expect(broken.locator('.bad-line')).toContainText('"A film",,');
  await shot(page, 'broken');
});

/** axe's WCAG 2.0–2.2 A and AA rules on what is on screen now. */
async function axeClean(page: Page, name: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe in ${name}`).toEqual([]);
}

test('accessible: axe finds nothing on the exhibits, chapter, cue and check screens; 1920×1080', async ({
  page,
}) => {
  const fake = new FakeStudio();
  await open(page, fake);
  await expect(page.locator('tr[data-exhibit="gallery"]')).toBeVisible();
  await axeClean(page, 'exhibits');
  await page.goto(`${APP}#/exhibit/gallery/image`);
  await expect(page.getByLabel('Sentence 1 in en')).toBeVisible();
  await page.locator('details.cue[data-cue="0"] summary').click();
  await page.getByLabel('Sentence 2 in ru').fill('');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.check-summary')).toContainText('problem');
  await axeClean(page, 'chapter with a cue open and a check');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/screens/studio-chapter-1920.png' });
});
