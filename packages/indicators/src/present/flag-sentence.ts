import { aggregate } from '../compute/aggregate.js';
import { staleAfterDays } from '../compute/defaults.js';
import type { ComputeOptions, Dimension, Flag } from '../compute/results.js';
import { type CalendarDate, daysBetween } from '../periods/calendar-date.js';
import { parsePeriod } from '../periods/period.js';
import type { Feed, Lang, Observation } from '../schema/types.js';
import { localize } from '../text.js';
import { nameOf } from './names.js';
import { flagPhrases, type FlagPhrases } from './flag-phrases.js';
import type { Formatter } from './formatter.js';

/**
 * How the caller writes numbers, amounts, dates and periods. The dashboard's own format fits
 * as it is; a widget Formatter fits through `flagFormat`.
 */
export interface FlagFormat {
  num(value: number): string;
  /** An amount in its own currency; amounts are never converted. */
  money(value: number, currency: string): string;
  date(date: CalendarDate): string;
  period(period: string): string;
}

/** What a flag is said from: the feed, the options it was computed with, the reader's words. */
export interface FlagContext {
  readonly feed: Feed;
  readonly options: ComputeOptions;
  readonly lang: Lang;
  readonly format: FlagFormat;
}

/** A widget Formatter as a FlagFormat. */
export function flagFormat(f: Formatter): FlagFormat {
  return {
    num: (v) => f.number(v),
    money: (v, currency) => f.value(v, { kind: 'currency' }, currency),
    date: (d) => f.date(d),
    period: (p) => f.period(p),
  };
}

const UNKNOWN = '—';

interface Say extends FlagContext {
  readonly t: FlagPhrases;
  readonly num: (value: number | undefined) => string;
}

/**
 * A flag said in the reader's language, built from the flag's fields and the observations it
 * points at (the model's own message is English and stays available beside it). The model
 * is not asked again for what it already said, except the participants total of
 * 'missing-sex', which is the model's aggregate of the activity's counts.
 */
export function flagSentence(ctx: FlagContext, flag: Flag): string {
  const say: Say = {
    ...ctx,
    t: flagPhrases(ctx.lang),
    num: (v) => (v === undefined ? UNKNOWN : ctx.format.num(v)),
  };
  const { t, feed, format: f, num } = say;
  const what = t.join(
    [
      flag.indicator ? indicatorName(say, flag.indicator) : '',
      flag.activity ? nameOf(feed, 'activity', flag.activity, ctx.lang) : '',
      flag.period ? f.period(flag.period) : '',
      flag.code === 'stale' || flag.code === 'missing-sex' ? '' : placeName(say, flag),
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
        partsText(say, parts),
        num(total?.value),
        by ? t.splitBy[by] : undefined,
      );
    }
    case 'missing-sex': {
      const filter = flag.activity ? { activity: flag.activity } : {};
      const total = flag.indicator
        ? aggregate(feed, flag.indicator, { ...ctx.options, filter }).value
        : undefined;
      return t.missingSex(what, total === undefined ? undefined : num(total));
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
        t.join(observations.map((o) => observationText(say, o, flag, placesDiffer(observations)))),
      );
    case 'stale': {
      const end = flag.period ? parsePeriod(flag.period)?.end : undefined;
      const indicator = feed.indicators.find((i) => i.id === flag.indicator);
      return t.stale(
        what,
        end ? num(daysBetween(end, asOf)) : UNKNOWN,
        f.date(asOf),
        indicator ? num(staleAfterDays(feed, indicator)) : UNKNOWN,
      );
    }
  }
}

function indicatorName(say: Say, id: string): string {
  const indicator = say.feed.indicators.find((i) => i.id === id);
  return (indicator && localize(indicator.name, say.lang)) || id;
}

function placeName(say: Say, flag: Flag): string {
  if (flag.commune) return nameOf(say.feed, 'commune', flag.commune, say.lang);
  if (flag.region) return nameOf(say.feed, 'region', flag.region, say.lang);
  return say.t.wholeProgramme;
}

/**
 * '27 (Souss-Massa, mai 2024)': a figure with its currency, with its place when it is not
 * the flag's own, and with its period when that differs from the flag's.
 */
function observationText(say: Say, o: Observation, flag: Flag, mixed: boolean): string {
  const { format: f, t } = say;
  const value =
    o.value === undefined
      ? o.suppressed
        ? `< ${o.suppressed.below}`
        : UNKNOWN
      : o.currency
        ? f.money(o.value, o.currency)
        : f.num(o.value);
  const where = o.commune ?? o.region;
  const place =
    where === undefined
      ? mixed && !(flag.commune ?? flag.region)
        ? [t.wholeProgramme]
        : []
      : where === (flag.commune ?? flag.region)
        ? []
        : [nameOf(say.feed, o.commune ? 'commune' : 'region', where, say.lang)];
  const details = [...place, ...(o.period !== flag.period ? [f.period(o.period)] : [])];
  return details.length > 0 ? `${value} (${t.join(details)})` : value;
}

/** The parts' sum, or the range it lies in when some parts were withheld (< k). */
function partsText(say: Say, parts: readonly Observation[]): string {
  const sum = parts.reduce((s, o) => s + (o.value ?? 0), 0);
  const slack = parts.reduce((s, o) => s + (o.suppressed ? o.suppressed.below - 1 : 0), 0);
  return slack === 0 ? say.num(sum) : say.t.between(say.num(sum), say.num(sum + slack));
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
