import type { Feed, Observation } from '@prim/indicators';

/** Markup that must show as text and never run. */
export const HOSTILE = '<img src=x onerror="window.__pwned=true">';

type Obs = Omit<Observation, 'source'> & { source?: string };

/**
 * A small valid `prim-feed/1` feed shaped like the PRIM one: fund completion with target
 * 100 by 2024-08-31, BAOM coverage, synthetic footfall, participants by sex (parity) and a
 * reported share of women. Pass overrides to change any top-level field.
 */
export function buildFeed(overrides: Partial<Feed> = {}): Feed {
  const o = (obs: Obs): Observation => ({ source: 'eval-2022', ...obs });
  return {
    schema: 'prim-feed/1',
    programme: {
      id: 'prim',
      name: { fr: 'PRIM', ar: 'البرنامج الجهوي لمبادرات الهجرة', en: 'PRIM' },
      start: '2020-09-01',
      end: '2024-08-31',
      regions: ['souss-massa', 'oriental'],
    },
    asOf: '2024-05-31',
    sources: [
      {
        id: 'eval-2022',
        title: 'Évaluation à mi-parcours',
        url: 'https://example.org/eval',
        kind: 'document',
      },
      { id: 'press-2024', title: 'Communiqué 2024', url: 'javascript:alert(1)', kind: 'public' },
      { id: 'synthetic', title: 'Données de démonstration', kind: 'synthetic' },
    ],
    dimensions: {
      region: [
        { id: 'souss-massa', name: { fr: 'Souss-Massa', ar: 'سوس ماسة', en: 'Souss-Massa' } },
        { id: 'oriental', name: { fr: 'Oriental', ar: 'الشرق', en: 'Oriental' } },
      ],
      commune: [
        { id: 'tiznit', region: 'souss-massa', name: { fr: 'Tiznit', ar: 'تيزنيت' } },
        { id: 'agadir', region: 'souss-massa', name: { fr: 'Agadir', ar: 'أكادير' } },
      ],
      profile: [
        { id: 'mre', name: { fr: 'MRE', ar: 'مغاربة العالم', en: 'Moroccans abroad' } },
        { id: 'other', name: { fr: 'Autre', ar: 'آخر', en: 'Other' } },
      ],
      sex: [
        { id: 'female', name: { fr: 'Femmes', ar: 'نساء', en: 'Women' } },
        { id: 'male', name: { fr: 'Hommes', ar: 'رجال', en: 'Men' } },
      ],
    },
    indicators: [
      {
        id: 'fund-completion',
        component: 1,
        name: { fr: 'Projets financés', ar: 'المشاريع الممولة', en: 'Projects funded' },
        unit: { fr: 'projets', ar: 'مشاريع', en: 'projects' },
        kind: 'count',
        aggregation: 'last',
        cumulative: true,
        baseline: { value: 0, date: '2020-09-01' },
        target: { value: 100, date: '2024-08-31' },
      },
      {
        id: 'baom-coverage',
        component: 2,
        name: {
          fr: 'Communes dotées d’un BAOM',
          ar: 'جماعات بها مكتب',
          en: 'Communes with a BAOM',
        },
        kind: 'count',
        aggregation: 'last',
        baseline: { value: 0, date: '2020-09-01' },
        target: { value: 12, date: '2024-08-31' },
      },
      {
        id: 'baom-footfall',
        component: 2,
        name: { fr: 'Personnes reçues', ar: 'الأشخاص المستقبلون', en: 'People received' },
        kind: 'count',
        aggregation: 'sum',
      },
      {
        id: 'participants',
        component: 3,
        name: { fr: 'Participants', ar: 'المشاركون', en: 'Participants' },
        kind: 'count',
        aggregation: 'sum',
        parity: {},
      },
      {
        id: 'participants-women-share',
        component: 3,
        name: { fr: 'Part des femmes', en: 'Share of women' },
        kind: 'ratio',
        aggregation: 'ratio',
        parity: {},
      },
    ],
    activities: [
      {
        id: 'training-sm',
        name: { fr: 'Formation Souss-Massa', ar: 'تكوين سوس ماسة', en: 'Souss-Massa training' },
        start: '2022-11-01',
        end: '2022-11-30',
        region: 'souss-massa',
      },
      {
        id: 'training-or',
        name: { fr: 'Formations Oriental', ar: 'تكوينات الشرق', en: 'Oriental trainings' },
        start: '2022-10-01',
        end: '2022-10-31',
        region: 'oriental',
      },
      {
        id: 'forum',
        name: { fr: HOSTILE, en: HOSTILE },
        start: '2023-03-01',
        end: '2023-03-31',
        region: 'oriental',
      },
      {
        id: 'caravan',
        name: { fr: 'Caravane', ar: 'قافلة', en: 'Caravan' },
        start: '2023-06-01',
        end: '2023-06-30',
        region: 'souss-massa',
      },
    ],
    observations: [
      o({ indicator: 'fund-completion', period: '2022-08', value: 5, region: 'oriental' }),
      o({ indicator: 'fund-completion', period: '2022-08', value: 0, region: 'souss-massa' }),
      o({
        indicator: 'fund-completion',
        period: '2024-05',
        value: 36,
        region: 'oriental',
        source: 'press-2024',
      }),
      o({
        indicator: 'fund-completion',
        period: '2024-05',
        value: 27,
        region: 'souss-massa',
        source: 'press-2024',
      }),
      o({ indicator: 'baom-coverage', period: '2022-12', value: 15 }),
      o({
        indicator: 'participants',
        period: '2022-11',
        value: 11,
        sex: 'female',
        activity: 'training-sm',
        region: 'souss-massa',
      }),
      o({
        indicator: 'participants',
        period: '2022-11',
        value: 29,
        sex: 'male',
        activity: 'training-sm',
        region: 'souss-massa',
      }),
      o({
        indicator: 'participants-women-share',
        period: '2022-10',
        value: 0.37,
        activity: 'training-or',
        region: 'oriental',
      }),
      o({
        indicator: 'participants',
        period: '2023-03',
        value: 20,
        sex: 'female',
        activity: 'forum',
        region: 'oriental',
      }),
      o({
        indicator: 'participants',
        period: '2023-03',
        value: 18,
        sex: 'male',
        activity: 'forum',
        region: 'oriental',
      }),
      o({
        indicator: 'participants',
        period: '2023-06',
        value: 40,
        activity: 'caravan',
        region: 'souss-massa',
      }),
      o({
        indicator: 'baom-footfall',
        period: '2023-07',
        value: 120,
        commune: 'tiznit',
        profile: 'mre',
        source: 'synthetic',
        synthetic: true,
      }),
      o({
        indicator: 'baom-footfall',
        period: '2023-08',
        value: 140,
        commune: 'tiznit',
        profile: 'mre',
        source: 'synthetic',
        synthetic: true,
      }),
      o({
        indicator: 'baom-footfall',
        period: '2023-09',
        suppressed: { below: 5 },
        commune: 'agadir',
        profile: 'other',
        source: 'synthetic',
        synthetic: true,
      }),
    ],
    ...overrides,
  };
}

