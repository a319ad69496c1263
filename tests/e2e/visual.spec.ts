// Visual baselines: every cue type of the real exhibit, in every language, in landscape 1920×1080
// and portrait 1080×1920. The stage's clock is frozen and stepped, so each picture is exact;
// grain is off (its noise is different in every frame). Update after a deliberate change with
// `npx playwright test visual --update-snapshots`, and look at the new pictures before committing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';
import { expect, test } from './kiosk.ts';

// Playwright applies visual.css as an inline <style>, which the kiosk's CSP refuses (csp.spec.ts
// checks that policy); here the page is only photographed.
test.use({ bypassCSP: true });
// Baselines are drawn at full quality (kiosk.ts: other specs run at low).
test.use({ quality: 'full' });

/** One cue of each type in the Uprising exhibit (its first): [chapter index, cue index]. */
const TYPES = ['title', 'map', 'figure', 'timeline', 'document', 'quote'] as const;
const CUES = Object.fromEntries(TYPES.map((type) => [type, firstCue(type)]));

function firstCue(type: string): [number, number] {
  const { chapters } = JSON.parse(readFileSync('exhibits/uprising/exhibit.json', 'utf8')) as {
    chapters: string[];
  };
  for (const [c, id] of chapters.entries()) {
    const { cues } = JSON.parse(readFileSync(`exhibits/uprising/chapters/${id}.json`, 'utf8')) as {
      cues: { type: string }[];
    };
    const q = cues.findIndex((cue) => cue.type === type);
    if (q >= 0) return [c, q];
  }
  throw new Error(`Uprising has no ${type} cue`);
}

const SIZES = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
} as const;

async function send(page: Page, event: object): Promise<void> {
  await page.evaluate((e) => window.__exhibit!.send(e as never), event);
}

/** Opens a chapter paused at one cue, and lets its animations run 15 stepped seconds. */
async function showCue(page: Page, chapter: number, cue: number, lang: string): Promise<void> {
  await send(page, { type: 'ui.home' });
  await send(page, { type: 'ui.chapterChosen', index: chapter });
  await send(page, { type: 'ui.pause' });
  if (lang !== 'en') await send(page, { type: 'ui.languageChosen', lang });
  const start = await page.evaluate((i) => window.__exhibit!.cueStarts()[i]!, cue);
  await send(page, { type: 'narration.progress', position: start + 0.05 });
  await page.evaluate(() => window.__exhibit!.advance(15_000)); // a 9-line page takes 12 s
  await expect
    .poll(() => page.evaluate(() => window.__exhibit!.scene().cue))
    .toBe(`${cue}:${lang}`);
}

for (const [orientation, size] of Object.entries(SIZES)) {
  for (const lang of LANGUAGE_CODES) {
    test(`every cue type looks as it should (${orientation}, ${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.goto('/?effects=none');
      await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
        timeout: 30_000,
      });
      await page.evaluate(() => window.__exhibit!.freeze());
      await send(page, { type: 'ui.start' });
      await send(page, { type: 'ui.continue' });
      for (const [type, [chapter, cue]] of Object.entries(CUES)) {
        await showCue(page, chapter, cue, lang);
        await expect(page, `${type} in ${lang}`).toHaveScreenshot(
          `${type}-${orientation}-${lang}.png`,
          {
            maxDiffPixelRatio: 0.001,
            threshold: 0.2,
            stylePath: 'tests/e2e/visual.css',
          },
        );
      }
    });
  }
}
