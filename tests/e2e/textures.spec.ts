// Texture memory per chapter (issue 20), the short version of the bench's part
// (scripts/bench/textures.ts) on the gallery: for each chapter with pictures, a film, a plan or a
// memorial, GPU texture memory at the chapter menu, its peak while the chapter's cues are held in
// turn (each until its pictures have arrived and gone up to the GPU), and back at the chapter menu
// after it: within TEXTURE_SLACK_BYTES of where it was. Pictures go up in bands over several
// frames (src/scenes/uploads.ts): that the banded texture is the picture is images.spec.ts's
// screenshots.
import type { Page } from '@playwright/test';
import { TEXTURE_SLACK_BYTES } from '../../scripts/bench/textures.ts';
import { expect, send, test } from './kiosk.ts';
import { galleryChapter, openGallery } from './gallery.ts';

const bytes = (page: Page) => page.evaluate(() => window.__exhibit!.textureBytes().bytes);

/** Steps the frozen stage until no picture is being fetched, decoded or uploaded, then 1 s on. */
async function settle(page: Page): Promise<void> {
  await send(page, { type: 'user.activity' }); // the idle clock runs in real time
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const e = window.__exhibit!;
          e.advance(100);
          return e.stills() + e.pictures().pending;
        }),
      { timeout: 30_000 },
    )
    .toBe(0);
  await page.evaluate(() => window.__exhibit!.advance(1_000));
}

test('leaving a chapter gives its texture memory back', async ({ page }) => {
  test.setTimeout(120_000);
  await openGallery(page);
  const seen: string[] = [];
  for (const id of ['image', 'object', 'video', 'plan', 'person', 'memorial']) {
    const index = galleryChapter(id);
    const baseline = await bytes(page);
    await send(page, { type: 'ui.chapterChosen', index });
    await send(page, { type: 'ui.pause' });
    await settle(page);
    const starts = await page.evaluate(() => window.__exhibit!.cueStarts());
    let peak = await bytes(page);
    for (const start of starts) {
      await send(page, { type: 'narration.progress', position: start + 0.05 });
      await settle(page);
      peak = Math.max(peak, await bytes(page));
    }
    // Out as a visitor goes, to the menu: a minute past the chapter's end, so a memorial's
    // stillness (which ignores "All chapters" for its holdSeconds) is over.
    await page.evaluate(() => {
      const e = window.__exhibit!;
      e.send({ type: 'narration.progress', position: e.state().duration + 60 });
      e.advance(500);
    });
    await send(page, { type: 'ui.home' });
    await settle(page);
    await page.evaluate(() => window.__exhibit!.advance(3_000));
    const after = await bytes(page);
    seen.push(`${id}: ${baseline} → peak ${peak} → ${after}`);
    expect(peak, `${id}: its cues drew no texture`).toBeGreaterThan(baseline);
    expect(Math.abs(after - baseline), `${id}: left behind`).toBeLessThanOrEqual(
      TEXTURE_SLACK_BYTES,
    );
    expect((await page.evaluate(() => window.__exhibit!.pictures())).live).toBe(0);
  }
  test.info().annotations.push({ type: 'texture bytes', description: seen.join('; ') });
});
