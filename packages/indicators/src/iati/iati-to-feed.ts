/**
 * IATI activity files (standard 2.0x) → a `prim-feed/1` feed. Each `result/indicator`
 * becomes an indicator: its `baseline`, the `target` of the last period as the target and
 * every period's target as a milestone; each `period/actual` becomes an observation over
 * the period's dates, split by its `dimension` elements where they name a feed dimension
 * (sex, region, profile). Qualitative indicators are skipped, with a warning.
 */
import { isCalendarDate } from '../periods/calendar-date.js';
import { FEED_SCHEMA_ID } from '../schema/feed-schema.js';
import type { Feed, Indicator, Observation, Point, Sex, Text } from '../schema/types.js';
import { foldKey } from '../registers/normalise-text.js';
import { childNamed, childrenNamed, type XmlElement } from './xml-element.js';

export interface IatiImport {
  readonly feed: Feed;
  /** Things left out, one sentence each, naming the element. */
  readonly warnings: readonly string[];
}

const LANGS = ['fr', 'ar', 'en'] as const;

/** `<narrative xml:lang="fr">` children → Text; unmarked narratives use the default language. */
function textOf(el: XmlElement | undefined, defaultLang: string): Text | undefined {
  if (!el) return undefined;
  const text: Record<string, string> = {};
  for (const n of childrenNamed(el, 'narrative')) {
    const lang = (n.attributes['xml:lang'] ?? defaultLang).toLowerCase().slice(0, 2);
    if ((LANGS as readonly string[]).includes(lang) && n.text !== '') text[lang] ??= n.text;
  }
  return Object.keys(text).length > 0 ? (text as Text) : undefined;
}

const slug = (s: string) =>
  foldKey(s)
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, 60) || 'x';

function isoDate(raw: string | undefined): string | undefined {
  const d = raw?.slice(0, 10);
  return d !== undefined && isCalendarDate(d) ? d : undefined;
}

const SEXES: Readonly<Record<string, Sex>> = {
  female: 'female',
  f: 'female',
  women: 'female',
  woman: 'female',
  femme: 'female',
  femmes: 'female',
  '2': 'female',
  male: 'male',
  m: 'male',
  men: 'male',
  man: 'male',
  homme: 'male',
  hommes: 'male',
  '1': 'male',
};

/** xsd:decimal, unsigned: digits with an optional fraction (no hex, exponent or sign). */
const DECIMAL = /^\+?(?:\d+(?:\.\d*)?|\.\d+)$/;

const identifierOf = (act: XmlElement) => childNamed(act, 'iati-identifier')?.text;

/**
 * The activity to import: the one whose `iati-identifier` is `wanted`, else the first. A
 * feed describes one programme, so a file of several activities gives one feed each; the
 * warning names the others, so that none is left out unknowingly.
 */
function chooseActivity(
  activities: readonly XmlElement[],
  wanted: string | undefined,
  warnings: string[],
): XmlElement {
  const ids = activities.map((a, i) => identifierOf(a) ?? `(activity ${i + 1}, no identifier)`);
  if (wanted !== undefined) {
    const i = activities.findIndex((a) => identifierOf(a) === wanted);
    if (i < 0) throw new Error(`no activity "${wanted}" (the file has: ${ids.join(', ')})`);
    return activities[i] as XmlElement;
  }
  if (activities.length > 1) {
    warnings.push(
      `${activities.length} activities: only the first, ${ids[0]}, is imported; ` +
        `choose another with --activity (${ids.slice(1).join(', ')})`,
    );
  }
  return activities[0] as XmlElement;
}

/** Options of `iatiToFeed`. */
export interface IatiOptions {
  /** The `iati-identifier` of the activity to import; the first by default. */
  readonly activity?: string;
}

