import type { Feed, Observation, Text } from '@prim/indicators';

/** Markup that must show as text and never run: the hostile-strings stories put it in names. */
export const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><b>bold?</b>';

type Obs = Omit<Observation, 'source'> & { source?: string };
const o = (obs: Obs): Observation => ({ source: 'eval-2022', ...obs });
const text = (fr: string, ar: string, en: string): Text => ({ fr, ar, en });

/**
 * A small `prim-feed/1` feed shaped like the built-in PRIM feed, with one of everything a
 * widget can show: a cumulative count against a target, per-call fund flows, BAOM coverage,
 * synthetic footfall with a suppressed cell, participants by sex (parity), a reported share.
 */
export function fixtureFeed(): Feed {
  return {
    schema: 'prim-feed/1',
    programme: {
      id: 'prim',
      name: text('PRIM', 'البرنامج الجهوي لمبادرات الهجرة', 'PRIM'),
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
      { id: 'press-2024', title: 'Communiqué de presse 2024', kind: 'public' },
      { id: 'synthetic', title: 'Données de démonstration', kind: 'synthetic' },
    ],
    dimensions: {
      region: [
        { id: 'souss-massa', name: text('Souss-Massa', 'سوس ماسة', 'Souss-Massa') },
        { id: 'oriental', name: text('Oriental', 'الشرق', 'Oriental') },
      ],
      commune: [
        { id: 'tiznit', region: 'souss-massa', name: text('Tiznit', 'تيزنيت', 'Tiznit') },
        { id: 'taliouine', region: 'souss-massa', name: text('Taliouine', 'تالوين', 'Taliouine') },
        { id: 'oujda', region: 'oriental', name: text('Oujda', 'وجدة', 'Oujda') },
      ],
      profile: [
        { id: 'mre', name: text('MRE', 'مغاربة العالم', 'Moroccans abroad') },
        { id: 'rights-holder', name: text('Ayants droit', 'ذوو الحقوق', 'Rights-holders') },
        { id: 'other', name: text('Autre', 'آخر', 'Other') },
      ],
      sex: [
        { id: 'female', name: text('Femmes', 'نساء', 'Women') },
        { id: 'male', name: text('Hommes', 'رجال', 'Men') },
      ],
      call: [
        {
          id: 'sm-call-1',
          name: text('Appel 1 Souss-Massa', 'النداء 1 سوس ماسة', 'Call 1 Souss-Massa'),
          region: 'souss-massa',
        },
        {
          id: 'or-call-1',
          name: text('Appel 1 Oriental', 'النداء 1 الشرق', 'Call 1 Oriental'),
          region: 'oriental',
        },
      ],
    },
    indicators: [
      {
        id: 'fund-completion',
        component: 1,
        name: text('Projets financés', 'المشاريع الممولة', 'Projects funded'),
        unit: text('projets', 'مشاريع', 'projects'),
        kind: 'count',
        aggregation: 'last',
        cumulative: true,
        baseline: { value: 0, date: '2020-09-01' },
        target: { value: 100, date: '2024-08-31' },
      },
      ...(['applications', 'selected', 'funded'] as const).map((step) => ({
        id: `fund-${step}`,
        component: 1,
        name: text(`Fonds : ${step}`, `الصندوق: ${step}`, `Fund: ${step}`),
        kind: 'count' as const,
        aggregation: 'sum' as const,
      })),
      {
        id: 'baom-coverage',
        component: 2,
        name: text(
          'Communes dotées d’un BAOM',
          'جماعات بها مكتب للاستقبال',
          'Communes with a BAOM',
        ),
        kind: 'count',
        aggregation: 'last',
        baseline: { value: 0, date: '2020-09-01' },
        target: { value: 12, date: '2024-08-31' },
      },
      {
        id: 'baom-footfall',
        component: 2,
        name: text('Personnes reçues', 'الأشخاص المستقبلون', 'People received'),
        kind: 'count',
        aggregation: 'sum',
      },
      {
        id: 'participants',
        component: 3,
        name: text('Participants', 'المشاركون', 'Participants'),
        kind: 'count',
        aggregation: 'sum',
        parity: {},
      },
      {
        id: 'participants-women-share',
        component: 3,
        name: text('Part des femmes', 'نسبة النساء', 'Share of women'),
        kind: 'ratio',
        aggregation: 'ratio',
        parity: {},
      },
    ],
    activities: [
      {
        id: 'training-sm',
        name: text('Formation Souss-Massa', 'تكوين سوس ماسة', 'Souss-Massa training'),
        start: '2022-11-01',
        end: '2022-11-30',
        region: 'souss-massa',
      },
      {
        id: 'training-or',
        name: text('Formations Oriental', 'تكوينات الشرق', 'Oriental trainings'),
        start: '2022-10-01',
        end: '2022-10-31',
        region: 'oriental',
      },
      {
        id: 'caravan',
        name: text('Caravane', 'قافلة', 'Caravan'),
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
      o({
        indicator: 'fund-applications',
        period: '2022',
        value: 10,
        call: 'sm-call-1',
        region: 'souss-massa',
      }),
      o({
        indicator: 'fund-selected',
        period: '2022',
        value: 0,
        call: 'sm-call-1',
        region: 'souss-massa',
      }),
      o({
        indicator: 'fund-funded',
        period: '2022',
        value: 0,
        call: 'sm-call-1',
        region: 'souss-massa',
      }),
      o({
        indicator: 'fund-applications',
        period: '2022',
        value: 40,
        call: 'or-call-1',
        region: 'oriental',
      }),
      o({
        indicator: 'fund-selected',
        period: '2022',
        value: 12,
        call: 'or-call-1',
        region: 'oriental',
      }),
      o({
        indicator: 'fund-funded',
        period: '2022-08',
        value: 5,
        call: 'or-call-1',
        region: 'oriental',
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
        period: '2023-06',
        value: 40,
        activity: 'caravan',
        region: 'souss-massa',
      }),
      ...footfall(),
    ],
  };
}

/** Synthetic BAOM footfall: two communes × two months × profile × sex, one suppressed cell. */
function footfall(): Observation[] {
  const rows: [string, string, string, 'female' | 'male', number | undefined][] = [
    ['tiznit', '2023-07', 'mre', 'female', 48],
    ['tiznit', '2023-07', 'mre', 'male', 71],
    ['tiznit', '2023-08', 'mre', 'female', 55],
    ['tiznit', '2023-08', 'rights-holder', 'female', 23],
    ['taliouine', '2023-07', 'other', 'male', undefined],
    ['taliouine', '2023-08', 'rights-holder', 'female', 9],
  ];
  return rows.map(([commune, period, profile, sex, value]) =>
    o({
      indicator: 'baom-footfall',
      period,
      commune,
      region: 'souss-massa',
      profile,
      sex,
      ...(value === undefined ? { suppressed: { below: 5 } } : { value }),
      source: 'synthetic',
      synthetic: true,
    }),
  );
}

/** Every name and title a widget may print, replaced by markup that must stay text. */
export function hostileFeed(): Feed {
  const feed = fixtureFeed();
  const hostile = (t: Text): Text => ({
    fr: `${HOSTILE} ${t.fr ?? ''}`,
    ar: `${HOSTILE} ${t.ar ?? ''}`,
    en: `${HOSTILE} ${t.en ?? ''}`,
  });
  return {
    ...feed,
    sources: feed.sources.map((s) => ({
      ...s,
      title: `${HOSTILE} ${s.title}`,
      url: 'javascript:alert(1)',
    })),
    dimensions: {
      ...feed.dimensions,
      region: feed.dimensions.region.map((r) => ({ ...r, name: hostile(r.name) })),
      commune: feed.dimensions.commune?.map((c) => ({ ...c, name: hostile(c.name) })),
      profile: feed.dimensions.profile?.map((p) => ({ ...p, name: hostile(p.name) })),
      call: feed.dimensions.call?.map((c) => ({ ...c, name: hostile(c.name) })),
    },
    indicators: feed.indicators.map((i) => ({ ...i, name: hostile(i.name) })),
    activities: feed.activities?.map((a) => ({ ...a, name: hostile(a.name) })),
  };
}

/** The fixture as demo data: every observation synthetic, so every view must say so. */
export function syntheticFeed(): Feed {
  const feed = fixtureFeed();
  return {
    ...feed,
    observations: feed.observations.map((obs) => ({
      ...obs,
      source: 'synthetic',
      synthetic: true,
    })),
  };
}

/**
 * The fixture with small counts withheld, as a register publishes them: every value below
 * 12 becomes `suppressed: { below: 12 }`, which widgets must never read as zero.
 */
export function suppressedFeed(): Feed {
  const feed = fixtureFeed();
  return {
    ...feed,
    observations: feed.observations.map(({ value, ...obs }) =>
      value !== undefined && value < 12 && obs.indicator !== 'participants-women-share'
        ? { ...obs, suppressed: { below: 12 } }
        : { ...obs, ...(value === undefined ? {} : { value }) },
    ),
  };
}

/** A feed whose third observation has a negative value: parseFeed reports `observations[2].value`. */
export function feedWithBadObservation(): unknown {
  const feed = fixtureFeed();
  return {
    ...feed,
    observations: feed.observations.map((obs, i) => (i === 2 ? { ...obs, value: -36 } : obs)),
  };
}

/** A feed broken beyond repair (wrong schema, a date that is not one): no widget can render it. */
export function brokenFeed(): unknown {
  const feed = fixtureFeed();
  return { ...feed, schema: 'prim-feed/0', programme: { ...feed.programme, start: '2020-13-45' } };
}
