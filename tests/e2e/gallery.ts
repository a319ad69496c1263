// The gallery fixture exhibit (tests/fixtures/exhibits/gallery/): one short chapter per kind of
// cue. Specs find a chapter by its id, so adding a chapter to the gallery moves no test.
import { readFileSync } from 'node:fs';

const gallery = JSON.parse(
  readFileSync('tests/fixtures/exhibits/gallery/exhibit.json', 'utf8'),
) as { chapters: string[] };

/** The index of the gallery's chapter `id` (as `ui.chapterChosen` takes it). */
export function galleryChapter(id: string): number {
  const index = gallery.chapters.indexOf(id);
  if (index < 0)
    throw new Error(`the gallery has no chapter "${id}": ${gallery.chapters.join(', ')}`);
  return index;
}