export function iatiToFeed(doc: XmlElement, options: IatiOptions = {}): IatiImport {
  const warnings: string[] = [];
  const root = doc.name === 'iati-activities' ? doc : { ...doc, children: [doc] };
  const activities = childrenNamed(root, 'iati-activity');
  if (activities.length === 0)
    throw new Error('no iati-activity element: not an IATI activity file');
  const act = chooseActivity(activities, options.activity, warnings);
  const lang = (act.attributes['xml:lang'] ?? root.attributes['xml:lang'] ?? 'en').slice(0, 2);
  const identifier = identifierOf(act) ?? 'iati-activity';
  const id = slug(identifier);
  const dates = childrenNamed(act, 'activity-date');
  const dateOf = (...types: string[]) =>
    types
      .map((t) => isoDate(dates.find((d) => d.attributes.type === t)?.attributes['iso-date']))
      .find((d) => d !== undefined);
  const periods: { start?: string; end?: string }[] = [];
  const source = 'iati';
  const regions = new Map<string, Text>();
  const indicators: Indicator[] = [];
  const observations: Observation[] = [];

  childrenNamed(act, 'result').forEach((result, r) => {
    childrenNamed(result, 'indicator').forEach((ind, n) => {
      const where = `result ${r + 1}, indicator ${n + 1}`;
      const measure = ind.attributes.measure ?? '1';
      if (measure !== '1' && measure !== '2') {
        warnings.push(`${where}: measure ${measure} (not a unit or percentage) is skipped`);
        return;
      }
      const ratio = measure === '2';
      const scale = (v: number) => (ratio ? Number((v / 100).toPrecision(12)) : v);
      const name = textOf(childNamed(ind, 'title'), lang) ??
        textOf(childNamed(result, 'title'), lang) ?? { en: where };
      const indicatorId = `${slug(Object.values(name)[0] ?? where)}-${r + 1}-${n + 1}`;
      // IATI values are xsd:decimal: JavaScript's Number would also read 0x10, 1e3 or Infinity.
      const num = (raw: string | undefined) => {
        const text = raw?.trim() ?? '';
        if (!DECIMAL.test(text)) return undefined;
        const v = Number(text);
        return Number.isFinite(v) ? scale(v) : undefined;
      };
      const b = childNamed(ind, 'baseline');
      const bValue = num(b?.attributes.value);
      const bDate =
        isoDate(b?.attributes['iso-date']) ??
        (b?.attributes.year ? `${b.attributes.year}-01-01` : undefined);
      const milestones: Point[] = [];
      for (const p of childrenNamed(ind, 'period')) {
        const start = isoDate(childNamed(p, 'period-start')?.attributes['iso-date']);
        const end = isoDate(childNamed(p, 'period-end')?.attributes['iso-date']);
        if (!start || !end || end < start) {
          warnings.push(`${where}: a period without valid period-start and period-end is skipped`);
          continue;
        }
        periods.push({ start, end });
        for (const t of childrenNamed(p, 'target')) {
          const v = num(t.attributes.value);
          if (v !== undefined && childrenNamed(t, 'dimension').length === 0)
            milestones.push({ value: v, date: end, source });
        }
        for (const a of childrenNamed(p, 'actual')) {
          const v = num(a.attributes.value);
          if (v === undefined) {
            warnings.push(
              `${where}, period ${start}/${end}: an actual without a number is skipped`,
            );
            continue;
          }
          const split: { sex?: Sex; region?: string; profile?: string } = {};
          // A sub-group the feed cannot name (women with a disability) is skipped whole:
          // without its dimension it would read as the indicator's total.
          let unsupported: string | undefined;
          for (const d of childrenNamed(a, 'dimension')) {
            const dn = foldKey(d.attributes.name ?? '');
            const dv = d.attributes.value ?? '';
            if (['sex', 'gender', 'sexe'].includes(dn)) {
              const s = SEXES[foldKey(dv)];
              if (s) split.sex = s;
              else unsupported ??= `unknown sex "${dv}"`;
            } else if (dn === 'region' || dn === 'profile') {
              const key = dn as 'region' | 'profile';
              split[key] = slug(dv);
              if (key === 'region') regions.set(slug(dv), { [lang]: dv } as Text);
            } else unsupported ??= `dimension "${d.attributes.name ?? ''}" has no feed equivalent`;
          }
          if (unsupported !== undefined) {
            warnings.push(
              `${where}, period ${start}/${end}: ${unsupported}; this sub-group's actual is skipped`,
            );
            continue;
          }
          observations.push({
            indicator: indicatorId,
            period: `${start}/${end}`,
            value: v,
            ...split,
            source,
          });
        }
      }
      milestones.sort((x, y) => (x.date < y.date ? -1 : 1));
      const target = milestones.at(-1);
      indicators.push({
        id: indicatorId,
        name,
        ...(textOf(childNamed(ind, 'description'), lang)
          ? { description: textOf(childNamed(ind, 'description'), lang) as Text }
          : {}),
        kind: ratio ? 'ratio' : 'count',
        // A percentage is never summed; unit actuals per period are flows.
        aggregation: ratio ? 'last' : 'sum',
        direction: ind.attributes.ascending === '0' ? 'decrease' : 'increase',
        ...(bValue !== undefined && bDate
          ? { baseline: { value: bValue, date: bDate, source } }
          : {}),
        ...(target ? { target } : {}),
        ...(milestones.length > 1 ? { milestones: milestones.slice(0, -1) } : {}),
      });
    });
  });
  if (indicators.length === 0) warnings.push('no quantitative result indicator found');

  const starts = periods.flatMap((p) => (p.start ? [p.start] : [])).sort();
  const ends = periods.flatMap((p) => (p.end ? [p.end] : [])).sort();
  const start = dateOf('2', '1') ?? starts[0] ?? '2000-01-01';
  const end = dateOf('4', '3') ?? ends.at(-1) ?? start;
  const asOf = ends.at(-1) ?? end;
  const reporting = childNamed(act, 'reporting-org');
  const feed: Feed = {
    schema: FEED_SCHEMA_ID,
    programme: {
      id,
      name: textOf(childNamed(act, 'title'), lang) ?? { en: identifier },
      start,
      end: end < start ? start : end,
      regions: [...regions.keys()],
      ...(reporting
        ? {
            funder:
              Object.values(textOf(reporting, lang) ?? {})[0] ?? reporting.attributes.ref ?? '',
          }
        : {}),
    },
    asOf,
    sources: [
      {
        id: source,
        title: `IATI activity ${identifier}`,
        kind: 'document',
        ...(act.attributes['last-updated-datetime'] &&
        isoDate(act.attributes['last-updated-datetime'])
          ? { date: isoDate(act.attributes['last-updated-datetime']) as string }
          : {}),
      },
    ],
    dimensions: { region: [...regions].map(([rid, name]) => ({ id: rid, name })) },
    indicators,
    observations,
  };
  return { feed, warnings };
}
