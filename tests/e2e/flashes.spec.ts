// Nothing flashes more than three times a second (WCAG 2.3.1). The stage's clock is stepped at
// 60 frames a second through the attract loop and the chapters with the most movement (snow,
// searchlights, kites); after each frame the relative luminance of each of 36 tiles of the canvas
// is measured (over the page's ground), and opposing changes of 10 % or more are counted in every
// one-second window.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { worstFlashesPerSecond } from '../helpers/flashes.ts';
import { expect, test } from './kiosk.ts';

test.use({ viewport: { width: 960, height: 540 } });
// Flashes are measured in what the kiosk draws at its fullest: particles, grain, 60 fps.
test.use({ quality: 'full' });

/**
 * Relative luminance (0–1) of each of 36 tiles of the stage (a 6 × 6 grid, each about a tenth of
 * the screen's width: a flash need not cover the whole screen), one sample per 1/60 s of stage time.
 */
function tileSeries(page: Page, seconds: number): Promise<number[][]> {
  return page.evaluate((frames) => {
    const canvas = document.querySelector('canvas')!;
    const [W, H, N] = [96, 54, 6];
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [W, H];
    const g = copy.getContext('2d', { willReadFrequently: true })!;
    const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const ground = [0x11, 0x14, 0x18];
    const tiles: number[][] = Array.from({ length: N * N }, () => []);
    for (let f = 0; f < frames; f++) {
      window.__exhibit!.advance(1000 / 60);
      g.clearRect(0, 0, W, H);
      g.drawImage(canvas, 0, 0, W, H); // same task as the render: the buffer is still there
      const d = g.getImageData(0, 0, W, H).data;
      const sums = new Array<number>(N * N).fill(0);
      for (let p = 0; p < W * H; p++) {
        const a = d[p * 4 + 3]! / 255;
        const [r, gr, b] = [0, 1, 2].map((k) => (d[p * 4 + k]! * a + ground[k]! * (1 - a)) / 255);
        const tile = Math.floor(((p % W) / W) * N) + N * Math.floor((Math.floor(p / W) / H) * N);
        sums[tile]! += 0.2126 * lin(r!) + 0.7152 * lin(gr!) + 0.0722 * lin(b!);
      }
      sums.forEach((s, t) => tiles[t]!.push(s / ((W * H) / (N * N))));
    }
    return tiles;
  }, seconds * 60);
}

test('no flashing: the attract loop and the liveliest chapters stay under 3 flashes a second', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/?effects=none');
  await page.waitForFunction(() => window.__exhibit);
  await expect
    .poll(() => page.evaluate(() => JSON.stringify(window.__exhibit!.state().value)), {
      timeout: 20_000,
    })
    .toContain('attract');
  await page.evaluate(() => window.__exhibit!.freeze());
  const report: string[] = [];
  const measure = async (name: string) => {
    const tiles = await tileSeries(page, 2);
    const flashes = Math.max(...tiles.map(worstFlashesPerSecond));
    const swing = Math.max(...tiles.map((l) => Math.max(...l) - Math.min(...l)));
    report.push(`${name}: ${flashes} flashes/s, largest swing in a tile ${swing.toFixed(3)}`);
    expect(flashes, name).toBeLessThanOrEqual(3);
  };
  await measure('attract');
  const order: string[] = JSON.parse(
    readFileSync('exhibits/uprising/exhibit.json', 'utf8'),
  ).chapters;
  const chapters = ['special-camps', 'kengir-1954', 'radio-leaflets-kites', 'suppression'];
  for (const id of chapters) {
    await page.evaluate((index) => {
      const e = window.__exhibit!;
      e.send({ type: 'ui.start' });
      e.send({ type: 'ui.continue' });
      e.send({ type: 'ui.chapterChosen', index });
    }, order.indexOf(id));
    await page.evaluate(() => window.__exhibit!.advance(1_500)); // past the crossfade
    await measure(id);
    await page.evaluate(() => window.__exhibit!.send({ type: 'ui.exit' }));
  }
  test.info().annotations.push({ type: 'flashes', description: report.join('; ') });
  console.log(report.join('\n'));
});
