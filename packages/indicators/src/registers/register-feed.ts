/**
 * Assembles a `prim-feed/1` document from aggregated observations, borrowing the
 * programme, dimensions and indicator definitions of a base feed (the built-in PRIM feed
 * by default), so that the result validates and the widgets label it.
 */
import { FEED_SCHEMA_ID } from '../schema/feed-schema.js';
import type { Feed, Indicator, Observation, Source } from '../schema/types.js';
import { CASES_ID, FOOTFALL_ID } from './footfall-observations.js';

const PEOPLE = { fr: 'personnes', ar: 'أشخاص', en: 'people' };

/** Definitions used when the base feed lacks them. */
const FALLBACK_INDICATORS: readonly Indicator[] = [
  {
    id: FOOTFALL_ID,
    component: 2,
    name: {
      fr: 'Fréquentation des BAOM (personnes reçues)',
      ar: 'عدد الأشخاص المستقبَلين في مكاتب الاستقبال والتوجيه',
      en: 'BAOM footfall (people received)',
    },
    unit: PEOPLE,
    kind: 'count',
    aggregation: 'sum',
    direction: 'increase',
  },
  {
    id: CASES_ID,
    component: 2,
    name: {
      fr: 'Dossiers traités par les BAOM (accompagnés ou résolus)',
      ar: 'الملفات المعالجة في مكاتب الاستقبال والتوجيه (مواكبة أو تسوية)',
      en: 'BAOM cases handled (accompanied or resolved)',
    },
    description: {
      fr: 'Visites dont la suite est un accompagnement ou une résolution.',
      ar: 'الزيارات التي تلتها مواكبة أو تسوية.',
      en: 'Visits whose outcome was accompanied or resolved.',
    },
    unit: { fr: 'dossiers', ar: 'ملفات', en: 'cases' },
    kind: 'count',
    aggregation: 'sum',
    direction: 'increase',
  },
  ...(['fund-applications', 'fund-selected', 'fund-funded'] as const).map((id): Indicator => ({
    id,
    component: 1,
    name: {
      fr: {
        'fund-applications': 'Candidatures reçues',
        'fund-selected': 'Projets sélectionnés',
        'fund-funded': 'Projets financés par appel',
      }[id],
      en: {
        'fund-applications': 'Applications received',
        'fund-selected': 'Projects selected',
        'fund-funded': 'Projects funded per call',
      }[id],
    },
    kind: 'count',
    aggregation: 'sum',
    direction: 'increase',
  })),
  {
    id: 'fund-budget',
    component: 1,
    name: { fr: 'Budget des projets financés', en: 'Budget of the projects funded' },
    kind: 'currency',
    aggregation: 'sum',
    direction: 'increase',
  },
  {
    id: 'fund-completion',
    component: 1,
    name: { fr: 'Projets financés (cumul)', en: 'Projects funded (cumulative)' },
    kind: 'count',
    aggregation: 'last',
    cumulative: true,
    direction: 'increase',
  },
];

export interface RegisterFeedInput {
  /** Supplies programme, dimensions and indicator definitions. */
  readonly base: Pick<Feed, 'programme' | 'dimensions' | 'indicators'> & Partial<Feed>;
  readonly observations: readonly Observation[];
  readonly sources: readonly Source[];
  /** Extra calls met in fund records, added to the base's `dimensions.call`. */
  readonly calls?: NonNullable<Feed['dimensions']['call']>;
  readonly asOf: string;
  readonly note?: Feed['note'];
}

/** The feed; only the indicators its observations use are declared. */
export function registerFeed(input: RegisterFeedInput): Feed {
  const used = new Set(input.observations.map((o) => o.indicator));
  const indicators = [...used].map((id) => {
    const def =
      input.base.indicators.find((i) => i.id === id) ??
      FALLBACK_INDICATORS.find((i) => i.id === id);
    if (!def) throw new Error(`no definition for indicator ${id}`);
    return def;
  });
  // Targets and baselines of the base feed cite its sources; keep only self-contained parts.
  const own = new Set(input.sources.map((s) => s.id));
  const cleaned = indicators.map((i) => {
    const { baseline, target, milestones, ...rest } = i;
    const keep = (p: { source?: string } | undefined) =>
      p !== undefined && (p.source === undefined || own.has(p.source));
    return {
      ...rest,
      ...(keep(baseline) ? { baseline } : {}),
      ...(keep(target) ? { target } : {}),
      ...(milestones?.every(keep) ? { milestones } : {}),
    } as Indicator;
  });
  const known = new Set((input.base.dimensions.call ?? []).map((c) => c.id));
  const calls = [
    ...(input.base.dimensions.call ?? []),
    ...(input.calls ?? []).filter((c) => !known.has(c.id)),
  ];
  return {
    schema: FEED_SCHEMA_ID,
    programme: input.base.programme,
    asOf: input.asOf,
    ...(input.note ? { note: input.note } : {}),
    sources: [...input.sources],
    dimensions: { ...input.base.dimensions, ...(calls.length > 0 ? { call: calls } : {}) },
    indicators: cleaned,
    observations: [...input.observations],
  };
}
