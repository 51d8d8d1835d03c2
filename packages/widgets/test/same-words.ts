/**
 * One reading, the words every surface must say it with (built-in feed, at its own date).
 * Written out by hand: a surface that drifts from the catalogue fails against these.
 */
export const SAME_WORDS = {
  fr: {
    footfall: { value: '3.059', span: 'mai 2021 – août 2024' },
    participants: { value: '≥ 432', span: '10 février 2020 – 14 juin 2023' },
    fundStatus: 'en retard',
    funnel: {
      call: 'Souss-Massa — appel à projets de septembre 2022',
      selected: 'Sélectionnés 7 (46,7\u00a0%)',
      budget: 'Budget : 1.107.000\u00a0MAD · 101.371\u00a0€',
    },
    // fund-selected, Oriental's first call: the title is the facts file's English one.
    table: {
      period: '8 août 2022',
      title: 'Projects selected, first Oriental call',
      mark: '(anglais)',
    },
  },
  ar: {
    footfall: { value: '3.059', span: 'ماي 2021 – غشت 2024' },
    participants: { value: '≥ 432', span: '10 فبراير 2020 – 14 يونيو 2023' },
    fundStatus: 'متأخر',
    funnel: {
      call: 'سوس ماسة — طلب المشاريع لشتنبر 2022',
      selected: 'المنتقاة 7 (46,7\u200e%\u200e)',
      budget: 'الميزانية: \u200f1.107.000\u00a0د.م.\u200f · \u200f101.371\u00a0€',
    },
    table: {
      period: '8 غشت 2022',
      title: 'Projects selected, first Oriental call',
      mark: '(الإنجليزية)',
    },
  },
  en: {
    footfall: { value: '3,059', span: 'May 2021 – August 2024' },
    participants: { value: '≥ 432', span: '10 February 2020 – 14 June 2023' },
    fundStatus: 'off track',
    funnel: {
      call: 'Souss-Massa — September 2022 call for projects',
      selected: 'Selected 7 (46.7%)',
      budget: 'Budget: MAD\u00a01,107,000 · €101,371',
    },
    // English readers see the English title unmarked.
    table: { period: '8 August 2022', title: 'Projects selected, first Oriental call', mark: '' },
  },
} as const;

export type SameWordsLang = keyof typeof SAME_WORDS;
