// English numbers as words (src/i18n/numbers.ts says what for). British usage: "one hundred and
// five", "the fifth of March, nineteen fifty-three", "per cent".

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
];

function below100(n: number): string {
  if (n < 20) return UNITS[n]!;
  const t = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${t}-${UNITS[n % 10]}` : t;
}

function below1000(n: number): string {
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (!h) return below100(r);
  return r ? `${UNITS[h]} hundred and ${below100(r)}` : `${UNITS[h]} hundred`;
}

/** A whole number in words: 20082 → "twenty thousand and eighty-two". */
export function englishCardinal(n: number): string {
  if (!Number.isFinite(n) || n < 0) return String(n);
  if (n === 0) return 'zero';
  const words: string[] = [];
  let rest = Math.floor(n);
  for (const [size, name] of SCALES)
    if (rest >= size) {
      words.push(`${below1000(Math.floor(rest / size))} ${name}`);
      rest %= size;
    }
  if (rest) words.push(rest < 100 && words.length ? `and ${below100(rest)}` : below1000(rest));
  return words.join(' ');
}

const ORDINAL_WORDS: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};

/** 3 → "third", 21 → "twenty-first", 100 → "one hundredth". */
export function englishOrdinal(n: number): string {
  const words = englishCardinal(n);
  return words.replace(/([a-z]+)$/, (last: string) => {
    if (ORDINAL_WORDS[last]) return ORDINAL_WORDS[last];
    if (last.endsWith('y')) return `${last.slice(0, -1)}ieth`;
    return `${last}th`;
  });
}

/** A year as said: 1953 → "nineteen fifty-three", 2003 → "two thousand and three". */
export function englishYear(n: number): string {
  if (n >= 2000 && n < 2010) return englishCardinal(n);
  const hi = Math.floor(n / 100);
  const lo = n % 100;
  if (lo === 0) return `${below100(hi)} hundred`;
  return `${below100(hi)} ${lo < 10 ? `oh-${UNITS[lo]}` : below100(lo)}`;
}

/** Digits with "," thousands separators (or spaces) → a number. */
function parse(digits: string): number {
  return Number(digits.replace(/[,\s\u00a0\u202f]/g, ''));
}

/** A number as written, whole or decimal: "20,082", "1.2", "67.5". */
function number(written: string): string {
  const [whole, fraction] = written.split('.');
  const w = englishCardinal(parse(whole!));
  return fraction ? `${w} point ${[...fraction].map((d) => UNITS[Number(d)]).join(' ')}` : w;
}

const MONTHS: Record<string, string> = {
  jan: 'January',
  feb: 'February',
  mar: 'March',
  apr: 'April',
  may: 'May',
  jun: 'June',
  jul: 'July',
  aug: 'August',
  sep: 'September',
  oct: 'October',
  nov: 'November',
  dec: 'December',
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const month = (m: string) => MONTHS[m.slice(0, 3).toLowerCase()] ?? m;

const isYear = (n: number) => n >= 1800 && n <= 2100;
/** A number as written: with "," or space between thousands, or plain, maybe a decimal. */
const NUM = '\\d{1,3}(?:[,\\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

/** Where the rules below look: each pattern, and what it becomes. Applied in this order. */
const RULES: [RegExp, (...m: string[]) => string][] = [
  // 1.09.1953
  [
    /\b(\d{1,2})\.(\d{2})\.(\d{4})\b/g,
    (_, d, m, y) =>
      `the ${englishOrdinal(Number(d))} of ${Object.values(MONTHS)[Number(m) - 1] ?? m} ${englishYear(Number(y))}`,
  ],
  // 16–17 May
  [
    new RegExp(`\\b(\\d{1,2})[–-](\\d{1,2}) ${MONTH}(?![A-Za-z])`, 'g'),
    (_, a, b, m) =>
      `the ${englishOrdinal(Number(a))} to the ${englishOrdinal(Number(b))} of ${month(m!)}`,
  ],
  // 5 March 1953, 4 Aug
  [
    new RegExp(`\\b(\\d{1,2}) ${MONTH}(?![A-Za-z])(?:,? (\\d{4})\\b)?`, 'g'),
    (_, d, m, y) =>
      `the ${englishOrdinal(Number(d))} of ${month(m!)}${y ? ` ${englishYear(Number(y))}` : ''}`,
  ],
  // 1950s
  [
    /\b(\d{3})0s\b/g,
    (_, c) => {
      const y = englishYear(Number(c) * 10);
      return y.endsWith('y') ? `${y.slice(0, -1)}ies` : `${y}s`;
    },
  ],
  // 1951–52, 1953–1954
  [
    /\b(1[89]\d\d|20\d\d)[–-](\d{2}|\d{4})\b/g,
    (_, a, b) => {
      const to = b!.length === 2 ? Number(a!.slice(0, 2) + b) : Number(b);
      return `${englishYear(Number(a))} to ${b!.length === 2 ? below100(to % 100) : englishYear(to)}`;
    },
  ],
  // No. 29, Nos. 2 and 3
  [/\bNos\.\s?/g, () => 'numbers '],
  [/\bNo\.\s?(?=\d)/g, () => 'number '],
  [/\bvol\.\s?(?=\d)/g, () => 'volume '],
  [/\bch\.\s?(?=\d)/g, () => 'chapter '],
  [/\bc\.\s?(?=\d)/g, () => 'about '],
  [/\bLt-Gen\b/g, () => 'Lieutenant General'],
  [/\bMaj-Gen\b/g, () => 'Major General'],
  [/\bCol\.(?= \p{Lu})/gu, () => 'Colonel'],
  // 3:30 a.m.
  [
    /\b(\d{1,2}):(\d{2})\b/g,
    (_, h, m) => `${englishCardinal(Number(h))} ${m === '00' ? "o'clock" : below100(Number(m))}`,
  ],
  [/\ba\.m\./g, () => 'in the morning'],
  [/\bp\.m\./g, () => 'in the afternoon'],
  // 3rd, 21st
  [/\b(\d+)(?:st|nd|rd|th)\b/g, (_, n) => englishOrdinal(Number(n))],
  // 37–46, 23–120+, 1.2–1.35
  [
    new RegExp(`(${NUM})\\s?[–—]\\s?(${NUM})(\\+)?`, 'g'),
    (_, a, b, plus) => `${number(a!)} to ${number(b!)}${plus ? ' or more' : ''}`,
  ],
  // 43 %, 67.5° N
  [new RegExp(`(${NUM})\\s?%`, 'g'), (_, n) => `${number(n!)} per cent`],
  [
    new RegExp(`(${NUM})°\\s?([NS])\\b`, 'g'),
    (_, n, s) => `${number(n!)} degrees ${s === 'N' ? 'north' : 'south'}`,
  ],
  [new RegExp(`(${NUM})°`, 'g'), (_, n) => `${number(n!)} degrees`],
  [
    new RegExp(`(${NUM})\\s?m²`, 'g'),
    (_, n) => `${number(n!)} square metre${n === '1' ? '' : 's'}`,
  ],
  // F-630, T-34s; 416-159: a pause between the parts
  [/\b([A-Z])-(?=\d)/g, (_, l) => `${l} `],
  [/(\d)-(?=\d)/g, (_, d) => `${d}, `],
  // a year on its own: 1953
  [
    /(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)/g,
    (y) => (isYear(Number(y)) ? englishYear(Number(y)) : englishCardinal(Number(y))),
  ],
  // T-34s: a plural
  [
    /\b(\d+)s\b/g,
    (_, n) => {
      const w = englishCardinal(Number(n));
      return w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`;
    },
  ],
  [/(\d)(?=\p{L})/gu, (_, d) => `${d} `],
  // everything else: 20,082, 1.2, 416-159
  [new RegExp(`(${NUM})(\\+)?`, 'g'), (_, n, plus) => `${number(n!)}${plus ? ' or more' : ''}`],
];

/** An English text with its numbers as words. */
export function speakEnglish(text: string): string {
  let out = text;
  for (const [pattern, say] of RULES) out = out.replace(pattern, say as never);
  return out;
}
