// The candidate voices `npm run media:voices` measures, with their licences (Debian copyright files of
// rhvoice and festvox-us-slt-hts), and the sentences it has them read: twelve real sentences of
// Uprising with dates, numbers and names, the same twelve in every language.

/** One candidate voice. `nd`: its licence forbids adaptations (CC-BY-ND); measured, but flagged. */
export interface Candidate {
  lang: 'en' | 'ru' | 'uk';
  engine: 'festival' | 'rhvoice';
  voice: string;
  sex: 'F' | 'M';
  licence: string;
  current?: boolean;
  nd?: boolean;
}

// Voices under a non-commercial licence (RHVoice Lab's CC-BY-NC-ND voices: arina, artemiy, evgeniy-*,
// lyubov, mikhail, pavel, tatiana, victoria, vitaliy, yuriy) are left out: a museum may charge entry.
export const CANDIDATES: Candidate[] = [
  {
    lang: 'en',
    engine: 'festival',
    voice: 'cmu_us_slt_arctic_hts',
    sex: 'F',
    licence: 'BSD-3 / EST (festvox-us-slt-hts)',
    current: true,
  },
  ...(['slt', 'alan', 'bdl', 'clb'] as const).map((voice): Candidate => ({
    lang: 'en',
    engine: 'rhvoice',
    voice,
    sex: voice === 'slt' || voice === 'clb' ? 'F' : 'M',
    licence: 'LGPL-2.1+',
  })),
  ...(['anna', 'elena', 'irina', 'aleksandr'] as const).map((voice): Candidate => ({
    lang: 'ru',
    engine: 'rhvoice',
    voice,
    sex: voice === 'aleksandr' ? 'M' : 'F',
    licence: 'LGPL-2.1+',
    ...(voice === 'anna' ? { current: true } : {}),
  })),
  {
    lang: 'ru',
    engine: 'rhvoice',
    voice: 'aleksandr-hq',
    sex: 'M',
    licence: 'CC-BY-SA-4.0 (credit)',
  },
  {
    lang: 'uk',
    engine: 'rhvoice',
    voice: 'natalia',
    sex: 'F',
    licence: 'LGPL-2.1+',
    current: true,
  },
  { lang: 'uk', engine: 'rhvoice', voice: 'anatol', sex: 'M', licence: 'LGPL-2.1+' },
  { lang: 'uk', engine: 'rhvoice', voice: 'marianna', sex: 'F', licence: 'CC-BY-ND-4.0', nd: true },
  {
    lang: 'uk',
    engine: 'rhvoice',
    voice: 'volodymyr',
    sex: 'M',
    licence: 'CC-BY-ND-4.0',
    nd: true,
  },
];

/** [chapter, sentence index] of the sentences read: dates, figures, names, an abbreviation, a quotation. */
export const SENTENCES: [string, number][] = [
  ['after-stalin', 0], // Stalin died on 5 March 1953.
  ['after-stalin', 3], // 1.2 to 1.35 million people
  ['aftermath-and-memory', 4], // 448,344 political prisoners
  ['aftermath-and-memory', 9], // Vorkuta, 53, Yur-Shor
  ['amnesty-and-long-terms', 7], // January 1952, Ekibastuz
  ['kengir-1954', 3], // MVD dossier, 13 or 14 dead
  ['kengir-1954', 8], // 27 May, 2,000, Kapiton Kuznetsov
  ['norilsk-1953', 9], // MVD Colonel M. V. Kuznetsov
  ['radio-leaflets-kites', 0], // Norilsk 1953, semaphore flags
  ['special-camps', 4], // 221,435 prisoners
  ['suppression', 8], // 1,700 soldiers, 98 dogs, T-34
  ['vorkuta-1953', 5], // Leonid Markizov
];
