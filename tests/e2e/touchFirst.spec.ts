// Touch first (issue 20): a tap's answer in the DOM overlay is painted in the next frame, and the
// Pixi scene for the new state is built after that frame, never in the tap's own task. The page
// counts animation frames; at each frame it notes the scene on the stage, and at the tap (a
// window click listener runs after the app's handlers) what the overlay shows and the scene then.
import { expect, openKiosk, startVisit, test } from './kiosk.ts';

interface Seen {
  /** The frame count when the tap had been handled. */
  tapFrame: number;
  /** The scene on the stage right after the handlers, and whether the overlay had changed. */
  sceneAtTap: string | undefined;
  overlayAtTap: boolean;
  /** The scene each frame saw, from the tap on: [frame, scene name]. */
  frames: [number, string | undefined][];
}

test('a tap changes the overlay first; the new scene is built in a later frame', async ({
  page,
}) => {
  await openKiosk(page);
  await startVisit(page);
  await expect.poll(() => page.evaluate(() => window.__exhibit!.scene().name)).toBe('home');
  // Frames and scenes, from now on: a frame callback re-asked at every frame, first in line.
  await page.evaluate(() => {
    const w = window as unknown as { __touch: Seen };
    const seen: Seen = { tapFrame: -1, sceneAtTap: undefined, overlayAtTap: false, frames: [] };
    w.__touch = seen;
    let frame = 0;
    const tick = () => {
      frame++;
      if (seen.tapFrame >= 0 && seen.frames.length < 60)
        seen.frames.push([frame, window.__exhibit!.scene().name]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    addEventListener(
      'click',
      () => {
        if (seen.tapFrame >= 0) return;
        seen.tapFrame = frame;
        seen.sceneAtTap = window.__exhibit!.scene().name;
        seen.overlayAtTap = !!document.querySelector('.chapter-screen, [data-key="toggle"]');
      },
      { once: true },
    );
  });
  await page.locator('[data-key="chapter-0"]').tap();
  await expect.poll(() => page.evaluate(() => window.__exhibit!.scene().name)).toBe('chapter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __touch: Seen }).__touch.frames.length))
    .toBeGreaterThan(3);
  const seen = await page.evaluate(() => (window as unknown as { __touch: Seen }).__touch);
  // After the handlers: the overlay already shows the chapter, the stage still the menu's scene.
  expect(seen.overlayAtTap, 'the overlay answered in the tap’s task').toBe(true);
  expect(seen.sceneAtTap, 'no scene built in the tap’s task').toBe('home');
  // The next frame (the one that paints the overlay) still has the old scene: never an empty stage.
  const after = seen.frames.filter(([f]) => f > seen.tapFrame);
  expect(after[0]?.[1], 'the frame that shows the overlay').toBe('home');
  const built = after.find(([, name]) => name === 'chapter');
  expect(built, 'the chapter scene was built').toBeDefined();
  expect(built![0] - seen.tapFrame, 'built after the overlay’s frame').toBeGreaterThanOrEqual(2);
  // …and soon: within a few frames of it.
  expect(built![0] - seen.tapFrame, 'built within a few frames').toBeLessThanOrEqual(6);
  for (const [, name] of after) expect(['home', 'chapter']).toContain(name);
});

test('quick taps lose nothing: the stage ends on the scene the machine is in', async ({ page }) => {
  await openKiosk(page);
  await startVisit(page);
  // Into a chapter and straight back, before a frame could pass, then into another.
  await page.evaluate(() => {
    const e = window.__exhibit!;
    e.send({ type: 'ui.chapterChosen', index: 0 } as never);
    e.send({ type: 'ui.home' } as never);
  });
  await expect.poll(() => page.evaluate(() => window.__exhibit!.scene().name)).toBe('home');
  await page.locator('[data-key="chapter-1"]').tap();
  await expect.poll(() => page.evaluate(() => window.__exhibit!.scene().name)).toBe('chapter');
  expect(await page.evaluate(() => window.__exhibit!.state().chapterIndex)).toBe(1);
});
