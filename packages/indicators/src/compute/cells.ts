/**
 * An observation seen as a cell of the disaggregation space: its period plus the value it
 * has on each dimension. A commune, call or activity implies its region, so a commune's
 * figure is recognised as a part of its region's total even when it does not repeat the
 * region.
 */
import { dayNumber } from '../periods/calendar-date.js';
import { type Period, period as parsePeriodStrict } from '../periods/period.js';
import type { Feed, Observation } from '../schema/types.js';
import type { Dimension } from './results.js';

/** Every dimension, place first. */
export const DIMENSIONS: readonly Dimension[] = [
  'region',
  'commune',
  'call',
  'activity',
  'profile',
  'sex',
];

/** Where a cell is: shared by every cell of the same place, so a large feed holds each once. */
export interface Place {
  /** A small integer, distinct per place of a feed. */
  readonly id: number;
  readonly values: Readonly<Partial<Record<Dimension, string>>>;
  readonly size: number;
  readonly mask: number;
  readonly currency: string | undefined;
  readonly impliedRegion: boolean;
  readonly key: string;
  /** The dimensions set and the currency: places of one shape are compared alike. */
  readonly shape: string;
  /** The place's values on some dimensions as one string, by mask (see disjoint.ts). */
  projections: Map<number, string> | undefined;
}

/** A period as cells use it: parsed, with day numbers, shared by every cell of that period. */
export interface Span {
  /** A small integer, distinct per (start, end) of a feed: equal for '2022' and '2022-01/2022-12'. */
  readonly id: number;
  readonly period: Period;
  readonly start: number;
  readonly end: number;
}

/**
 * One observation of the feed: four fields of its own (a feed of two million observations
 * holds two million of these); the rest is read from its shared place and span.
 */
export class Cell {
  constructor(
    /** Index in `feed.observations`. */
    readonly index: number,
    readonly obs: Observation,
    readonly span: Span,
    readonly place: Place,
    /** `[obs.source]`, one list shared by every cell of that source. */
    readonly sources: readonly string[],
  ) {}

  /**
   * A cell is its own resolution (see conflicts.ts) when no other source reports its
   * period and place: most cells of a large feed, which then need no second object each.
   */
  get cell(): Cell {
    return this;
  }

  get period(): Period {
    return this.span.period;
  }
  /** Day numbers of the period's first and last day. */
  get start(): number {
    return this.span.start;
  }
  get end(): number {
    return this.span.end;
  }
  get values(): Readonly<Partial<Record<Dimension, string>>> {
    return this.place.values;
  }
  /** Number of dimensions set: the lower, the less disaggregated. */
  get size(): number {
    return this.place.size;
  }
  /** The dimensions set, as bits (bit i for DIMENSIONS[i]): cheap to compare and intersect. */
  get mask(): number {
    return this.place.mask;
  }
  /** Amounts in different currencies describe different things and are never added. */
  get currency(): string | undefined {
    return this.place.currency;
  }
  /** True when the region comes from the commune, call or activity. */
  get impliedRegion(): boolean {
    return this.place.impliedRegion;
  }
  /** The dimension values as one string: cells with equal keys describe the same place. */
  get key(): string {
    return this.place.key;
  }
}

/** Regions implied by communes, calls and activities. */
export function impliedRegions(feed: Feed): {
  readonly commune: ReadonlyMap<string, string>;
  readonly call: ReadonlyMap<string, string>;
  readonly activity: ReadonlyMap<string, string>;
} {
  const map = (list: ReadonlyArray<{ id: string; region?: string }> | undefined) =>
    new Map(
      (list ?? []).flatMap((x) => (x.region === undefined ? [] : [[x.id, x.region] as const])),
    );
  return {
    commune: map(feed.dimensions.commune),
    call: map(feed.dimensions.call),
    activity: map(feed.activities),
  };
}

/**
 * An observation's fields that name its place, fewest distinct values first so that the
 * tree of maps that finds places stays small: most feeds have many communes, few sexes.
 */
const PLACE_FIELDS = [
  'currency',
  'sex',
  'profile',
  'call',
  'activity',
  'region',
  'commune',
] as const;
type PlaceTree = Map<string, PlaceTree | Place>;

/** Makes the cells of one feed, sharing places and spans between them. */
export class CellMaker {
  /** Every place made so far, by key. */
  readonly places = new Map<string, Place>();
  /** How many distinct spans (start and end days) were made so far: span ids are below it. */
  get spanCount(): number {
    return this.spanIds.size;
  }
  private readonly spans = new Map<string, Span>();
  private readonly spanIds = new Map<string, number>();
  private readonly sourceLists = new Map<string, readonly string[]>();
  private readonly placeTree: PlaceTree = new Map();
  private readonly shapes = new Map<string, string>();
  private readonly regions: ReturnType<typeof impliedRegions>;

  constructor(feed: Feed) {
    this.regions = impliedRegions(feed);
  }

