// Interface strings built into the engine, per language. An exhibit may override any of them.

/** Every interface string the kiosk shows. `{n}` and `{total}` are filled in at display time. */
export const UI_KEYS = [
  'languageName',
  'touchToBegin',
  'loading',
  'chapters',
  'chapterNumber',
  'pause',
  'resume',
  'home',
  'next',
  'previous',
  'language',
  'stillThere',
  'stillThereDetail',
  'continue',
  'upNext',
  'outOfService',
  'outOfServiceDetail',
  'advisoryTitle',
  'back',
  'sources',
  'sourcesIntro',
  'beginning',
  'endVisit',
] as const;

/** A key of the interface strings. */
export type UiKey = (typeof UI_KEYS)[number];
/** A complete set of interface strings for one language. */
export type UiStrings = Record<UiKey, string>;

/** Built-in strings for the languages the engine ships with. */
export const BUILT_IN_UI: Record<string, UiStrings> = {
  en: {
    languageName: 'English',
    touchToBegin: 'Touch to begin',
    loading: 'Loading',
    chapters: 'Chapters',
    chapterNumber: 'Chapter {n} of {total}',
    pause: 'Pause',
    resume: 'Resume',
    home: 'All chapters',
    next: 'Next chapter',
    previous: 'Previous chapter',
    language: 'Language',
    stillThere: 'Still there?',
    stillThereDetail: 'The exhibit will return to the start in {n} seconds.',
    continue: 'Continue',
    upNext: 'Up next',
    outOfService: 'This exhibit is resting',
    outOfServiceDetail: 'It will be back shortly. Thank you for your patience.',
    advisoryTitle: 'Before you begin',
    back: 'Back',
    sources: 'Sources',
    sourcesIntro: 'The narration rests on these works.',
    beginning: 'Start from the beginning',
    endVisit: 'End visit',
  },
  ru: {
    languageName: 'Русский',
    touchToBegin: 'Коснитесь экрана, чтобы начать',
    loading: 'Загрузка',
    chapters: 'Главы',
    chapterNumber: 'Глава {n} из {total}',
    pause: 'Пауза',
    resume: 'Продолжить',
    home: 'Все главы',
    next: 'Следующая глава',
    previous: 'Предыдущая глава',
    language: 'Язык',
    stillThere: 'Вы ещё здесь?',
    stillThereDetail: 'Через {n} с экспозиция вернётся к началу.',
    continue: 'Продолжить',
    upNext: 'Далее',
    outOfService: 'Экспозиция временно не работает',
    outOfServiceDetail: 'Скоро она снова будет доступна. Спасибо за терпение.',
    advisoryTitle: 'Прежде чем начать',
    back: 'Назад',
    sources: 'Источники',
    sourcesIntro: 'Рассказ основан на этих работах.',
    beginning: 'Начать с начала',
    endVisit: 'Завершить',
  },
  uk: {
    languageName: 'Українська',
    touchToBegin: 'Торкніться екрана, щоб почати',
    loading: 'Завантаження',
    chapters: 'Розділи',
    chapterNumber: 'Розділ {n} з {total}',
    pause: 'Пауза',
    resume: 'Продовжити',
    home: 'Усі розділи',
    next: 'Наступний розділ',
    previous: 'Попередній розділ',
    language: 'Мова',
    stillThere: 'Ви ще тут?',
    stillThereDetail: 'Через {n} с експозиція повернеться до початку.',
    continue: 'Продовжити',
    upNext: 'Далі',
    outOfService: 'Експозиція тимчасово не працює',
    outOfServiceDetail: 'Незабаром вона знову буде доступна. Дякуємо за терпіння.',
    advisoryTitle: 'Перш ніж почати',
    back: 'Назад',
    sources: 'Джерела',
    sourcesIntro: 'Розповідь спирається на ці праці.',
    beginning: 'Почати з початку',
    endVisit: 'Завершити',
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) =>
    key in values ? String(values[key]) : m,
  );
}
