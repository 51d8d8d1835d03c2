import { describe, expect, it } from 'vitest';
import { BAOM_COMMUNES, generateRegister, monthlyCounts } from '../src/index.js';
import type { RegisterRow } from '../src/index.js';

const rows = generateRegister({ seed: 7 });
const share = (list: readonly RegisterRow[], pick: (r: RegisterRow) => boolean) =>
  list.filter(pick).length / list.length;

describe('generateRegister', () => {
  it('gives the same rows for a seed and different rows for another seed', () => {
    expect(generateRegister({ seed: 7 })).toEqual(rows);
    expect(generateRegister({ seed: 8 })).not.toEqual(rows);
  });

  it('gives exactly the number of rows asked for, within the months asked for, all synthetic', () => {
    const few = generateRegister({ seed: 1, rows: 250, from: '2023-01', to: '2023-12' });
    expect(few).toHaveLength(250);
    expect(few.every((r) => r.date >= '2023-01-01' && r.date <= '2023-12-31')).toBe(true);
    expect(few.every((r) => r.synthetic === true)).toBe(true);
    const dates = few.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => generateRegister({ from: '2023-13' })).toThrow(/YYYY-MM/);
  });

  it('opens BAOMs one after another from May 2021, all 16 by the end', () => {
    expect(new Set(rows.map((r) => r.commune)).size).toBe(16);
    for (const c of BAOM_COMMUNES) {
      const first = rows.find((r) => r.commune === c.id)?.date.slice(0, 7);
      expect(first! >= c.opens, c.id).toBe(true);
    }
    expect(rows[0]?.date.slice(0, 7)).toBe('2021-05');
    expect(
      rows
        .filter((r) => r.date < '2021-09-01')
        .every((r) => /taliouine|ammeln|ouijjane|agadir/.test(r.commune)),
    ).toBe(true);
  });

  it('brings MRE in July and August', () => {
    const mre = rows.filter((r) => r.profile === 'mre' && r.date.startsWith('2023'));
    const summer = share(mre, (r) => r.date.slice(5, 7) === '07' || r.date.slice(5, 7) === '08');
    expect(summer).toBeGreaterThan((2 / 12) * 1.5);
  });

  it('sees mostly women among rights-holders, and RPT mostly in the Chtouka-Aït Baha plain', () => {
    const holders = rows.filter((r) => r.profile === 'rights-holder');
    expect(share(holders, (r) => r.sex === 'female')).toBeGreaterThan(0.7);
    const rpt = rows.filter((r) => r.profile === 'rpt');
    const chtouka = ['belfaa', 'ait-amira', 'sidi-bibi', 'biougra'];
    expect(share(rpt, (r) => chtouka.includes(r.commune))).toBeGreaterThan(0.5);
  });
});

describe('monthlyCounts', () => {
  const row = (over: Partial<RegisterRow>): RegisterRow => ({
    date: '2023-07-03',
    commune: 'taliouine',
    profile: 'mre',
    sex: 'male',
    request_type: 'administrative',
    outcome: 'informed',
    ...over,
  });

  it('counts people per month, commune, profile and sex, keeping every person', () => {
    const counts = monthlyCounts(rows, { source: 'synthetic-register' });
    expect(counts.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(rows.length);
    expect(counts.every((o) => o.indicator === 'baom-footfall' && o.synthetic === true)).toBe(true);
  });

  it('groups rows of the same month and orders cells by month then commune', () => {
    const counts = monthlyCounts(
      [
        row({ date: '2023-08-01', commune: 'belfaa' }),
        row({ date: '2023-07-30' }),
        row({ date: '2023-07-03' }),
        row({ date: '2023-07-03', sex: 'female' }),
      ],
      { source: 'register-2023' },
    );
    expect(counts).toEqual([
      {
        indicator: 'baom-footfall',
        period: '2023-07',
        commune: 'taliouine',
        profile: 'mre',
        sex: 'female',
        value: 1,
        source: 'register-2023',
      },
      {
        indicator: 'baom-footfall',
        period: '2023-07',
        commune: 'taliouine',
        profile: 'mre',
        sex: 'male',
        value: 2,
        source: 'register-2023',
      },
      {
        indicator: 'baom-footfall',
        period: '2023-08',
        commune: 'belfaa',
        profile: 'mre',
        sex: 'male',
        value: 1,
        source: 'register-2023',
      },
    ]);
  });

  it('does not call real rows synthetic, and withholds small counts when asked', () => {
    const counts = monthlyCounts([row({}), row({}), row({ sex: 'female' })], {
      source: 'register',
      suppressBelow: 2,
    });
    expect(counts.some((o) => o.synthetic)).toBe(false);
    expect(counts.find((o) => o.sex === 'female')).toMatchObject({ suppressed: { below: 2 } });
    expect(counts.find((o) => o.sex === 'female')?.value).toBeUndefined();
    expect(counts.find((o) => o.sex === 'male')?.value).toBe(2);
  });
});