/** A feed as a data: URL, to mount widgets from `src` without a server. */
export function dataUrl(value: unknown): string {
  return `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;
}

const MONTHLY_MRE = [10, 12, 11, 9, 10, 14, 60, 70, 15, 11, 10, 12];

/**
 * `buildFeed()` plus a full synthetic year (2022) of footfall in Tiznit and Agadir by
 * profile and sex, busy in July–August, with January 2022 in Agadir withheld (< 5), so
 * that the July–August share can be computed.
 */
export function footfallYearFeed(): Feed {
  const feed = buildFeed();
  const year: Observation[] = MONTHLY_MRE.flatMap((mre, i) => {
    const period = `2022-${String(i + 1).padStart(2, '0')}`;
    const obs = (commune: string, profile: string, sex: 'female' | 'male', value: number) => ({
      indicator: 'baom-footfall',
      period,
      commune,
      profile,
      sex,
      value,
      source: 'synthetic',
      synthetic: true,
    });
    return [
      obs('tiznit', 'mre', 'male', mre),
      obs('tiznit', 'other', 'female', 4),
      ...(i === 0
        ? [
            {
              indicator: 'baom-footfall',
              period,
              commune: 'agadir',
              profile: 'other',
              suppressed: { below: 5 },
              source: 'synthetic',
              synthetic: true,
            },
          ]
        : [obs('agadir', 'mre', 'female', Math.round(mre / 2))]),
    ];
  });
  return { ...feed, observations: [...feed.observations, ...year] };
}

/**
 * `buildFeed()` plus a fund pipeline: two calls in Souss-Massa and one in the Oriental,
 * budgets in MAD and EUR, and an Oriental call whose applications are unknown.
 */
export function fundFeed(): Feed {
  const feed = buildFeed();
  const count = (id: string, fr: string) => ({
    id,
    component: 1,
    name: { fr, en: fr },
    kind: 'count' as const,
    aggregation: 'sum' as const,
  });
  const o = (indicator: string, call: string, value: number, extra: Partial<Observation> = {}) => ({
    indicator,
    call,
    period: '2023-06',
    value,
    source: 'eval-2022',
    ...extra,
  });
  return {
    ...feed,
    dimensions: {
      ...feed.dimensions,
      call: [
        {
          id: 'sm-call-1',
          region: 'souss-massa',
          name: {
            fr: 'Souss-Massa — 1er appel',
            ar: 'سوس ماسة — الطلب الأول',
            en: 'SM first call',
          },
        },
        {
          id: 'sm-call-2',
          region: 'souss-massa',
          name: {
            fr: 'Souss-Massa — 2e appel',
            ar: 'سوس ماسة — الطلب الثاني',
            en: 'SM second call',
          },
        },
        {
          id: 'or-guichet',
          region: 'oriental',
          name: { fr: 'Oriental — guichet', ar: 'الشرق — الشباك', en: 'Oriental window' },
        },
      ],
    },
    indicators: [
      ...feed.indicators,
      count('fund-applications', 'Candidatures'),
      count('fund-selected', 'Sélectionnés'),
      count('fund-funded', 'Financés'),
      {
        id: 'fund-budget',
        component: 1,
        name: { fr: 'Budget', en: 'Budget' },
        kind: 'currency',
        aggregation: 'sum',
      },
    ],
    observations: [
      ...feed.observations,
      o('fund-applications', 'sm-call-1', 10),
      o('fund-selected', 'sm-call-1', 0),
      o('fund-funded', 'sm-call-1', 0),
      o('fund-applications', 'sm-call-2', 15),
      o('fund-selected', 'sm-call-2', 7),
      o('fund-funded', 'sm-call-2', 7),
      o('fund-budget', 'sm-call-2', 1107000, { currency: 'MAD' }),
      o('fund-budget', 'sm-call-2', 101371, { currency: 'EUR' }),
      o('fund-funded', 'or-guichet', 27),
      o('fund-budget', 'or-guichet', 1255576, { currency: 'EUR' }),
    ],
  };
}
