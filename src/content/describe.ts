// Audio description: what a visual cue shows, in words, for visitors who cannot see the screen.
// A cue's own `description` is used as written; without one, the description is made from the
// cue's own words (its heading, figure, places, lines, attribution), so nothing is invented.
// `npm run media` voices these texts; the kiosk plays them between narration sentences.
import type { Cue, Place } from './schema.ts';

/** The few words the made descriptions need, per language. */
interface Words {
  title: string;
  figure: string;
  about: string;
  source: string;
  timeline: (from: number, to: number) => string;
  highlighted: (what: string) => string;
  map: string;
  routes: (from: string, to: string) => string;
  document: string;
  quote: string;
}

const WORDS: Record<string, Words> = {
  en: {
    title: 'Title',
    figure: 'A figure',
    about: 'about',
    source: 'Source',
    timeline: (from, to) => `A timeline from ${from} to ${to}`,
    highlighted: (what) => `Highlighted: ${what}`,
    map: 'A map',
    routes: (from, to) => `A map of routes from ${from} to ${to}`,
    document: 'A document',
    quote: 'A quotation',
  },
  ru: {
    title: 'Заголовок',
    figure: 'Число',
    about: 'около',
    source: 'Источник',
    timeline: (from, to) => `Шкала времени с ${from} по ${to} год`,
    highlighted: (what) => `Выделено: ${what}`,
    map: 'Карта',
    routes: (from, to) => `Карта маршрутов. Откуда: ${from}. Куда: ${to}`,
    document: 'Документ',
    quote: 'Цитата',
  },
  uk: {
    title: 'Заголовок',
    figure: 'Число',
    about: 'близько',
    source: 'Джерело',
    timeline: (from, to) => `Шкала часу з ${from} по ${to} рік`,
    highlighted: (what) => `Виділено: ${what}`,
    map: 'Карта',
    routes: (from, to) => `Карта маршрутів. Звідки: ${from}. Куди: ${to}`,
    document: 'Документ',
    quote: 'Цитата',
  },
};

/** Ends a phrase with a full stop unless it already ends a sentence; "·" becomes a comma. */
function sentence(text: string): string {
  const t = text.replace(/\s*·\s*/g, ', ').trim();
  return /[.!?…:]$/.test(t) ? t : `${t}.`;
}

/** The audio description of a cue in `lang`: its own, or one made from its words. */
export function describeCue(cue: Cue, lang: string, places: Record<string, Place>): string {
  const own = cue.description?.[lang];
  if (own) return own.trim();
  const w = WORDS[lang] ?? WORDS.en!;
  const say = (l: Record<string, string> | undefined) => l?.[lang] ?? '';
  const place = (id: string) => say(places[id]?.name) || id;
  const parts: string[] = [];
  switch (cue.type) {
    case 'title':
      parts.push(`${w.title}: ${say(cue.heading)}`);
      if (cue.subheading) parts.push(say(cue.subheading));
      break;
    case 'figure':
      parts.push(
        `${w.figure}: ${cue.approximate ? `${w.about} ` : ''}${cue.value} — ${say(cue.label)}`,
        `${w.source}: ${say(cue.source)}`,
      );
      break;
    case 'timeline': {
      // The span and the event it points to; the other events are the narration's.
      parts.push(w.timeline(cue.from, cue.to));
      const event = cue.events[cue.highlight];
      if (event) parts.push(w.highlighted(`${Math.floor(event.year)}, ${say(event.label)}`));
      break;
    }
    case 'map': {
      // Short: where the routes run, or the place it points to, or its places; then its caption.
      const starts = [...new Set(cue.routes?.map((r) => place(r.from)))];
      const ends = [...new Set(cue.routes?.map((r) => place(r.to)))];
      if (starts.length) parts.push(w.routes(starts.join(', '), ends.join(', ')));
      else if (cue.highlight) parts.push(w.map, w.highlighted(place(cue.highlight)));
      else parts.push(`${w.map}: ${cue.places.map(place).join(', ')}`);
      if (cue.caption) parts.push(say(cue.caption));
      break;
    }
    case 'document':
      // The lines as one list: short pauses between them, not a full stop after each.
      parts.push(`${w.document}: ${say(cue.heading)}`, cue.lines.map(say).join('; '));
      parts.push(`${w.source}: ${say(cue.source)}`);
      break;
    case 'quote':
      parts.push(`${w.quote}, ${say(cue.attribution)}: ${say(cue.text)}`);
      parts.push(`${w.source}: ${say(cue.source)}`);
      break;
  }
  return parts.filter(Boolean).map(sentence).join(' ');
}
