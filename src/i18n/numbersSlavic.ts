// Russian and Ukrainian numbers as words (src/i18n/numbers.ts says what for and how far the cases
// go). One reader over two sets of tables: the words of each language and the few words around a
// number that choose its case (numbersRu.ts, numbersUk.ts).

import { RU } from './numbersRu.ts';
import { UK } from './numbersUk.ts';

/** The cases a number is said in here: the rest fall back to the nominative. */
export type Case = 'nom' | 'gen' | 'dat' | 'ins' | 'prep';
type Gender = 'm' | 'f';
/** An ordinal's form: gender (or plural) and case, e.g. "m.gen" → "третьего". */
export type OrdinalForm =
  | 'm.nom'
  | 'm.gen'
  | 'm.dat'
  | 'm.ins'
  | 'm.prep'
  | 'f.nom'
  | 'f.gen'
  | 'f.dat'
  | 'f.acc'
  | 'n.nom'
  | 'pl.nom'
  | 'pl.gen'
  | 'pl.ins';
export type Endings = Record<OrdinalForm, string>;
/** Singular, few (2–4), many (5–20): the three forms a counted noun takes. */
type Forms = readonly [string, string, string];

export interface Tables {
  /** Cardinals 0–19 (masculine), nominative and genitive. */
  units: { nom: string[]; gen: string[] };
  /** 1 and 2 in the feminine (тысяча, целая). */
  fem: { nom: [string, string]; gen: [string, string] };
  tens: { nom: string[]; gen: string[] };
  hundreds: { nom: string[]; gen: string[] };
  /** Thousand, million, billion: the noun's forms after a number in each case. */
  scales: { size: number; gender: Gender; nom: Forms; gen: Forms }[];
  /** Ordinal stems 1–19, tens and hundreds, with the ending set each takes. */
  ordUnits: [string, keyof Tables['endings']][];
  ordTens: [string, keyof Tables['endings']][];
  ordHundreds: string[];
  ordThousand: string;
  /** Compound prefixes where the genitive is not used: 1, 2, 3, 4 ("двух-", "три-"). */
  compound: Record<number, string>;
  endings: { hard: Endings; stressed: Endings; soft: Endings };
  /** Decimal fractions: whole (one, other) and tenths, hundredths, thousandths (one, other). */
  decimal: Record<'nom' | 'gen', { whole: [string, string]; parts: [string, string][] }>;
  /** Months in the genitive, and their abbreviations → genitive. */
  months: string[];
  monthAbbr: Record<string, string>;
  /** Words after which a year is "… года" (months in any case, seasons, "начало"). */
  yearOf: string[];
  /** The year noun in each case, as written after a year. */
  yearWords: Record<string, Case>;
  yearWord: Record<'nom' | 'gen' | 'prep', string>;
  yearsWord: Record<'gen' | 'prep', string>;
  /** "г." / "р." */
  yearAbbr: string;
  /** Prepositions before a year in the locative ("в 1994" → "в … году"). */
  inYear: string[];
  /** Words after which a count is in the genitive ("около", "от", "до", …). */
  genitive: string[];
  /** "от … до …" */
  range: (a: string, b: string) => string;
  orMore: string;
  number: string;
  /** Nouns said after numbers: %, °, млн, м². */
  percent: Forms;
  degree: Forms;
  million: Forms;
  squareMetre: Forms;
  /** The noun after a decimal: genitive singular. */
  decimalNoun: Record<'percent' | 'degree' | 'million' | 'squareMetre', string>;
  /** Abbreviations said in full. */
  words: [RegExp, string][];
  /** Feminine nouns a count may come before: "одна строка", "две женщины". */
  feminine: string[];
}

/** one / few / many, as Russian and Ukrainian count. */
function category(n: number): 0 | 1 | 2 {
  const d = n % 10;
  const h = n % 100;
  if (d === 1 && h !== 11) return 0;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 1;
  return 2;
}

function below1000(t: Tables, n: number, c: 'nom' | 'gen', g: Gender): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h) words.push(t.hundreds[c][h]!);
  const unit = (u: number) =>
    g === 'f' && (u === 1 || u === 2) ? t.fem[c][u - 1]! : t.units[c][u]!;
  if (r >= 20) {
    words.push(t.tens[c][Math.floor(r / 10)]!);
    if (r % 10) words.push(unit(r % 10));
  } else if (r) words.push(unit(r));
  return words;
}

