import type { Words } from './words.js';

export const en: Words = {
  status: {
    achieved: 'achieved',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    'no-target': 'no target',
    'no-data': 'no data',
  },
  parityStatus: { meets: 'meets parity', below: 'below parity', unknown: 'unknown' },
  half: (n, y) => `H${n} ${y}`,
  quarter: (n, y) => `Q${n} ${y}`,
  unknown: '—',
  bound: { approx: (v) => `≈ ${v}`, 'at-least': (v) => `≥ ${v}`, below: (v) => `< ${v}` },
  over: (v, span) => `${v}, ${span}`,
  synthetic: 'synthetic data',
  others: 'others',
  notStated: 'not stated',
  people: { one: 'person', other: 'people' },
  errors: { one: 'error', other: 'errors' },
  warnings: { one: 'warning', other: 'warnings' },
  flags: { one: 'quality flag', other: 'quality flags' },
  activities: { one: 'activity', other: 'activities' },
  parityHeadline: (m, k) => `${m} of ${k} at parity`,
  withoutSex: (n) => `${n} without a breakdown by sex`,
};
