/**
 * The `prim-feed/1` schema: the contract between data producers and every consumer.
 *
 * Written with `zod/mini` so that the embed path stays small (docs/domain.md, "Architecture:
 * two paths, two budgets"); the JSON Schema in `schema/prim-feed-1.schema.json` is generated
 * from this file (`pnpm generate`).
 * Objects are strict: an unknown key is reported, and `parseFeed` turns those reports into
 * warnings so that feeds from newer producers still load.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../periods/calendar-date.js';
import { isPeriod } from '../periods/period.js';

// Never let zod compile validators with `new Function`: widgets run under strict CSPs.
z.config({ jitless: true });

export const FEED_SCHEMA_ID = 'prim-feed/1';

/** Identifiers used in embed snippets and URLs: lower-case words joined by hyphens. */
export const idSchema = z
  .string()
  .check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, ".", "_" or "-"'),
    z.maxLength(100),
  );

export const calendarDateSchema = z
  .string()
  .check(z.refine(isCalendarDate, 'expected a calendar date YYYY-MM-DD'));

export const periodSchema = z
  .string()
  .check(
    z.refine(isPeriod, 'expected a period: 2022, 2022-H1, 2022-Q3, 2022-07, 2022-07-14 or A/B'),
  );

/** A finite number ≥ 0: counts, amounts and ratios are never negative here. */
export const amountSchema = z.number().check(z.minimum(0, 'expected a number ≥ 0'));

/** Text in the interface languages; at least one is needed, French first by convention. */
export const textSchema = z
  .strictObject({
    fr: z.optional(z.string()),
    ar: z.optional(z.string()),
    en: z.optional(z.string()),
  })
  .check(
    z.refine(
      (t) => t.fr !== undefined || t.ar !== undefined || t.en !== undefined,
      'expected text in at least one of fr, ar, en',
    ),
  );

export const currencySchema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as MAD or EUR'));

export const sexSchema = z.enum(['female', 'male']);

/** A BCP 47 language tag such as 'fr', 'en' or 'es-ES' (the language a title is written in). */
export const languageTagSchema = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      'expected a language tag such as fr, ar, en or es-ES',
    ),
  );

export const sourceSchema = z.strictObject({
  id: idSchema,
  /** The document's title as the document gives it. */
  title: z.string(),
  /** The language `title` is written in; readers of another language see it marked. */
  lang: z.optional(languageTagSchema),
  /**
   * The title in the interface languages, only as the document itself gives them (a
   * bilingual cover, an article published in two languages): never a translation of ours.
   */
  titles: z.optional(
    z.strictObject({
      fr: z.optional(z.string()),
      ar: z.optional(z.string()),
      en: z.optional(z.string()),
    }),
  ),
  url: z.optional(z.string()),
  publisher: z.optional(z.string()),
  /** Publication date or period of the source, when known. */
  date: z.optional(periodSchema),
  /** The verbatim sentence the figure comes from. */
  quote: z.optional(z.string()),
  /**
   * The language `quote` is written in (the document's, which may differ from the title's);
   * without it, a reader's screen reader is told the language is unknown.
   */
  quoteLang: z.optional(languageTagSchema),
  kind: z.optional(z.enum(['public', 'document', 'synthetic'])),
  note: z.optional(z.string()),
  /** The language `note` is written in (the feed author's); unknown to readers without it. */
  noteLang: z.optional(languageTagSchema),
});

export const programmeSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  start: calendarDateSchema,
  end: calendarDateSchema,
  budget: z.optional(z.strictObject({ amount: amountSchema, currency: currencySchema })),
  regions: z.array(idSchema),
  funder: z.optional(z.string()),
  implementer: z.optional(z.string()),
  url: z.optional(z.string()),
});

export const regionSchema = z.strictObject({ id: idSchema, name: textSchema });

export const communeSchema = z.strictObject({
  id: idSchema,
  region: idSchema,
  name: textSchema,
  /** Free-form kind, e.g. 'commune' or 'province'. */
  kind: z.optional(z.string()),
});

export const profileSchema = z.strictObject({ id: idSchema, name: textSchema });

export const sexEntrySchema = z.strictObject({ id: sexSchema, name: textSchema });

export const callSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  region: z.optional(idSchema),
  opened: z.optional(calendarDateSchema),
  closed: z.optional(calendarDateSchema),
});

export const dimensionsSchema = z.strictObject({
  region: z.array(regionSchema),
  commune: z.optional(z.array(communeSchema)),
  profile: z.optional(z.array(profileSchema)),
  sex: z.optional(z.array(sexEntrySchema)),
  call: z.optional(z.array(callSchema)),
});