function cardinal(t: Tables, n: number, c: Case = 'nom', g: Gender = 'm'): string {
  if (n === 0) return t.units[c === 'gen' ? 'gen' : 'nom'][0]!;
  const k: 'nom' | 'gen' = c === 'nom' ? 'nom' : 'gen';
  const words: string[] = [];
  let rest = Math.floor(n);
  for (const scale of t.scales)
    if (rest >= scale.size) {
      const count = Math.floor(rest / scale.size);
      rest %= scale.size;
      // "тысяча", "миллион": one of them is said without "одна", "один".
      if (count !== 1) words.push(...below1000(t, count, k, scale.gender));
      words.push(scale[k][category(count)]);
    }
  if (rest) words.push(...below1000(t, rest, k, g));
  return words.join(' ');
}

function ordinal(t: Tables, n: number, form: OrdinalForm): string {
  const end = (stem: [string, keyof Tables['endings']]) => stem[0] + t.endings[stem[1]][form];
  const r = n % 100;
  if (r) {
    const prefix = n - r ? `${cardinal(t, n - r)} ` : '';
    if (r < 20) return prefix + end(t.ordUnits[r]!);
    if (r % 10 === 0) return prefix + end(t.ordTens[r / 10]!);
    return `${prefix}${t.tens.nom[Math.floor(r / 10)]} ${end(t.ordUnits[r % 10]!)}`;
  }
  const h = Math.floor(n / 100) % 10;
  if (h) {
    const prefix = n % 1000 !== n ? `${cardinal(t, n - (n % 1000))} ` : '';
    return prefix + t.ordHundreds[h] + t.endings.hard[form];
  }
  const thousands = Math.floor(n / 1000);
  const stem = thousands === 1 ? '' : cardinal(t, thousands, 'gen').replace(/ /g, '');
  return stem + t.ordThousand + t.endings.hard[form];
}

/** The first part of a compound: 25 → "двадцатипяти" (25-летний), 2 → "двух". */
function compound(t: Tables, n: number): string {
  return t.compound[n] ?? cardinal(t, n, 'gen').replace(/ /g, '');
}

/** "1,35" in `c`: "одна целая тридцать пять сотых". */
function decimal(t: Tables, whole: number, fraction: string, c: Case): string {
  const k: 'nom' | 'gen' = c === 'nom' ? 'nom' : 'gen';
  const d = t.decimal[k];
  const digits = fraction.slice(0, 3);
  const f = Number(digits);
  const one = (n: number) => (category(n) === 0 ? 0 : 1);
  return [
    cardinal(t, whole, k, 'f') || t.units[k][0],
    d.whole[one(whole)],
    cardinal(t, f, k, 'f'),
    d.parts[digits.length - 1]![one(f)],
  ].join(' ');
}

/** A number as written ("20 082", "1,35") → words in case `c`, and whether it was a decimal. */
function written(
  t: Tables,
  text: string,
  c: Case,
  g: Gender = 'm',
): { words: string; value: number; dec: boolean } {
  const [whole, fraction] = text.replace(/[\s\u00a0\u202f]/g, '').split(',');
  const value = Number(whole);
  if (fraction) return { words: decimal(t, value, fraction, c), value, dec: true };
  return { words: cardinal(t, value, c, g), value, dec: false };
}

const NUM = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

/** Replaces each match of `pattern`, given the text before and after it. */
function sub(
  text: string,
  pattern: RegExp,
  say: (m: RegExpExecArray, before: string, after: string) => string,
): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out +=
      text.slice(last, m.index) +
      say(m as RegExpExecArray, text.slice(0, m.index), text.slice(m.index + m[0].length));
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/** The word just before a position. */
function previous(before: string): string {
  return /([\p{L}.]+)[\s\u00a0]*$/u.exec(before)?.[1] ?? '';
}

