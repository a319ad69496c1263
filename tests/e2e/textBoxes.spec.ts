// No text over text, anywhere: every cue of every chapter of every exhibit in the repo, in each of
// its languages, at three screen sizes. The boxes of every drawn text are collected — the stage's
// (Pixi Text objects that are visible and not faded out) and the overlay's (visible DOM text
// nodes: the chapter heading, captions, controls) — and no two may overlap by more than
// TOLERANCE px, nor may any leave the safe area (5 % of the short side). The stage is frozen and
// stepped, so each cue is measured settled; one page per exhibit and size walks every language,
// chapter and cue inside page.evaluate.
import type { Page } from '@playwright/test';
import { expect, test } from './kiosk.ts';

/** The exhibits in the repo, by their query (Uprising is the default exhibit). */
const EXHIBITS = {
  Uprising: '',
  'test-exhibit': '&exhibit=test-exhibit',
  gallery: '&exhibit=gallery',
} as const;

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 1024 },
] as const;

/** Overlaps and margins smaller than this (px) are anti-aliasing, not a fault. */
const TOLERANCE = 2;

/** One text's box and where it is drawn. */
interface Box {
  text: string;
  where: 'stage' | 'overlay';
  x: number;
  y: number;
  width: number;
  height: number;
  /** For overlay texts: the element holding the text, so one element's nodes are not compared. */
  owner?: number;
}

/** A problem found at one cue. */
interface Finding {
  chapter: string;
  cue: number;
  type: string;
  lang: string;
  problem: string;
}

/** Walks every language, chapter and cue in the page and returns what overlaps or sticks out. */
function walkCues(
  page: Page,
  tolerance: number,
): Promise<{ findings: Finding[]; cues: number; stageTexts: number; overlayTexts: number }> {
  return page.evaluate(async (tol) => {
    const handle = window.__exhibit!;
    const outline = handle.outline();
    const findings: Finding[] = [];
    const counts = { cues: 0, stageTexts: 0, overlayTexts: 0 };
    const owners = new Map<Element, number>();
    const overlayBoxes = (): Box[] => {
      const root = document.getElementById('ui');
      if (!root) return [];
      const boxes: Box[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el) continue;
        if (el.closest('.visually-hidden, [hidden], [aria-hidden="true"]')) continue;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.width < 2 || r.height < 2) continue;
        if (!owners.has(el)) owners.set(el, owners.size);
        boxes.push({
          text,
          where: 'overlay',
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
          owner: owners.get(el),
        });
      }
      return boxes;
    };
    // A caption is set on the lines its file gives (wrapCaption): the screen must not break them again.
    const captionLines = (): string[] =>
      [...document.querySelectorAll('.caption, .caption-second')].flatMap((el) => {
        const text = el.textContent ?? '';
        if (!text.trim() || !el.checkVisibility()) return [];
        const range = document.createRange();
        range.selectNodeContents(el);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        const lines = text.split('\n').length;
        return tops.size > lines
          ? [`caption "${text.replace(/\s+/g, ' ')}" is set on ${tops.size} lines, not ${lines}`]
          : [];
      });
    const name = (b: Box) => `${b.where} "${b.text.replace(/\s+/g, ' ').slice(0, 60)}"`;
    const check = (boxes: Box[]): string[] => {
      const problems: string[] = [];
      const margin = 0.05 * Math.min(innerWidth, innerHeight);
      for (const b of boxes) {
        const out =
          b.x < margin - tol ||
          b.y < margin - tol ||
          b.x + b.width > innerWidth - margin + tol ||
          b.y + b.height > innerHeight - margin + tol;
        if (out)
          problems.push(
            `${name(b)} leaves the safe area (${Math.round(b.x)},${Math.round(b.y)} ` +
              `${Math.round(b.width)}×${Math.round(b.height)}; margin ${Math.round(margin)})`,
          );
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.owner !== undefined && a.owner === b.owner) continue;
          const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
          const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
          if (w > tol && h > tol)
            problems.push(`${name(a)} overlaps ${name(b)} (${Math.round(w)}×${Math.round(h)} px)`);
        }
      }
      return problems;
    };
    const settle = async (key: string) => {
      // A 9-line document page takes 12 s to appear. Nothing is drawn: boxes need no frame.
      handle.advance(15_000, false);
      for (let i = 0; i < 50 && handle.scene().cue !== key; i++) {
        await new Promise((r) => setTimeout(r, 20));
        handle.advance(100, false);
      }
      // The crossfade has ended: the cue before is gone.
      for (let i = 0; i < 20 && (handle.scene().views ?? 1) > 1; i++) handle.advance(500, false);
    };
    for (const lang of outline.languages) {
      for (const [c, chapter] of outline.chapters.entries()) {
        handle.send({ type: 'ui.home' });
        handle.send({ type: 'ui.chapterChosen', index: c });
        handle.send({ type: 'ui.pause' });
        if (handle.state().lang !== lang) handle.send({ type: 'ui.languageChosen', lang });
        const starts = handle.cueStarts();
        for (const [i, type] of chapter.cues.entries()) {
          handle.send({ type: 'narration.progress', position: (starts[i] ?? 0) + 0.05 });
          await settle(`${i}:${lang}`);
          const stage = handle.textBoxes().map((b) => ({ ...b, where: 'stage' as const }));
          const overlay = overlayBoxes();
          counts.cues++;
          counts.stageTexts += stage.length;
          counts.overlayTexts += overlay.length;
          const boxes: Box[] = [...stage, ...overlay];
          for (const problem of [...check(boxes), ...captionLines()])
            findings.push({ chapter: chapter.id, cue: i, type, lang, problem });
        }
      }
    }
    return { findings, ...counts };
  }, tolerance);
}

for (const [exhibit, query] of Object.entries(EXHIBITS)) {
  for (const size of SIZES) {
    const label = `${size.width}×${size.height}`;
    test(`no text over text or outside the safe area: ${exhibit} at ${label}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      await page.goto(`/?effects=none${query}`);
      await expect(page.getByRole('button', { name: /Touch to begin/ })).toBeVisible({
        timeout: 30_000,
      });
      await page.evaluate(() => window.__exhibit!.freeze());
      await page.evaluate(() => window.__exhibit!.send({ type: 'ui.start' }));
      await page.evaluate(() => window.__exhibit!.send({ type: 'ui.continue' }));
      const { findings, ...counts } = await walkCues(page, TOLERANCE);
      console.log(`${exhibit} at ${label}: ${JSON.stringify(counts)}, ${findings.length} findings`);
      // Every cue was measured, and the stage and the overlay each showed words.
      expect(counts.cues).toBeGreaterThan(0);
      expect(counts.stageTexts).toBeGreaterThan(counts.cues / 2);
      expect(counts.overlayTexts).toBeGreaterThan(counts.cues);
      const say = (f: Finding) =>
        `${exhibit}, chapter "${f.chapter}", cue ${f.cue} (${f.type}), ${f.lang}, ${label}: ${f.problem}`;
      // Map cues are drawn by MapView (the maps work): reported on their own, never excused.
      const maps = findings.filter((f) => f.type === 'map').map(say);
      const others = findings.filter((f) => f.type !== 'map').map(say);
      expect.soft(others, 'texts over texts or outside the safe area').toEqual([]);
      expect.soft(maps, 'map cues: texts over texts or outside the safe area').toEqual([]);
    });
  }
}
