// PLACEHOLDER (harness branch, issue 20): only the signature the bench harness calls, so that
// run.ts compiles. The pictures helper writes the real part (texture memory per chapter of
// Uprising: baseline, peak, after); at merge, take theirs over this file entirely.
import type { Browser } from '@playwright/test';
import type { BenchQuality } from './quality.ts';

/** One chapter's texture memory, in bytes: before it, its peak, after it. */
export interface ChapterTextures {
  id: string;
  baselineBytes: number;
  peakBytes: number;
  afterBytes: number;
}

/** Texture memory per chapter and the largest peak. */
export interface Textures {
  chapters: ChapterTextures[];
  textureBytesPeak: number;
}

/** Not measured here: no chapters, and NaN (null in results.json) as the peak. */
export async function textures(
  _browser: Browser,
  _testURL: string,
  _quality: BenchQuality = 'adaptive',
): Promise<Textures> {
  return { chapters: [], textureBytesPeak: NaN };
}
