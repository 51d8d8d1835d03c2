import type { Feed, Observation, Text } from '@prim/indicators';
import { buildFeed } from '../../packages/widgets/test/fixtures.js';

/** Markup that must show as text and never run: the hostile-strings stories put it in names. */
export const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><b>bold?</b>';

type Obs = Omit<Observation, 'source'> & { source?: string };
const o = (obs: Obs): Observation => ({ source: 'eval-2022', ...obs });
const text = (fr: string, ar: string, en: string): Text => ({ fr, ar, en });

/** Arabic names the widgets' test feed leaves short or out, so the Arabic stories show them. */
const ARABIC_NAMES: Record<string, string> = {
  'baom-coverage': 'جماعات بها مكتب للاستقبال',
  'participants-women-share': 'نسبة النساء',
};

/**
 * A small `prim-feed/1` feed shaped like the built-in PRIM feed, with one of everything a
 * widget can show: a cumulative count against a target, per-call fund flows, BAOM coverage,
 * synthetic footfall with a suppressed cell, participants by sex (parity), a reported share.
 *
 * It is the widgets' test feed (`buildFeed`) with what the stories add on top: two calls and
 * their fund flows, three communes and a rights-holders profile for footfall by sex, every
 * name in Arabic, and no hostile activity (the hostile story puts markup everywhere instead).
 */
export function fixtureFeed(): Feed {
  const feed = buildFeed();
  const kept = feed.observations.filter(
    (obs) => obs.activity !== 'forum' && obs.indicator !== 'baom-footfall',
  );
  const completion = kept.filter((obs) => obs.indicator === 'fund-completion');
  return {
    ...feed,
    // French titles: Arabic and English stories show them marked '(الفرنسية)', '(French)'.
    sources: feed.sources.map((s) =>
      s.id === 'press-2024'
        ? { id: s.id, title: 'Communiqué de presse 2024', lang: 'fr', kind: s.kind }
        : { ...s, lang: 'fr' },
    ),
    dimensions: {
      ...feed.dimensions,
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
    indicators: feed.indicators.flatMap((indicator) =>
      indicator.id === 'fund-completion'
        ? [indicator, ...fundSteps()]
        : [{ ...indicator, name: arabicName(indicator.id, indicator.name) }],
    ),
    activities: feed.activities?.filter((a) => a.id !== 'forum'),
    observations: [
      ...completion,
      ...fundFlows(),
      ...kept.filter((obs) => !completion.includes(obs)),
      ...footfall(),
    ],
  };
}

function arabicName(indicator: string, name: Text): Text {
  const ar = ARABIC_NAMES[indicator];
  return ar === undefined ? name : text(name.fr ?? '', ar, name.en ?? '');
}

/** The fund pipeline's steps, counted per call. */
function fundSteps(): Feed['indicators'] {
  return (['applications', 'selected', 'funded'] as const).map((step) => ({
    id: `fund-${step}`,
    component: 1,
    name: text(`Fonds : ${step}`, `الصندوق: ${step}`, `Fund: ${step}`),
    kind: 'count' as const,
    aggregation: 'sum' as const,
  }));
}

/** One call in each region: nobody selected in Souss-Massa, five funded in the Oriental. */
function fundFlows(): Observation[] {
  const rows: [string, string, string, string, number][] = [
    ['fund-applications', '2022', 'sm-call-1', 'souss-massa', 10],
    ['fund-selected', '2022', 'sm-call-1', 'souss-massa', 0],
    ['fund-funded', '2022', 'sm-call-1', 'souss-massa', 0],
    ['fund-applications', '2022', 'or-call-1', 'oriental', 40],
    ['fund-selected', '2022', 'or-call-1', 'oriental', 12],
    ['fund-funded', '2022-08', 'or-call-1', 'oriental', 5],
  ];
  return rows.map(([indicator, period, call, region, value]) =>
    o({ indicator, period, value, call, region }),
  );
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
