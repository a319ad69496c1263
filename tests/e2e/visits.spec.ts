// 100 simulated visits to Uprising (the driver is shared with the 1,000-visit soak of
// `npm run bench`): after the last ten the heap, the document's elements, its listeners, Pixi's
// display objects and textures, and Howler's sounds are where they were after the first ten. No timings here:
// they belong to the bench, on a machine whose load nobody controls.
import { expect, test } from './kiosk.ts';
import { openForVisits, runVisits } from './visitDriver.ts';

const VISITS = Number(process.env.VISITS ?? 100);
/** Heap growth allowed from the first ten visits to the last ten (medians after forced GC). */
// 100 visits grew it by ~1.6 MB (V8's compiled code, Blink's text and DevTools' network caches,
// levelling off); the music-bed fade leak this test was written against grew it by ~100 MB.
const HEAP_BUDGET_BYTES = 3 * 2 ** 20;

test.use({ viewport: { width: 960, height: 540 } });

test(`${VISITS} visits leave nothing behind`, async ({ page }) => {
  test.setTimeout(300_000);
  await openForVisits(page);
  const { first, last, growth } = await runVisits(page, VISITS);
  const summary = `first ${JSON.stringify(first.at(-1))}; last ${JSON.stringify(last.at(-1))}; growth ${JSON.stringify(growth)}`;
  test.info().annotations.push({ type: 'visits', description: summary });
  console.log(summary);
  expect(growth.heapBytes, 'heap growth, bytes').toBeLessThanOrEqual(HEAP_BUDGET_BYTES);
  expect(growth.elements, 'elements in the document').toBeLessThanOrEqual(0);
  expect(growth.listeners, 'event listeners').toBeLessThanOrEqual(0);
  expect(growth.displayObjects, 'Pixi display objects').toBeLessThanOrEqual(0);
  expect(growth.textures, 'Pixi textures').toBeLessThanOrEqual(0);
  expect(growth.howls, 'Howler sounds').toBeLessThanOrEqual(0);
});
