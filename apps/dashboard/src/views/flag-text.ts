import {
  aggregate,
  daysBetween,
  parsePeriod,
  staleAfterDays,
  type Dimension,
  type Flag,
  type Observation,
} from '@prim/indicators';
import {
  activityName,
  communeName,
  indicatorName,
  regionName,
  type ViewContext,
} from './context.js';

/**
 * A flag said in the reader's language, built from the flag's fields and the observations it
 * points at (the model's own message is English and stays available beside it). The model
 * is not asked again for what it already said, except the participants total of
 * 'missing-sex', which is the model's aggregate of the activity's counts.
 */
export function flagSentence(ctx: ViewContext, flag: Flag): string {
  const { m, f, feed } = ctx;
  const t = m.flagText;
  const place = placeName(ctx, flag);
  const what = t.join(
    [
      flag.indicator ? indicatorName(ctx, flag.indicator) : '',
      flag.activity ? activityName(ctx, flag.activity) : '',
      flag.period ? f.period(flag.period) : '',
      flag.code === 'stale' || flag.code === 'missing-sex' ? '' : place,
    ].filter(Boolean),
  );
  const observations = (flag.observations ?? []).flatMap((i) => feed.observations[i] ?? []);
  const asOf = ctx.options.asOf ?? feed.asOf;
  switch (flag.code) {
    case 'incomplete-disaggregation': {
      const [total, ...parts] = observations;
      const by = total ? splitDimension(total, parts) : undefined;
      return t.incompleteDisaggregation(
        what,
        partsText(ctx, parts),
        f.num(total?.value),
        by ? t.splitBy[by] : undefined,
      );
    }
    case 'missing-sex': {
      const filter = flag.activity ? { activity: flag.activity } : {};
      const total = flag.indicator
        ? aggregate(feed, flag.indicator, { ...ctx.options, filter }).value
        : undefined;
      return t.missingSex(what, total === undefined ? undefined : f.num(total));
    }
    case 'out-of-range-date': {
      const period = flag.period ? parsePeriod(flag.period) : undefined;
      if (period && period.end > feed.asOf) return t.afterFeedDate(what, f.date(feed.asOf));
      if (period && period.end < feed.programme.start)
        return t.beforeProgramme(what, f.date(feed.programme.start));
      return t.afterProgramme(what, f.date(feed.programme.end));
    }
    case 'conflicting-sources':
      return t.conflictingSources(
        what,
        t.join(observations.map((o) => observationText(ctx, o, flag, placesDiffer(observations)))),
      );
    case 'stale': {
      const end = flag.period ? parsePeriod(flag.period)?.end : undefined;
      const indicator = feed.indicators.find((i) => i.id === flag.indicator);
      return t.stale(
        what,
        end ? f.num(daysBetween(end, asOf)) : '—',
        f.date(asOf),
        indicator ? f.num(staleAfterDays(feed, indicator)) : '—',
      );
    }
  }
}

function placeName(ctx: ViewContext, flag: Flag): string {
  if (flag.commune) return communeName(ctx, flag.commune);
  if (flag.region) return regionName(ctx, flag.region);
  return ctx.m.flagText.wholeProgramme;
}

/**
 * '27 (Souss-Massa, mai 2024)': a figure with its currency, with its place when it is not
 * the flag's own, and with its period when that differs from the flag's.
 */
function observationText(ctx: ViewContext, o: Observation, flag: Flag, mixed: boolean): string {
  const { f, m } = ctx;
  const value =
    o.value === undefined
      ? o.suppressed
        ? `< ${o.suppressed.below}`
        : '—'
      : o.currency
        ? f.money(o.value, o.currency)
        : f.num(o.value);
  const where = o.commune ?? o.region;
  const place =
    where === undefined
      ? mixed && !(flag.commune ?? flag.region)
        ? [m.flagText.wholeProgramme]
        : []
      : where === (flag.commune ?? flag.region)
        ? []
        : [o.commune ? communeName(ctx, o.commune) : regionName(ctx, where)];
  const details = [...place, ...(o.period !== flag.period ? [f.period(o.period)] : [])];
  return details.length > 0 ? `${value} (${m.flagText.join(details)})` : value;
}

/** The parts' sum, or the range it lies in when some parts were withheld (< k). */
function partsText(ctx: ViewContext, parts: readonly Observation[]): string {
  const sum = parts.reduce((s, o) => s + (o.value ?? 0), 0);
  const slack = parts.reduce((s, o) => s + (o.suppressed ? o.suppressed.below - 1 : 0), 0);
  return slack === 0
    ? ctx.f.num(sum)
    : ctx.m.flagText.between(ctx.f.num(sum), ctx.f.num(sum + slack));
}

/** Whether the observations name different places (some may name none). */
const placesDiffer = (observations: readonly Observation[]) =>
  new Set(observations.map((o) => o.commune ?? o.region)).size > 1;

const SPLITS: readonly Dimension[] = ['sex', 'profile', 'commune', 'region', 'activity', 'call'];

/** The dimension every part has and the total lacks: what the total was split by. */
function splitDimension(total: Observation, parts: readonly Observation[]): Dimension | undefined {
  return SPLITS.find(
    (d) => total[d] === undefined && parts.length > 0 && parts.every((p) => p[d] !== undefined),
  );
}
