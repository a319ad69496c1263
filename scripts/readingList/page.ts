// The take-home reading list: one static HTML page per language, the kiosk's sources screen as a
// page a museum hosts at the exhibit's `readingList.url`. Self-contained (no script, no font, no
// request beyond the links themselves), light on a phone in daylight.
import { groupSources, imprint, sourceHost } from '../../src/content/bibliography.ts';
import type { ExhibitFile, Localized, SourceWork } from '../../src/content/schema.ts';
import { BUILT_IN_UI, fill, type PlainKey } from '../../src/i18n/registry.ts';

/** What a page is made from: the exhibit file and each chapter's title and cited works. */
export interface TakeHomeInput {
  exhibit: ExhibitFile;
  chapters: { id: string; title: Localized; sources: string[] }[];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A long address may wrap on a phone, but only after its punctuation, never inside a word.
const breakable = (url: string) =>
  url
    .split(/(?<=[/.?&=#-])(?!\/)/)
    .map(esc)
    .join('<wbr>');

const STYLE = `
body{margin:0;background:#f4f0e8;color:#1b1e22;font:18px/1.5 Georgia,"PT Serif","Times New Roman",serif}
main{max-width:40em;margin:0 auto;padding:1.5em 1.2em 3em}
nav{font:16px/1.4 system-ui,sans-serif;display:flex;gap:1em;flex-wrap:wrap;margin-bottom:1.5em}
nav a,nav strong{padding:.4em 0}
h1{font-size:2em;line-height:1.2;margin:0 0 .2em}
.exhibit{font-size:1.15em;margin:0 0 .6em;color:#3a3f46}
.intro{color:#3a3f46;margin:0 0 2em}
h2{font:600 15px/1.4 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#5a5f66;margin:2.2em 0 .8em}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 1.1em}
cite{font-style:normal;font-size:1.1em}
.author,.imprint,.about,.see{display:block}
.imprint,.see{font:15px/1.5 system-ui,sans-serif;color:#5a5f66}
.about{font-style:italic;color:#3a3f46}
a{color:#1d4f7a}
`;

/** The page in `lang`: a language menu, the exhibit's works by chapter, full addresses as links. */
export function takeHomePage({ exhibit, chapters }: TakeHomeInput, lang: string): string {
  const strings = { ...BUILT_IN_UI[lang], ...exhibit.ui?.[lang] };
  const say = (key: PlainKey, values: Record<string, string | number> = {}) =>
    fill(strings[key] as string, values, lang);
  const text = (v: Localized | undefined) =>
    v ? (v[lang] ?? v[exhibit.defaultLanguage] ?? '') : '';
  const others = exhibit.languages.map((l) => {
    const name = esc(
      (exhibit.ui?.[l]?.languageName as string) ?? BUILT_IN_UI[l]?.languageName ?? l,
    );
    return l === lang
      ? `<strong lang="${l}" aria-current="page">${name}</strong>`
      : `<a href="${l}.html" hreflang="${l}" lang="${l}">${name}</a>`;
  });
  const entry = (work: SourceWork, listedUnder: number | undefined) => {
    const head = `<cite>${esc(work.title)}</cite> <span class="author">${esc(work.author)}</span>`;
    if (listedUnder !== undefined)
      return `<li>${head}<a class="see" href="#work-${work.id}">${esc(say('listedUnder', { n: listedUnder + 1 }))}</a></li>`;
    const made = imprint(work);
    return [
      `<li id="work-${work.id}">${head}`,
      made ? `<span class="imprint">${esc(made)}</span>` : '',
      work.url
        ? `<a class="imprint" href="${esc(work.url)}" title="${esc(sourceHost(work.url) ?? '')}">${breakable(work.url)}</a>`
        : '',
      work.about?.[lang] ? `<span class="about">${esc(work.about[lang])}</span>` : '',
      '</li>',
    ].join('');
  };
  const groups = groupSources(chapters, exhibit.sources ?? []).map(
    (g) =>
      `<section><h2>${esc(say('chapterNumber', { n: g.index + 1, total: chapters.length }))} · ${esc(text(g.chapter.title))}</h2><ul>${g.entries
        .map((e) => entry(e.work, e.listedUnder))
        .join('\n')}</ul></section>`,
  );
  const title = `${say('sources')} · ${text(exhibit.title)}`;
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<nav aria-label="${esc(say('language'))}">${others.join('')}</nav>
<h1>${esc(say('sources'))}</h1>
<p class="exhibit">${esc(text(exhibit.title))}</p>
<p class="intro">${esc(say('sourcesIntro'))}</p>
${groups.join('\n')}
</main>
</body>
</html>
`;
}
