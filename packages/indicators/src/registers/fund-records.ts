/**
 * Fund records (one line per call, region and commune: applications, selected, funded,
 * amount and currency) → the fund indicators. Amounts keep their currency: MAD and EUR
 * are never added together. Projects are not people: nothing is suppressed here.
 */
import { isCalendarDate } from '../periods/calendar-date.js';
import type { Feed, Observation } from '../schema/types.js';
import { foldKey, latinDigits } from './normalise-text.js';
import { quotedCode } from './quoted-code.js';
import { readRegisterDate } from './register-date.js';
import { communeMatcher } from './validate-row.js';
import { codeUnitOrder } from '../code-unit-order.js';

export const FUND_COLUMNS = [
  'call',
  'region',
  'commune',
  'opened',
  'closed',
  'date',
  'applications',
  'selected',
  'funded',
  'amount',
  'currency',
] as const;
export type FundColumn = (typeof FUND_COLUMNS)[number];

const FUND_ALIASES: Readonly<Record<FundColumn, readonly string[]>> = {
  call: ['call', 'appel', 'appel a projets', 'طلب المشاريع'],
  region: ['region', 'région', 'الجهة'],
  commune: ['commune', 'الجماعة'],
  opened: ['opened', 'ouverture', 'date ouverture', 'تاريخ الافتتاح'],
  closed: ['closed', 'cloture', 'date cloture', 'تاريخ الاختتام'],
  date: ['date', 'date des chiffres', 'as of', 'التاريخ'],
  applications: ['applications', 'candidatures', 'dossiers recus', 'الترشيحات'],
  selected: ['selected', 'selectionnes', 'projets selectionnes', 'المنتقاة'],
  funded: ['funded', 'finances', 'projets finances', 'الممولة'],
  amount: ['amount', 'montant', 'budget', 'المبلغ'],
  currency: ['currency', 'devise', 'monnaie', 'العملة'],
};
const LOOKUP = new Map(
  Object.entries(FUND_ALIASES).flatMap(([c, words]) =>
    words.map((w) => [foldKey(w), c as FundColumn]),
  ),
);

/** Column index of each fund column found in a header row. */
export function mapFundHeaders(headers: readonly string[]): {
  readonly columns: Partial<Record<FundColumn, number>>;
  readonly missing: readonly FundColumn[];
} {
  const columns: Partial<Record<FundColumn, number>> = {};
  headers.forEach((h, i) => {
    const c = LOOKUP.get(foldKey(h));
    if (c !== undefined && columns[c] === undefined) columns[c] = i;
  });
  const required: FundColumn[] = ['call', 'region'];
  const missing = required.filter((c) => columns[c] === undefined);
  if (columns.date === undefined && columns.closed === undefined) missing.push('date');
  return { columns, missing };
}

export interface FundRecord {
  readonly call: string;
  readonly region: string;
  readonly commune?: string;
  readonly opened?: string;
  readonly closed?: string;
  /** The date the figures describe (default: the call's closing date). */
  readonly date: string;
  readonly applications?: number;
  readonly selected?: number;
  readonly funded?: number;
  readonly amount?: number;
  readonly currency?: string;
}

const CURRENCIES: Readonly<Record<string, string>> = {
  mad: 'MAD',
  dh: 'MAD',
  dhs: 'MAD',
  dirham: 'MAD',
  dirhams: 'MAD',
  درهم: 'MAD',
  eur: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  أورو: 'EUR',
  usd: 'USD',
};

