// Numbers as words for the voices (src/i18n/numbers.ts): the tables, then real phrases from the
// Uprising exhibit's chapters in English, Russian and Ukrainian, each as a reader would say it.
import { describe, expect, it } from 'vitest';
import {
  englishCardinal,
  hasDigit,
  plural,
  slavicCardinal,
  slavicOrdinal,
  speak,
} from '../../src/i18n/numbers.ts';

describe('cardinals and ordinals', () => {
  it('English to the billions, with "and" after the hundreds', () => {
    expect(englishCardinal(0)).toBe('zero');
    expect(englishCardinal(105)).toBe('one hundred and five');
    expect(englishCardinal(1001)).toBe('one thousand and one');
    expect(englishCardinal(20082)).toBe('twenty thousand and eighty-two');
    expect(englishCardinal(237412)).toBe(
      'two hundred and thirty-seven thousand four hundred and twelve',
    );
    expect(englishCardinal(2500000)).toBe('two million five hundred thousand');
    expect(englishCardinal(1e9)).toBe('one billion');
  });

  it('Russian and Ukrainian: "тысяча" feminine, the scale noun counted, nominative and genitive', () => {
    expect(slavicCardinal(21000, 'ru')).toBe('двадцать одна тысяча');
    expect(slavicCardinal(22000, 'uk')).toBe('двадцять дві тисячі');
    expect(slavicCardinal(1000, 'ru')).toBe('тысяча');
    expect(slavicCardinal(2500000, 'ru')).toBe('два миллиона пятьсот тысяч');
    expect(slavicCardinal(2500000, 'uk')).toBe('два мільйони п’ятсот тисяч');
    expect(slavicCardinal(2500000, 'ru', 'gen')).toBe('двух миллионов пятисот тысяч');
    expect(slavicCardinal(38589, 'uk', 'gen')).toBe(
      'тридцяти восьми тисяч п’ятисот вісімдесяти дев’яти',
    );
    expect(slavicCardinal(2e9, 'uk')).toBe('два мільярди');
  });

  it('ordinals change only their last word, in the form asked', () => {
    expect(slavicOrdinal(1953, 'ru', 'm.gen')).toBe('тысяча девятьсот пятьдесят третьего');
    expect(slavicOrdinal(1960, 'ru', 'm.prep')).toBe('тысяча девятьсот шестидесятом');
    expect(slavicOrdinal(2003, 'ru', 'm.nom')).toBe('две тысячи третий');
    expect(slavicOrdinal(2000, 'uk', 'm.nom')).toBe('двохтисячний');
    expect(slavicOrdinal(1954, 'uk', 'm.gen')).toBe('тисяча дев’ятсот п’ятдесят четвертого');
    expect(slavicOrdinal(40, 'ru', 'm.nom')).toBe('сороковой');
  });

  it('counted nouns take one, few or many', () => {
    const forms = ['строка', 'строки', 'строк'] as const;
    expect([1, 2, 5, 11, 21, 22, 112].map((n) => plural(n, forms))).toEqual([
      'строка',
      'строки',
      'строк',
      'строк',
      'строка',
      'строки',
      'строк',
    ]);
  });
});

