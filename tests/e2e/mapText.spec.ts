// Maps set no text over text and none outside the safe area: every map cue of Uprising and of the
// test exhibits, in every language, at 1920×1080, 1080×1920 and 1280×1024. Each label, caption,
// figure line, inset name and the Arctic Circle's name is read from the stage as a box; none may
// overlap another, stand within 5 % of the short side of an edge, or reach into the captions band.
// (A general text-overlap test for all cues may take this in later.)
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadExhibit } from '../../src/content/load.ts';
import { LANGUAGE_CODES } from '../../src/i18n/registry.ts';
import type { TextBox } from '../../src/cues/map/MapView.ts';
import { findExhibits, fsReader } from '../../scripts/fsReader.ts';
import { expect, test } from './kiosk.ts';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 1024 },
];
// Every exhibit in the repository that has a map cue (read from its files when the tests are listed).
const EXHIBITS = findExhibits()
  .filter(({ root, id }) => hasMap(join(root, 'exhibits', id)))
  .map((e) => e.id);

function hasMap(folder: string): boolean {
  const { chapters } = JSON.parse(readFileSync(join(folder, 'exhibit.json'), 'utf8')) as {
    chapters: string[];
  };
  return chapters.some((c) =>
    (
      JSON.parse(readFileSync(join(folder, 'chapters', `${c}.json`), 'utf8')) as {
        cues: { type: string }[];
      }
    ).cues.some((q) => q.type === 'map'),
  );
}

async function send(page: Page, event: object): Promise<void> {
  await page.evaluate((e) => window.__exhibit!.send(e as never), event);
}

/** What is wrong with the boxes of one map screen (empty when nothing is). */
function faults(
  boxes: TextBox[],
  size: { width: number; height: number },
  captionTop: number,
): string[] {
  const out: string[] = [];
  const margin = 0.05 * Math.min(size.width, size.height);
  // The captions band: 30 % of a landscape screen, 45 % of a portrait one (src/ui/styles.css), or
  // higher where the band's own caption rises above that (its controls wrapped to two rows).
  const band = Math.max(
    size.height * (size.height > size.width ? 0.45 : 0.3),
    size.height - captionTop,
  );
  const name = (b: TextBox) => `${b.kind} "${b.text.replace(/\s+/g, ' ').slice(0, 40)}"`;
  for (const b of boxes) {
    if (
      b.x < margin - 0.5 ||
      b.y < margin - 0.5 ||
      b.x + b.width > size.width - margin + 0.5 ||
      b.y + b.height > size.height - band + 0.5
    )
      out.push(`${name(b)} is outside the safe area (${box(b)})`);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (
        a.x < b.x + b.width - 0.5 &&
        b.x < a.x + a.width - 0.5 &&
        a.y < b.y + b.height - 0.5 &&
        b.y < a.y + a.height - 0.5
      )
        out.push(`${name(a)} (${box(a)}) overlaps ${name(b)} (${box(b)})`);
    }
  return out;
}

const box = (b: TextBox) =>
  `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)}`;

for (const id of EXHIBITS) {
  for (const size of SIZES) {
    test(`map texts of ${id} neither overlap nor leave the safe area (${size.width}×${size.height})`, async ({
      page,
    }) => {
      const root = findExhibits().find((e) => e.id === id)!.root;
      const exhibit = await loadExhibit(fsReader(root, id));
      const maps = exhibit.chapters.flatMap((c, chapter) =>
        c.cues.flatMap((q, cue) => (q.type === 'map' ? [{ chapter, cue, id: c.id }] : [])),
      );
      test.setTimeout(60_000 + maps.length * 3 * 6_000);
      await page.setViewportSize(size);
      await page.goto(`/?exhibit=${id}&effects=none`);
      await page.waitForFunction(() => window.__exhibit?.state().value === 'attract', null, {
        timeout: 30_000,
      });
      await page.evaluate(() => window.__exhibit!.freeze());
      await send(page, { type: 'ui.start' });
      await send(page, { type: 'ui.continue' });
      const problems: string[] = [];
      for (const lang of LANGUAGE_CODES.filter((l) => exhibit.languages.includes(l))) {
        for (const m of maps) {
          await send(page, { type: 'ui.home' });
          await send(page, { type: 'ui.chapterChosen', index: m.chapter });
          await send(page, { type: 'ui.pause' });
          if ((await page.evaluate(() => window.__exhibit!.state().lang)) !== lang)
            await send(page, { type: 'ui.languageChosen', lang });
          const start = await page.evaluate((i) => window.__exhibit!.cueStarts()[i]!, m.cue);
          await send(page, { type: 'narration.progress', position: start + 0.05 });
          await page.evaluate(() => window.__exhibit!.advance(6_000));
          await expect
            .poll(() => page.evaluate(() => window.__exhibit!.scene().cue), {
              message: `${m.id} cue ${m.cue} (${lang})`,
            })
            .toBe(`${m.cue}:${lang}`);
          const boxes = await page.evaluate(() => window.__exhibit!.mapText());
          const where = `${m.id} cue ${m.cue} (${lang})`;
          if (!boxes.some((b) => b.kind === 'label')) problems.push(`${where}: no place is named`);
          const captionTop = await page.evaluate(() => {
            const c = document.querySelector('.caption');
            return c?.textContent ? c.getBoundingClientRect().top : Infinity;
          });
          problems.push(...faults(boxes, size, captionTop).map((f) => `${where}: ${f}`));
        }
      }
      expect(problems).toEqual([]);
    });
  }
}
