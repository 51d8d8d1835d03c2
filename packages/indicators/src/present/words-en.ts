import type { FunnelWords } from './funnel-words.js';
import type { ParityWords } from './parity-words.js';
import type { StatusWords } from './status-words.js';
import type { Words } from './words.js';

export const en: Words = {
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
  notKnown: 'unknown',
  column: {
    indicator: 'Indicator',
    period: 'Period',
    value: 'Value',
    region: 'Region',
    commune: 'Commune',
    sex: 'Sex',
    profile: 'Profile',
    activity: 'Activity',
    call: 'Call',
    source: 'Source',
    women: 'Women',
    men: 'Men',
    total: 'Total',
    share: 'Share of women',
    status: 'Status',
    actual: 'Actual',
    target: 'Target',
    expected: 'Expected',
    completion: 'Completion',
    synthetic: 'Synthetic',
    budget: 'Budget',
  },
  yes: 'yes',
};

export const enParity: ParityWords = {
  parityStatus: { meets: 'meets parity', below: 'below parity', unknown: 'unknown' },
  activities: { one: 'activity', other: 'activities' },
  parityHeadline: (m, k) => `${m} of ${k} at parity`,
  withoutSex: (n) => `${n} without a breakdown by sex`,
};

export const enFunnel: FunnelWords = {
  funnelTitle: 'Calls for projects: applications, selection, funding',
  stage: { applications: 'Applications', selected: 'Selected', funded: 'Funded' },
  budget: (a) => `Budget: ${a}`,
};

export const enStatus: StatusWords = {
  achieved: 'achieved',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  'no-target': 'no target',
  'no-data': 'no data',
};
