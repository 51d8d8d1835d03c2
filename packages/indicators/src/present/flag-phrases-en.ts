import type { FlagPhrases } from './flag-phrases.js';

export const en: FlagPhrases = {
  codes: {
    'incomplete-disaggregation': 'Incomplete disaggregation',
    'missing-sex': 'Sex not reported',
    'out-of-range-date': 'Date outside the programme',
    'conflicting-sources': 'Conflicting sources',
    stale: 'Stale data',
  },
  join: (parts) => parts.join(', '),
  wholeProgramme: 'whole programme',
  between: (low, high) => `between ${low} and ${high}`,
  splitBy: {
    sex: 'by sex',
    profile: 'by profile',
    commune: 'by commune',
    region: 'by region',
    activity: 'by activity',
    call: 'by call',
  },
  incompleteDisaggregation: (w, p, t, by) =>
    `${w}: the parts${by ? ` ${by}` : ''} add up to ${p}, but the reported total is ${t}.`,
  missingSex: (w, t) =>
    `${w}: ${t ? `${t} participants` : 'participants'} without a breakdown by sex; the number of women is unknown, not zero.`,
  afterFeedDate: (w, d) => `${w}: the period ends after the feed's date (${d}).`,
  beforeProgramme: (w, d) => `${w}: the period ends before the programme started (${d}).`,
  afterProgramme: (w, d) => `${w}: the period starts after the programme ended (${d}).`,
  conflictingSources: (w, v) => `${w}: the sources disagree — ${v}.`,
  stale: (w, days, d, limit) =>
    `${w}: the latest value is ${days} days older than ${d} (stale after ${limit} days).`,
};