function reader(t: Tables) {
  const months = t.months.join('|');
  const abbr = Object.keys(t.monthAbbr)
    .map((a) => a.replace('.', '\\.'))
    .join('|');
  const yearWords = Object.keys(t.yearWords).join('|');
  const caseBefore = (before: string, after: string): Case => {
    const word = previous(before);
    if (t.genitive.includes(word)) return 'gen';
    // "в 17 отделениях": the genitive of a count from 2 up is also its locative.
    if (t.inYear.includes(word) && /^\s\p{L}+[ая]х(?!\p{L})/u.test(after)) return 'gen';
    return 'nom';
  };
  const year = (y: string, c: Case) =>
    ordinal(t, Number(y), `m.${c === 'dat' ? 'dat' : c === 'ins' ? 'ins' : c}` as OrdinalForm);
  const date = (d: string, m: string, y?: string) =>
    `${ordinal(t, Number(d), 'm.gen')} ${m}${y ? ` ${year(y, 'gen')} ${t.yearWord.gen}` : ''}`;
  const noun = (forms: Forms, value: number, dec: boolean, key: keyof Tables['decimalNoun']) =>
    dec ? t.decimalNoun[key] : forms[category(value)];

  const rules: [RegExp, (m: RegExpExecArray, before: string, after: string) => string][] = [
    // 1.09.1953, 21.02.1948
    [
      new RegExp(
        `\\b(\\d{1,2})\\.(\\d{2})\\.(\\d{4})(?:\\s(?:${yearWords}|${t.yearAbbr.replace('.', '\\.')}))?`,
        'g',
      ),
      (m) => date(m[1]!, t.months[Number(m[2]) - 1] ?? '', m[3]),
    ],
    // 16–17 мая
    [
      new RegExp(`\\b(\\d{1,2})[–-](\\d{1,2})\\s(${months}|${abbr})(?!\\p{L})`, 'gu'),
      (m) => `${ordinal(t, Number(m[1]), 'm.gen')} — ${date(m[2]!, t.monthAbbr[m[3]!] ?? m[3]!)}`,
    ],
    // 5 марта 1953 года, 4 авг.
    [
      new RegExp(
        `\\b(\\d{1,2})\\s(${months}|${abbr})(?:\\s(${YEAR})(?:\\s(?:${yearWords}|${t.yearAbbr.replace('.', '\\.')}))?)?(?![\\p{L}\\d])`,
        'gu',
      ),
      (m) => date(m[1]!, t.monthAbbr[m[2]!] ?? m[2]!, m[3]),
    ],
    // 1960-х, 1950-е: the decade
    [
      /\b(\d{3}0)-(х|е|ые|ых|ті|тих)(?!\p{L})/gu,
      (m) => {
        const form: OrdinalForm = /х$/.test(m[2]!) ? 'pl.gen' : 'pl.nom';
        return ordinal(t, Number(m[1]) % 100 || Number(m[1]), form);
      },
    ],
    // 1948 г.
    [
      new RegExp(`(${YEAR})\\s${t.yearAbbr.replace('.', '\\.')}`, 'g'),
      (m, before) => {
        const c = t.inYear.includes(previous(before)) ? 'prep' : 'gen';
        return `${year(m[1]!, c)} ${t.yearWord[c]}`;
      },
    ],
    // 1953–1954 годы, 1947–1950, 1951–52
    [
      new RegExp(`(?<![\\d,])(${YEAR})[–-](${YEAR}|\\d\\d)(?!\\d)(?:\\s(${yearWords}))?`, 'g'),
      (m, before) => {
        const to = m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]!;
        let c: Case = m[3] ? t.yearWords[m[3]]! : 'nom';
        let tail = m[3] ? ` ${m[3]}` : '';
        if (!m[3] && t.inYear.includes(previous(before))) {
          c = 'prep';
          tail = ` ${t.yearsWord.prep}`;
        }
        return `${year(m[1]!, c)} — ${year(to, c)}${tail}`;
      },
    ],
    // 1953 года, 1990 и 1992 годов: the year takes the case of the word after it
    [
      new RegExp(
        `(?<![\\d,])(${YEAR})(?=(?:\\s(?:и|или|і|та|або)\\s${YEAR})?\\s(${yearWords})(?!\\p{L}))`,
        'gu',
      ),
      (m) => year(m[1]!, t.yearWords[m[2]!]!),
    ],
    // июль 1953, весной 1956: "… года"
    [
      new RegExp(`(?<=(?:^|[\\s(«])(?:${t.yearOf.join('|')})\\s)(${YEAR})(?!\\d|,\\d)`, 'gu'),
      (m) => `${year(m[1]!, 'gen')} ${t.yearWord.gen}`,
    ],
    // в 1994, с 1953: the case of the preposition, and its noun
    [
      new RegExp(`(?<![\\d,])(${YEAR})(?![\\d–-]|,\\d)`, 'g'),
      (m, before) => {
        const word = previous(before);
        if (t.inYear.includes(word)) return `${year(m[1]!, 'prep')} ${t.yearWord.prep}`;
        if (t.genitive.includes(word)) return `${year(m[1]!, 'gen')} ${t.yearWord.gen}`;
        return year(m[1]!, 'nom');
      },
    ],
    // 3:30
    [
      /\b(\d{1,2}):(\d{2})\b/g,
      (m, before, after) => {
        const c = caseBefore(before, after);
        return `${cardinal(t, Number(m[1]), c)} ${m[2] === '00' ? '' : cardinal(t, Number(m[2]), c)}`.trim();
      },
    ],
    // № 29
    [/№\s?(?=\d)/g, () => `${t.number} `],
    // 25-летние, 15-минутный: a compound
    [/\b(\d+)-(\p{L}{4,})/gu, (m) => compound(t, Number(m[1])) + m[2]],
    // 3-е, 6-го, 58-й: an ordinal, its form from its ending
    [
      /\b(\d+)-(\p{L}{1,3})(?!\p{L})/gu,
      (m, before, after) => {
        const n = Number(m[1]);
        const s = m[2]!;
        const next = /^\s(\p{L}+)/u.exec(after)?.[1] ?? '';
        const form: OrdinalForm | undefined = (
          {
            й: /[иыі]$/u.test(next) ? 'f.gen' : 'm.nom',
            ий: 'm.nom',
            ый: 'm.nom',
            ой: 'f.gen',
            го: 'm.gen',
            ого: 'm.gen',
            ему: 'm.dat',
            му: t.inYear.includes(previous(before)) ? 'm.prep' : 'm.dat',
            ому: 'm.dat',
            м:
              t.inYear.includes(previous(before)) || previous(before) === 'на' ? 'm.prep' : 'm.ins',
            ом: 'm.prep',
            ым: 'm.ins',
            я: 'f.nom',
            а: 'f.nom',
            ая: 'f.nom',
            ю: 'f.acc',
            у: 'f.acc',
            ї: 'f.gen',
            ої: 'f.gen',
            е: 'n.nom',
            є: 'n.nom',
            ое: 'n.nom',
            ше: 'n.nom',
            ге: 'n.nom',
            тє: 'n.nom',
            те: 'n.nom',
            ме: 'n.nom',
            ве: 'n.nom',
            ы: 'pl.nom',
            ые: 'pl.nom',
            і: 'pl.nom',
            ті: 'pl.nom',
            х: 'pl.gen',
            ых: 'pl.gen',
            их: 'pl.gen',
            ми: 'pl.ins',
          } as Record<string, OrdinalForm>
        )[s];
        return form ? ordinal(t, n, form) : `${cardinal(t, n)} ${s}`;
      },
    ],
    // Ф-630, Т-34; 416-159
    [/(\p{Lu})-(?=\d)/gu, (m) => `${m[1]} `],
    [/(\d)-(?=\d)/g, (m) => `${m[1]}, `],
    // 37–46, 23–120+, 1,2–1,35 млн
    [
      new RegExp(`(${NUM})\\s?[–—]\\s?(${NUM})(\\+)?(\\s?(?:млн|%))?`, 'g'),
      (m) => {
        const a = written(t, m[1]!, 'gen');
        const b = written(t, m[2]!, 'gen');
        const unit = m[4]?.trim();
        const tail =
          unit === 'млн'
            ? ` ${b.dec ? t.decimalNoun.million : t.scales[1]!.gen[category(b.value)]}`
            : unit === '%'
              ? ` ${b.dec ? t.decimalNoun.percent : t.percent[2]}`
              : '';
        return `${t.range(a.words, b.words)}${tail}${m[3] ? ` ${t.orMore}` : ''}`;
      },
    ],
    // 43 %, 67,5°, 1,2 млн, 1 м²
    [
      new RegExp(`(${NUM})\\s?(%|°|млн|м²)`, 'g'),
      (m, before, after) => {
        const n = written(t, m[1]!, caseBefore(before, after));
        const key = (
          { '%': 'percent', '°': 'degree', млн: 'million', 'м²': 'squareMetre' } as const
        )[m[2] as '%'];
        return `${n.words} ${noun(t[key], n.value, n.dec, key)}`;
      },
    ],
    // 159сс: a number run into letters
    [/(\d)(?=\p{L})/gu, (m) => `${m[1]} `],
    // everything else: 20 082, 1,2, 3015, 120+
    [
      new RegExp(`(${NUM})(\\+)?`, 'g'),
      (m, before, after) => {
        const next = /^\s(\p{L}+)/u.exec(after)?.[1] ?? '';
        const g: Gender = t.feminine.includes(next) ? 'f' : 'm';
        return `${written(t, m[1]!, caseBefore(before, after), g).words}${m[2] ? ` ${t.orMore}` : ''}`;
      },
    ],
  ];
  return (text: string) =>
    rules.reduce(
      (out, [pattern, say]) => sub(out, pattern, say),
      t.words.reduce((out, [pattern, word]) => out.replace(pattern, word), text),
    );
}

/** A Russian text with its numbers as words. */
export const speakRussian = reader(RU);
/** A Ukrainian text with its numbers as words. */
export const speakUkrainian = reader(UK);

const TABLES: Record<string, Tables> = { ru: RU, uk: UK };

/** A whole number in words in Russian or Ukrainian, in `c` (nominative or genitive). */
export function slavicCardinal(n: number, lang: 'ru' | 'uk', c: Case = 'nom'): string {
  return cardinal(TABLES[lang]!, n, c);
}

/** An ordinal in Russian or Ukrainian: (1953, 'ru', 'm.gen') → "… пятьдесят третьего". */
export function slavicOrdinal(n: number, lang: 'ru' | 'uk', form: OrdinalForm): string {
  return ordinal(TABLES[lang]!, n, form);
}
