// Closed: outside the gallery's opening hours. A dark screen; the quiet card ("The gallery is
// closed" and when it opens next, in each of the exhibit's languages) shows after a touch for a few
// seconds, or all the time with `whenClosed: "card"` (src/machine/states/closed.ts).
import { isLang, type Lang } from '../i18n/registry.ts';
import { h, type Snapshot } from './dom.ts';
import type { Screen } from './Screen.ts';

interface ClosedWords {
  closed: string;
  /** "Opens tomorrow at 10:00": `day` is today, tomorrow, a weekday or a date (see `dayWords`). */
  opens: (day: string, time: string) => string;
  today: string;
  tomorrow: string;
  /** Monday first: "on Monday", "в понедельник" (the case a weekday takes after "opens"). */
  weekdays: readonly string[];
  /** "on 25 December", "25 декабря" from the date as Intl writes it in `locale`. */
  date: (formatted: string) => string;
  locale: string;
}

const WORDS: Record<Lang, ClosedWords> = {
  en: {
    closed: 'The gallery is closed',
    opens: (day, time) => `It opens ${day} at ${time}`,
    today: 'today',
    tomorrow: 'tomorrow',
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
      (d) => `on ${d}`,
    ),
    date: (d) => `on ${d}`,
    locale: 'en-GB',
  },
  ru: {
    closed: 'Зал закрыт',
    opens: (day, time) => `Откроется ${day} в ${time}`,
    today: 'сегодня',
    tomorrow: 'завтра',
    weekdays: [
      'в понедельник',
      'во вторник',
      'в среду',
      'в четверг',
      'в пятницу',
      'в субботу',
      'в воскресенье',
    ],
    date: (d) => d,
    locale: 'ru',
  },
  uk: {
    closed: 'Зала зачинена',
    opens: (day, time) => `Відчиниться ${day} о ${time}`,
    today: 'сьогодні',
    tomorrow: 'завтра',
    weekdays: [
      'у понеділок',
      'у вівторок',
      'у середу',
      'у четвер',
      'у пʼятницю',
      'у суботу',
      'у неділю',
    ],
    date: (d) => d,
    locale: 'uk',
  },
};

/** When the gallery opens, in words: "tomorrow at 10:00"; undefined when not known. */
export function opensLine(lang: Lang, reopens: number | null, now: Date): string | undefined {
  if (reopens === null) return undefined;
  const w = WORDS[lang];
  const at = new Date(reopens);
  const time = new Intl.DateTimeFormat(w.locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const midnight = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((midnight(at) - midnight(now)) / 86_400_000);
  const day =
    days <= 0
      ? w.today
      : days === 1
        ? w.tomorrow
        : days < 7
          ? w.weekdays[(at.getDay() + 6) % 7]!
          : w.date(new Intl.DateTimeFormat(w.locale, { day: 'numeric', month: 'long' }).format(at));
  return w.opens(day, time);
}

/** The exhibit's languages the card can speak (English when it knows none of them). */
function cardLanguages(snap: Snapshot): Lang[] {
  const langs = (snap.context.exhibit?.languages ?? []).filter(isLang);
  return langs.length ? langs : ['en'];
}

/** The closed screen: dark, with the card shown in `closed.peek` and `closed.card`. */
export function closedScreen(snap: Snapshot): Screen {
  const lines = cardLanguages(snap).map((lang) => {
    const when = h('p', { class: 'closed-when' });
    const block = h('div', { lang, class: 'closed-block' }, h('h2', {}, WORDS[lang].closed), when);
    return { lang, when, block };
  });
  const card = h('div', { class: 'closed-card' }, ...lines.map((l) => l.block));
  const root = h('section', { class: 'screen closed', role: 'status' }, card);
  let reopens: number | null | undefined;
  return {
    root,
    update(s) {
      const shown = s.matches({ closed: 'peek' }) || s.matches({ closed: 'card' });
      root.classList.toggle('showing', shown);
      card.setAttribute('aria-hidden', String(!shown));
      if (s.context.reopens === reopens) return;
      reopens = s.context.reopens;
      for (const l of lines) l.when.textContent = opensLine(l.lang, reopens, new Date()) ?? '';
    },
  };
}