export const pointSchema = z.strictObject({
  value: amountSchema,
  date: calendarDateSchema,
  /** The region a baseline, milestone or target was set for; absent: the whole programme. */
  region: z.optional(idSchema),
  source: z.optional(idSchema),
  note: z.optional(z.string()),
});

export const indicatorSchema = z.strictObject({
  id: idSchema,
  component: z.optional(z.number().check(z.int())),
  name: textSchema,
  description: z.optional(textSchema),
  /** Unit label, e.g. { fr: 'projets' }. */
  unit: z.optional(textSchema),
  kind: z.enum(['count', 'ratio', 'currency']),
  /** sum: a flow; last: a stock or cumulative count; ratio: recomputed from parts. */
  aggregation: z.enum(['sum', 'last', 'ratio']),
  /** A cumulative count never falls: a later, lower value is a conflict between sources. */
  cumulative: z.optional(z.boolean()),
  direction: z.optional(z.enum(['increase', 'decrease'])),
  currency: z.optional(currencySchema),
  baseline: z.optional(pointSchema),
  target: z.optional(pointSchema),
  milestones: z.optional(z.array(pointSchema)),
  /**
   * Declares a parity measure: a count indicator disaggregated by sex (participants), or a
   * ratio indicator whose value is the share of women. The threshold overrides the feed's.
   */
  parity: z.optional(
    z.strictObject({ threshold: z.optional(z.number().check(z.minimum(0), z.maximum(1))) }),
  ),
  /** Days after which a series with no newer observation is stale. */
  staleAfterDays: z.optional(z.number().check(z.int(), z.positive())),
  note: z.optional(z.string()),
});

export const activitySchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  start: calendarDateSchema,
  end: calendarDateSchema,
  region: z.optional(idSchema),
  commune: z.optional(idSchema),
  component: z.optional(z.number().check(z.int())),
  kind: z.optional(z.string()),
  source: z.optional(idSchema),
  note: z.optional(z.string()),
});

export const observationSchema = z
  .strictObject({
    indicator: idSchema,
    period: periodSchema,
    value: z.optional(amountSchema),
    numerator: z.optional(amountSchema),
    denominator: z.optional(amountSchema),
    /** The count was below k and is withheld; never read it as zero. */
    suppressed: z.optional(z.strictObject({ below: z.number().check(z.int(), z.positive()) })),
    /** 'approximate' for "about 20"; 'at-least' for "more than 80". */
    qualifier: z.optional(z.enum(['approximate', 'at-least'])),
    currency: z.optional(currencySchema),
    region: z.optional(idSchema),
    commune: z.optional(idSchema),
    sex: z.optional(sexSchema),
    profile: z.optional(idSchema),
    activity: z.optional(idSchema),
    call: z.optional(idSchema),
    source: idSchema,
    synthetic: z.optional(z.boolean()),
    note: z.optional(z.string()),
  })
  .check(
    z.refine(
      (o) =>
        o.value !== undefined ||
        o.suppressed !== undefined ||
        (o.numerator !== undefined && o.denominator !== undefined),
      'an observation needs a value, numerator and denominator, or suppressed',
    ),
    z.refine(
      (o) => !(o.value !== undefined && o.suppressed !== undefined),
      'a suppressed observation carries no value',
    ),
  );

export const thresholdsSchema = z.strictObject({
  /** Actual ≥ (1 − onTrack) × expected is on track. Default 0.15 (TolaData's ±15%). */
  onTrack: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** Actual ≥ (1 − atRisk) × expected is at risk; below, off track. Default 0.3. */
  atRisk: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** Share of women that meets parity. Default 0.5. */
  parity: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  /** Days without a new observation after which a series is stale. Default 365. */
  staleAfterDays: z.optional(z.number().check(z.int(), z.positive())),
});

export const feedSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schema: z.literal(FEED_SCHEMA_ID),
  programme: programmeSchema,
  asOf: calendarDateSchema,
  /** Interface locale overrides, e.g. { ar: 'ar-MA' }. */
  locales: z.optional(
    z.strictObject({
      fr: z.optional(z.string()),
      ar: z.optional(z.string()),
      en: z.optional(z.string()),
    }),
  ),
  thresholds: z.optional(thresholdsSchema),
  sources: z.array(sourceSchema),
  dimensions: dimensionsSchema,
  indicators: z.array(indicatorSchema),
  activities: z.optional(z.array(activitySchema)),
  observations: z.array(observationSchema),
  note: z.optional(textSchema),
});