/** Phrases from the exhibit, as written and as said. */
const EXAMPLES: Record<'en' | 'ru' | 'uk', [string, string][]> = {
  en: [
    [
      'Gorlag, early 1953, 63 against 20,082 politicals',
      'Gorlag, early nineteen fifty-three, sixty-three against twenty thousand and eighty-two politicals',
    ],
    [
      'Executed on 23 December 1953.',
      'Executed on the twenty-third of December nineteen fifty-three.',
    ],
    ['16–17 May: walls', 'the sixteenth to the seventeenth of May: walls'],
    ['37–46 — killed', 'thirty-seven to forty-six — killed'],
    ['23–120+', 'twenty-three to one hundred and twenty or more'],
    ['Amnesty: 1.2–1.35 million', 'Amnesty: one point two to one point three five million'],
    ['mine No. 29; Nos. 2 and 3', 'mine number twenty-nine; numbers two and three'],
    [
      'Decree No. 416-159ss, 21 Feb 1948',
      'Decree number four hundred and sixteen, one hundred and fifty-nine ss, the twenty-first of February nineteen forty-eight',
    ],
    [
      'Vorkuta at 67.5° N, the Arctic Circle at 66.56° N',
      'Vorkuta at sixty-seven point five degrees north, the Arctic Circle at sixty-six point five six degrees north',
    ],
    ['43 % of the strikers', 'forty-three per cent of the strikers'],
    ['1951–52: Rechlag', 'nineteen fifty-one to fifty-two: Rechlag'],
    [
      'In memory of the dead, 1953–1954',
      'In memory of the dead, nineteen fifty-three to nineteen fifty-four',
    ],
    ['A 1950s Time report', 'A nineteen fifties Time report'],
    ['About 3:30 a.m.: flares', 'About three thirty in the morning: flares'],
    ['then the 1st, 3rd, 4th', 'then the first, third, fourth'],
    [
      'in 2003 and 2024; 1905',
      'in two thousand and three and twenty twenty-four; nineteen oh-five',
    ],
    ['Troops, 4 Aug', 'Troops, the fourth of August'],
    ['c. 1,000 · MVD', 'about one thousand, MVD'],
    [
      '237,412 appeals reviewed',
      'two hundred and thirty-seven thousand four hundred and twelve appeals reviewed',
    ],
    [
      'Applebaum (2003), ch. 24; vol. 3',
      'Applebaum (two thousand and three), chapter twenty-four; volume three',
    ],
    ['T-34s; 1 m² per person', 'T thirty-fours; one square metre per person'],
  ],
  ru: [
    [
      'Речлаг, 1953: из 38 589 заключённых 16 812 числились',
      'Речлаг, тысяча девятьсот пятьдесят третий: из тридцати восьми тысяч пятисот восьмидесяти девяти заключённых шестнадцать тысяч восемьсот двенадцать числились',
    ],
    ['5 марта 1953 года', 'пятого марта тысяча девятьсот пятьдесят третьего года'],
    [
      'Расстрелян 23 декабря 1953',
      'Расстрелян двадцать третьего декабря тысяча девятьсот пятьдесят третьего года',
    ],
    ['16–17 мая: стены', 'шестнадцатого — семнадцатого мая: стены'],
    ['Выжившие: 500–700 убитых', 'Выжившие: от пятисот до семисот убитых'],
    ['23–120+', 'от двадцати трёх до ста двадцати и более'],
    [
      'Амнистия: 1,2–1,35 млн',
      'Амнистия: от одной целой двух десятых до одной целой тридцати пяти сотых миллиона',
    ],
    [
      'шахты № 29, 1 августа 1953.',
      'шахты номер двадцать девять, первого августа тысяча девятьсот пятьдесят третьего года.',
    ],
    [
      'Постановление № 416-159сс от 21.02.1948;',
      'Постановление номер четыреста шестнадцать, сто пятьдесят девять сс от двадцать первого февраля тысяча девятьсот сорок восьмого года;',
    ],
    [
      'Воркута на 67,5° с. ш.',
      'Воркута на шестьдесят семь целых пять десятых градуса северной широты',
    ],
    ['43 % участников', 'сорок три процента участников'],
    ['журнала Time 1950-х годов', 'журнала Time пятидесятых годов'],
    ['Около 3:30: ракеты', 'Около трёх тридцати: ракеты'],
    ['только в 3-м отделении Горлага', 'только в третьем отделении Горлага'],
    ['по тяжёлым пунктам 58-й статьи', 'по тяжёлым пунктам пятьдесят восьмой статьи'],
    ['1-е, 3-е, 4-е; от 2-го лагпункта', 'первое, третье, четвёртое; от второго лагпункта'],
    ['освобождён в 1960', 'освобождён в тысяча девятьсот шестидесятом году'],
    ['открыт в 1996 году', 'открыт в тысяча девятьсот девяносто шестом году'],
    ['в 1948 г.: вдвое', 'в тысяча девятьсот сорок восьмом году: вдвое'],
    ['Войска, 4 авг., около', 'Войска, четвёртого августа, около'],
    ['ещё около 1000 человек, 500 мужчин', 'ещё около тысячи человек, пятьсот мужчин'],
    ['до 9000 человек', 'до девяти тысяч человек'],
    ['в 17 отделениях Речлага', 'в семнадцати отделениях Речлага'],
    ['Сократить 25-летние сроки', 'Сократить двадцатипятилетние сроки'],
    ['после 15-минутного ультиматума', 'после пятнадцатиминутного ультиматума'],
    ['Воркута, июль 1953: как', 'Воркута, июль тысяча девятьсот пятьдесят третьего года: как'],
    ['памятник (весна 1956)', 'памятник (весна тысяча девятьсот пятьдесят шестого года)'],
    [
      'кресты 1990 и 1992 годов',
      'кресты тысяча девятьсот девяностого и тысяча девятьсот девяносто второго годов',
    ],
    [
      '1521 эстонец, 1075 латышей',
      'тысяча пятьсот двадцать один эстонец, тысяча семьдесят пять латышей',
    ],
    ['мужчины старше 55', 'мужчины старше пятидесяти пяти'],
    ['И ещё 1 строка; ещё 2 строки', 'И ещё одна строка; ещё две строки'],
    [
      'Эпплбаум, «ГУЛАГ» (2003), гл. 24; т. 3',
      'Эпплбаум, «ГУЛАГ» (две тысячи третий), глава двадцать четыре; том три',
    ],
    [
      'Шкала времени с 1953 по 1963 год',
      'Шкала времени с тысяча девятьсот пятьдесят третьего года по тысяча девятьсот шестьдесят третий год',
    ],
    ['Выделено: 1945, амнистия', 'Выделено: тысяча девятьсот сорок пятый, амнистия'],
  ],
  uk: [
    ['5 березня 1953 року', 'п’ятого березня тисяча дев’ятсот п’ятдесят третього року'],
    ['26 червня 1954', 'двадцять шостого червня тисяча дев’ятсот п’ятдесят четвертого року'],
    ['Вцілілі: 500–700 убитих', 'Вцілілі: від п’ятисот до семисот убитих'],
    [
      'Амністія: 1,2–1,35 млн',
      'Амністія: від однієї цілої двох десятих до однієї цілої тридцяти п’яти сотих мільйона',
    ],
    [
      'Воркута на 67,5° пн. ш.',
      'Воркута на шістдесят сім цілих п’ять десятих градуса північної широти',
    ],
    ['43 % учасників', 'сорок три відсотки учасників'],
    ['1-ше, 3-тє, 4-те', 'перше, третє, четверте'],
    ['у 6-му — жінки', 'у шостому — жінки'],
    ['найтяжчими пунктами 58-ї статті', 'найтяжчими пунктами п’ятдесят восьмої статті'],
    ['Скоротити 25-річні строки', 'Скоротити двадцятип’ятирічні строки'],
    ['Близько 3:30: ракети', 'Близько трьох тридцяти: ракети'],
    ['Війська, 4 серп.', 'Війська, четвертого серпня'],
    ['людину в 1948 р.: удвічі', 'людину в тисяча дев’ятсот сорок восьмому році: удвічі'],
    [
      '(початок 1960-х), хрести 1990 і 1992 років',
      '(початок шістдесятих), хрести тисяча дев’ятсот дев’яностого і тисяча дев’ятсот дев’яносто другого років',
    ],
    ['Жезказган: 2024 року Gulag.cz', 'Жезказган: дві тисячі двадцять четвертого року Gulag.cz'],
    ['близько 1000 людей; до 9000 осіб', 'близько тисячі людей; до дев’яти тисяч осіб'],
    ['Її відділення, 3015 жінок', 'Її відділення, три тисячі п’ятнадцять жінок'],
    ['Розглянуто 237 412 скарг', 'Розглянуто двісті тридцять сім тисяч чотириста дванадцять скарг'],
    ['Воркути, липень 1953', 'Воркути, липень тисяча дев’ятсот п’ятдесят третього року'],
    ['І ще 3 рядки', 'І ще три рядки'],
  ],
};

describe.each(Object.entries(EXAMPLES))('the exhibit’s numbers said in %s', (lang, examples) => {
  it.each(examples)('%s', (written, said) => {
    expect(speak(written, lang)).toBe(said);
    expect(hasDigit(speak(written, lang))).toBe(false);
  });
});

describe('thousands separators', () => {
  it('a comma in English; a space, no-break space or narrow one in Russian and Ukrainian', () => {
    expect(speak('16,812', 'en')).toBe('sixteen thousand eight hundred and twelve');
    for (const gap of [' ', '\u00a0', '\u202f'])
      expect(speak(`16${gap}812`, 'ru')).toBe('шестнадцать тысяч восемьсот двенадцать');
    expect(speak(new Intl.NumberFormat('uk').format(600000), 'uk')).toBe('шістсот тисяч');
    // "17, 19, 22" is a list, not a number.
    expect(speak('17, 19, 22 July', 'en')).toBe('seventeen, nineteen, the twenty-second of July');
  });

  it('a language without a speaker keeps its digits', () => {
    expect(speak('1953 · 7', 'pl')).toBe('1953, 7');
  });
});
