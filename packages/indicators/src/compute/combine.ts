/**
 * Turns chosen, disjoint observations into one number: flows and stocks add up across
 * places; a ratio is recomputed as Σnumerator ÷ Σdenominator, never summed or averaged.
 */
import type { Indicator } from '../schema/types.js';
import type { Resolved } from './conflicts.js';
import { unique } from './conflicts.js';
import { spanOf } from './reading.js';
import type { Aggregate, Provenance } from './results.js';

/** Division that never yields NaN or Infinity. */
export function divide(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || b === 0) return undefined;
  const q = a / b;
  return Number.isFinite(q) ? q : undefined;
}

/** 'approximate' outweighs 'at-least': "about" a lower bound is still only about. */
function weakest(
  qualifiers: ReadonlyArray<Provenance['qualifier']>,
): Pick<Provenance, 'qualifier'> {
  if (qualifiers.includes('approximate')) return { qualifier: 'approximate' };
  if (qualifiers.includes('at-least')) return { qualifier: 'at-least' };
  return {};
}

/** Where the items come from: sources, synthetic, suppressed, and the weakest qualifier. */
export function provenanceOf(items: readonly Resolved[]): Provenance {
  // One pass and no intermediate arrays: a flow of a large feed adds millions of items.
  const sources = new Set<string>();
  let synthetic = false;
  let suppressed = false;
  const qualifiers = new Set<Provenance['qualifier']>();
  // Indexed loops: an iterator's results, made per item where the loop is not optimised,
  // were a tenth of what computing allocates.
  for (let i = 0; i < items.length; i++) {
    const r = items[i] as Resolved;
    const list = r.sources;
    for (let j = 0; j < list.length; j++) sources.add(list[j] as string);
    const o = r.cell.obs;
    if (o.synthetic === true) synthetic = true;
    if (o.suppressed !== undefined) suppressed = true;
    if (o.qualifier !== undefined) qualifiers.add(o.qualifier);
  }
  return { sources: [...sources], synthetic, suppressed, ...weakest([...qualifiers]) };
}

/** The provenance of a number made from several results. */
export function mergeProvenance(parts: readonly Provenance[]): Provenance {
  return {
    sources: unique(parts.flatMap((p) => p.sources)),
    synthetic: parts.some((p) => p.synthetic),
    suppressed: parts.some((p) => p.suppressed),
    ...weakest(parts.map((p) => p.qualifier)),
  };
}

/** An Aggregate with no usable observation. */
export function emptyAggregate(): Aggregate {
  return { value: undefined, sources: [], synthetic: false, suppressed: false, count: 0 };
}

function ratioValue(items: readonly Resolved[]): number | undefined {
  const usable = items.filter((r) => r.cell.obs.suppressed === undefined);
  const withParts = usable.filter(
    (r) => r.cell.obs.numerator !== undefined && r.cell.obs.denominator !== undefined,
  );
  if (withParts.length === usable.length && usable.length > 0) {
    const num = withParts.reduce((s, r) => s + (r.cell.obs.numerator as number), 0);
    const den = withParts.reduce((s, r) => s + (r.cell.obs.denominator as number), 0);
    return divide(num, den);
  }
  // A ratio given only as a value cannot be weighted against others: usable only alone.
  return usable.length === 1 ? usable[0]?.cell.obs.value : undefined;
}

export function combine(indicator: Indicator, items: readonly Resolved[]): Aggregate {
  if (items.length === 0) return emptyAggregate();
  // Loops, not flatMap and filter: a flow of a large feed combines millions of items.
  const currencySet = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const c = (items[i] as Resolved).cell.obs.currency ?? indicator.currency;
    if (c !== undefined) currencySet.add(c);
  }
  const currencies = [...currencySet];
  const last = items.reduce((a, b) => (b.cell.end > a.cell.end ? b : a));
  const first = items.reduce((a, b) => (b.cell.start < a.cell.start ? b : a));
  let value: number | undefined;
  if (currencies.length > 1) {
    value = undefined; // amounts in different currencies are never added
  } else if (indicator.aggregation === 'ratio') {
    value = ratioValue(items);
  } else {
    let known = 0;
    let sum = 0;
    for (let i = 0; i < items.length; i++) {
      const v = (items[i] as Resolved).cell.obs.value;
      if (v !== undefined) {
        sum += v;
        known++;
      }
    }
    value = known === 0 ? undefined : sum;
  }
  if (value !== undefined && !Number.isFinite(value)) value = undefined;
  return {
    ...provenanceOf(items),
    value,
    period: last.cell.period.text,
    // A stock's value is its last figure; a flow or a ratio covers every period it adds.
    span:
      indicator.aggregation === 'last'
        ? { start: last.cell.period.text, end: last.cell.period.text }
        : spanOf(first.cell.period.text, last.cell.period.text),
    ...(currencies.length === 1 ? { currency: currencies[0] } : {}),
    count: items.length,
  };
}
