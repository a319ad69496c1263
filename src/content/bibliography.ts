// The works an exhibit rests on, arranged as a visitor reads them: by chapter, in order of first
// citation. Pure data, shared by the kiosk's sources screen and the build's take-home page.
import type { SourceWork } from './schema.ts';

/** Where the build puts an exhibit's reading-list QR code, inside its media folder. */
export const READING_LIST_QR = 'reading-list/qr.svg';

/** One work under one chapter. */
export interface BibEntry {
  work: SourceWork;
  /**
   * Where the work is listed in full: undefined here (this is its first chapter), else the index
   * of the earlier chapter. A later chapter names the work and points there.
   */
  listedUnder?: number;
}

/** One chapter's works. */
export interface BibGroup<C> {
  chapter: C;
  /** The chapter's place in the exhibit, from 0. */
  index: number;
  entries: BibEntry[];
}

/**
 * The works grouped by chapter. A work cited by several chapters is listed in full under the
 * first and by title and author, with a pointer back, under each later one: a visitor who looks up
 * "their" chapter finds every work it rests on, and the list does not repeat the same label nine
 * times (Uprising cites Applebaum in nine of ten chapters). Chapters that cite nothing are left out.
 */
export function groupSources<C extends { sources: string[] }>(
  chapters: C[],
  works: SourceWork[],
): BibGroup<C>[] {
  const byId = new Map(works.map((w) => [w.id, w]));
  const first = new Map<string, number>();
  const groups: BibGroup<C>[] = [];
  chapters.forEach((chapter, index) => {
    const entries: BibEntry[] = [];
    for (const id of new Set(chapter.sources)) {
      const work = byId.get(id);
      if (!work) continue;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      entries.push(earlier === undefined ? { work } : { work, listedUnder: earlier });
    }
    if (entries.length) groups.push({ chapter, index, entries });
  });
  return groups;
}

/**
 * The host a visitor would type, without "www.": "memorial.krsk.ru", never a path. Undefined for
 * a missing or unreadable address. An internationalised host is shown in its own letters.
 */
export function sourceHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host.split('.').map(fromPunycode).join('.');
  } catch {
    return undefined;
  }
}

/** Year and publisher as a label sets them: "Doubleday, 2003"; empty when neither is known. */
export function imprint(work: SourceWork): string {
  return [work.publisher, work.year].filter((x) => x !== undefined && x !== '').join(', ');
}

/** An address as printed under a QR code: without "https://" and a trailing slash. */
export function printedAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

// RFC 3492 decoding of one "xn--" label (e.g. a .рф host), so it reads as its owner writes it.
function fromPunycode(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  const input = label.slice(4).toLowerCase();
  const cut = input.lastIndexOf('-');
  const out = cut > 0 ? [...input.slice(0, cut)].map((c) => c.codePointAt(0)!) : [];
  let [n, i, bias, first] = [128, 0, 72, true];
  const digit = (c: string) => {
    const d = c.charCodeAt(0);
    return d >= 97 && d <= 122 ? d - 97 : d >= 48 && d <= 57 ? d - 22 : NaN;
  };
  for (let p = cut > 0 ? cut + 1 : 0; p < input.length;) {
    const old = i;
    for (let w = 1, k = 36; ; k += 36) {
      const d = digit(input[p++] ?? '');
      if (Number.isNaN(d)) return label;
      i += d * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (d < t) break;
      w *= 36 - t;
    }
    let delta = first ? Math.floor((i - old) / 700) : (i - old) >> 1;
    first = false;
    delta += Math.floor(delta / (out.length + 1));
    let k = 0;
    for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
    bias = k + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}