  make(obs: Observation, index: number): Cell {
    return new Cell(
      index,
      obs,
      this.spanOf(obs.period),
      this.placeOf(obs),
      this.sourceList(obs.source),
    );
  }

  private sourceList(source: string): readonly string[] {
    let list = this.sourceLists.get(source);
    if (!list) {
      list = Object.freeze([source]);
      this.sourceLists.set(source, list);
    }
    return list;
  }

  private spanOf(text: string): Span {
    const hit = this.spans.get(text);
    if (hit) return hit;
    const period = parsePeriodStrict(text);
    const start = dayNumber(period.start);
    const end = dayNumber(period.end);
    const days = `${start}/${end}`;
    let id = this.spanIds.get(days);
    if (id === undefined) {
      id = this.spanIds.size;
      this.spanIds.set(days, id);
    }
    const span: Span = { id, period, start, end };
    this.spans.set(text, span);
    return span;
  }

  /**
   * The place of an observation: found by its own fields in a tree of maps (ids are shared
   * strings whose hashes are kept, so no key is written per observation), and the first
   * time by its key, which different fields can share (a region written out or implied).
   */
  private placeOf(obs: Observation): Place {
    let node = this.placeTree;
    for (let i = 0; i < PLACE_FIELDS.length - 1; i++) {
      const v = obs[PLACE_FIELDS[i] as (typeof PLACE_FIELDS)[number]] ?? '';
      let next = node.get(v) as PlaceTree | undefined;
      if (!next) {
        next = new Map();
        node.set(v, next);
      }
      node = next;
    }
    const last = obs.commune ?? '';
    const hit = node.get(last) as Place | undefined;
    if (hit) return hit;
    const place = this.placeByKey(obs);
    node.set(last, place);
    return place;
  }

  /** One string per shape, shared by its places (a large feed has many places, few shapes). */
  private shapeOf(mask: number, currency: string | undefined): string {
    const text = `${mask}|${currency ?? ''}`;
    let shared = this.shapes.get(text);
    if (shared === undefined) {
      shared = [mask, currency ?? ''].join('|');
      this.shapes.set(shared, shared);
    }
    return shared;
  }

  private placeByKey(obs: Observation): Place {
    const r = this.regions;
    const implied =
      (obs.commune !== undefined ? r.commune.get(obs.commune) : undefined) ??
      (obs.call !== undefined ? r.call.get(obs.call) : undefined) ??
      (obs.activity !== undefined ? r.activity.get(obs.activity) : undefined);
    const region = obs.region ?? implied;
    // Every dimension's value then the currency, joined by '|': equal keys, the same place
    // (the implied region follows from the rest). Joined, not concatenated: one flat string
    // kept per place, where `a|b|…` in a template would keep a chain of a dozen pieces.
    const key = [
      region ?? '',
      obs.commune ?? '',
      obs.call ?? '',
      obs.activity ?? '',
      obs.profile ?? '',
      obs.sex ?? '',
      obs.currency ?? '',
    ].join('|');
    const hit = this.places.get(key);
    if (hit) return hit;
    const values: Partial<Record<Dimension, string>> = {};
    if (region !== undefined) values.region = region;
    for (const d of DIMENSIONS) {
      const v = d === 'region' ? undefined : obs[d];
      if (v !== undefined) values[d] = v;
    }
    const mask = maskOf(values);
    const place: Place = {
      id: this.places.size,
      values: Object.freeze(values),
      size: Object.keys(values).length,
      mask,
      currency: obs.currency,
      impliedRegion: implied !== undefined,
      key,
      shape: this.shapeOf(mask, obs.currency),
      projections: undefined,
    };
    this.places.set(key, place);
    return place;
  }
}

/** The bits of the dimensions that have a value. */
export function maskOf(values: Readonly<Partial<Record<Dimension, string>>>): number {
  return DIMENSIONS.reduce((m, d, i) => (values[d] === undefined ? m : m | (1 << i)), 0);
}

/** True when some place, person or activity could be counted in both cells. */
export function compatible(a: Cell, b: Cell): boolean {
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) {
    return false;
  }
  for (const d of DIMENSIONS) {
    const x = a.values[d];
    const y = b.values[d];
    if (x !== undefined && y !== undefined && x !== y) return false;
  }
  return true;
}

/** True when the two periods (of cells, or of anything with day numbers) share a day. */
export function overlapInTime(
  a: Pick<Cell, 'start' | 'end'>,
  b: Pick<Cell, 'start' | 'end'>,
): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A short description of a cell's place and breakdown, for messages: 'region oriental, sex female'. */
export function describeCell(cell: Cell): string {
  const parts = DIMENSIONS.filter(
    (d) => cell.obs[d] !== undefined || (d === 'region' && cell.values.region !== undefined),
  ).map((d) => `${d} ${cell.values[d] ?? ''}`);
  return parts.length > 0 ? parts.join(', ') : 'all places';
}
