/**
 * One reading, the words every surface must say it with (built-in feed, at its own date).
 * Written out by hand: a surface that drifts from the catalogue fails against these.
 */
export const SAME_WORDS = {
  fr: {
    footfall: { value: '3.059', span: 'mai 2021 – août 2024' },
    participants: { value: '≥ 432', span: '10 février 2020 – 14 juin 2023' },
    fundStatus: 'en retard',
  },
  ar: {
    footfall: { value: '3.059', span: 'ماي 2021 – غشت 2024' },
    participants: { value: '≥ 432', span: '10 فبراير 2020 – 14 يونيو 2023' },
    fundStatus: 'متأخر',
  },
  en: {
    footfall: { value: '3,059', span: 'May 2021 – August 2024' },
    participants: { value: '≥ 432', span: '10 February 2020 – 14 June 2023' },
    fundStatus: 'off track',
  },
} as const;

export type SameWordsLang = keyof typeof SAME_WORDS;