/** '1 250 000,50' / '1,250,000.50' / '١٢٥٠' → a number; undefined when not one. */
export function readAmount(raw: string): number | undefined {
  let t = latinDigits(raw).replace(/[\s\u00a0\u202f']/g, '');
  if (t === '') return undefined;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^\d+(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

export type FundReading =
  | { readonly ok: true; readonly record: FundRecord }
  | { readonly ok: false; readonly reasons: readonly string[] }
  | { readonly ok: 'blank' };

/** Builds a reader of fund lines against the regions and communes a feed declares. */
export function fundReader(
  columns: Partial<Record<FundColumn, number>>,
  dimensions: Feed['dimensions'],
): (cells: readonly string[]) => FundReading {
  const regions = new Map<string, string>();
  for (const r of dimensions.region)
    for (const w of [r.id, r.name.fr, r.name.ar, r.name.en]) if (w) regions.set(foldKey(w), r.id);
  const commune = communeMatcher(dimensions.commune ?? []);
  const regionOf = new Map((dimensions.commune ?? []).map((c) => [c.id, c.region]));
  return (cells) => {
    const get = (c: FundColumn) => {
      const i = columns[c];
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    if (FUND_COLUMNS.every((c) => get(c) === '')) return { ok: 'blank' };
    const reasons: string[] = [];
    const call = foldKey(get('call'));
    if (call === '' || !/^[a-z0-9][a-z0-9._-]*$/.test(call))
      reasons.push('call is not an id (letters, digits, -)');
    const region = regions.get(foldKey(get('region')));
    if (!region) reasons.push(`unknown region${quotedCode(get('region'))}`);
    let place: string | undefined;
    if (get('commune') !== '') {
      place = commune(get('commune'));
      if (!place) reasons.push(`unknown commune${quotedCode(get('commune'))}`);
      // parseFeed refuses an observation placing a commune in another region.
      else if (region && regionOf.get(place) !== region)
        reasons.push(`commune "${place}" is not in region "${region}"`);
    }
    const date = (c: 'opened' | 'closed' | 'date') => {
      if (get(c) === '') return undefined;
      const d = readRegisterDate(get(c));
      if (!d.ok) reasons.push(`${c}: ${d.reason}`);
      return d.ok ? d.date : undefined;
    };
    const opened = date('opened');
    const closed = date('closed');
    const when = date('date') ?? closed;
    if (opened !== undefined && closed !== undefined && closed < opened)
      reasons.push('the call closed before it opened');
    if (when === undefined && get('date') === '' && get('closed') === '')
      reasons.push('no date (date or closed)');
    const count = (c: 'applications' | 'selected' | 'funded') => {
      if (get(c) === '') return undefined;
      const n = readAmount(get(c));
      if (n === undefined || !Number.isInteger(n)) reasons.push(`${c} is not a whole number`);
      return n;
    };
    const applications = count('applications');
    const selected = count('selected');
    const funded = count('funded');
    if (applications !== undefined && selected !== undefined && selected > applications)
      reasons.push('more projects selected than applications');
    if (selected !== undefined && funded !== undefined && funded > selected)
      reasons.push('more projects funded than selected');
    let amount: number | undefined;
    let currency: string | undefined;
    if (get('amount') !== '') {
      amount = readAmount(get('amount'));
      if (amount === undefined) reasons.push('amount is not a number');
      const cur = get('currency');
      currency = CURRENCIES[foldKey(cur)] ?? (/^[A-Z]{3}$/.test(cur) ? cur : undefined);
      if (!currency)
        reasons.push(
          cur === '' ? 'an amount needs a currency' : `unknown currency${quotedCode(cur)}`,
        );
    }
    if (reasons.length > 0 || !region || when === undefined) return { ok: false, reasons };
    return {
      ok: true,
      record: {
        call,
        region,
        ...(place ? { commune: place } : {}),
        ...(opened ? { opened } : {}),
        ...(closed ? { closed } : {}),
        date: when,
        ...(applications !== undefined ? { applications } : {}),
        ...(selected !== undefined ? { selected } : {}),
        ...(funded !== undefined ? { funded } : {}),
        ...(amount !== undefined && currency ? { amount, currency } : {}),
      },
    };
  };
}

/**
 * Observations of the fund indicators: flows per call, region and commune (summed when
 * several lines share them), budgets per currency, and 'fund-completion', the running
 * total of projects funded per region at each date.
 */
export function fundObservations(records: readonly FundRecord[], source: string): Observation[] {
  const flows = new Map<string, Observation>();
  const add = (o: Observation, by: number) => {
    const key = [o.indicator, o.period, o.call, o.region, o.commune ?? '', o.currency ?? ''].join(
      '|',
    );
    const prev = flows.get(key);
    if (prev) flows.set(key, { ...prev, value: (prev.value ?? 0) + by });
    else flows.set(key, { ...o, value: by });
  };
  for (const r of records) {
    const base = {
      period: r.date,
      call: r.call,
      region: r.region,
      ...(r.commune ? { commune: r.commune } : {}),
      source,
    };
    for (const id of ['applications', 'selected', 'funded'] as const) {
      const n = r[id];
      if (n !== undefined) add({ indicator: `fund-${id}`, ...base }, n);
    }
    if (r.amount !== undefined && r.currency)
      add({ indicator: 'fund-budget', ...base, currency: r.currency }, r.amount);
  }
  const completion: Observation[] = [];
  const byRegion = new Map<string, FundRecord[]>();
  for (const r of records)
    if (r.funded !== undefined) byRegion.set(r.region, [...(byRegion.get(r.region) ?? []), r]);
  for (const [region, list] of [...byRegion].sort(([a], [b]) => codeUnitOrder(a, b))) {
    let total = 0;
    const dates = [...new Set(list.map((r) => r.date))].sort();
    for (const date of dates) {
      total += list.filter((r) => r.date === date).reduce((s, r) => s + (r.funded ?? 0), 0);
      completion.push({ indicator: 'fund-completion', period: date, region, value: total, source });
    }
  }
  return [...flows.values(), ...completion];
}

/** The calls met in the records, for `dimensions.call` (named by their id). */
export function fundCalls(records: readonly FundRecord[]): NonNullable<Feed['dimensions']['call']> {
  const calls = new Map<string, NonNullable<Feed['dimensions']['call']>[number]>();
  for (const r of records) {
    if (calls.has(r.call)) continue;
    calls.set(r.call, {
      id: r.call,
      name: { fr: r.call, en: r.call },
      region: r.region,
      ...(r.opened && isCalendarDate(r.opened) ? { opened: r.opened } : {}),
      ...(r.closed && isCalendarDate(r.closed) ? { closed: r.closed } : {}),
    });
  }
  return [...calls.values()];
}
