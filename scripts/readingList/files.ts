// What the build adds for an exhibit's reading list, made from its exhibit.json and chapter files:
// - media/<id>/reading-list/qr.svg: the QR code of `readingList.url`, which the sources screen
//   shows (only when the exhibit sets the address);
// - take-home/<id>/index.html (the default language) and take-home/<id>/<lang>.html: the page a
//   museum hosts at that address. take-home/ is outside the kiosk's own content: the service worker
//   does not cache it, and a museum copies the folder to its web server.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { READING_LIST_QR } from '../../src/content/bibliography.ts';
import { chapterFile, exhibitFile } from '../../src/content/schema.ts';
import { takeHomePage, type TakeHomeInput } from './page.ts';
import { qrSvg } from './qr.ts';

/** Reads what the page needs; a problem names its file (content:check lists them all). */
export function readTakeHome(root: string, id: string): TakeHomeInput {
  const dir = join(root, 'exhibits', id);
  const parsed = <S extends z.ZodType>(file: string, schema: S): z.output<S> => {
    const path = join(dir, file);
    const result = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!result.success) throw new Error(`${path} is not valid: npm run content:check says why`);
    return result.data;
  };
  const exhibit = parsed('exhibit.json', exhibitFile);
  const chapters = exhibit.chapters
    .filter((c) => existsSync(join(dir, 'chapters', `${c}.json`)))
    .map((c) => {
      const { id, title, script = [] } = parsed(`chapters/${c}.json`, chapterFile);
      return { id, title, sources: script.flatMap((s) => s.sources) };
    });
  return { exhibit, chapters };
}

/** The files for exhibit `id` under `root`, by their path in the build; none without sources. */
export async function readingListFiles(root: string, id: string): Promise<Record<string, string>> {
  const input = readTakeHome(root, id);
  const { exhibit } = input;
  const files: Record<string, string> = {};
  if (!exhibit.sources?.length) return files;
  if (exhibit.readingList)
    files[`media/${id}/${READING_LIST_QR}`] = await qrSvg(exhibit.readingList.url);
  for (const lang of exhibit.languages)
    files[`take-home/${id}/${lang}.html`] = takeHomePage(input, lang);
  files[`take-home/${id}/index.html`] = takeHomePage(input, exhibit.defaultLanguage);
  return files;
}
