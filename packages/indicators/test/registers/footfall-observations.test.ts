import { describe, expect, it } from 'vitest';
import { footfallObservations, RegisterTally, type RegisterRow } from '../../src/index.js';
import { attackFeed } from './feed-attacker.js';
import { truthOf } from './random-registers.js';

const row = (over: Partial<RegisterRow>): RegisterRow => ({
  date: '2023-07-03',
  commune: 'belfaa',
  profile: 'mre',
  sex: 'male',
  request_type: 'administrative',
  outcome: 'informed',
  ...over,
});

const rows = (n: number, over: Partial<RegisterRow>) => Array.from({ length: n }, () => row(over));

describe('footfallObservations', () => {
  const tally = new RegisterTally();
  [
    ...rows(9, { profile: 'mre', sex: 'male' }),
    ...rows(6, { profile: 'mre', sex: 'female' }),
    ...rows(7, { profile: 'rights-holder', sex: 'female', outcome: 'resolved' }),
    ...rows(1, { profile: 'rpt', sex: 'female' }), // the one RPT woman of July
    ...rows(6, { profile: 'rpt', sex: 'male' }),
  ].forEach((r) => tally.add(r));
  const { observations, withheld } = footfallObservations(tally.tables(), { source: 'reg', k: 5 });
  const people = observations.filter((o) => o.indicator === 'baom-footfall');

  it('never publishes the RPT woman, as a value or as a difference of published figures', () => {
    const her = people.find((o) => o.profile === 'rpt' && o.sex === 'female');
    expect(her).toMatchObject({ suppressed: { below: 5 } });
    expect(her?.value).toBeUndefined();
    const rptTotal = people.find((o) => o.profile === 'rpt' && o.sex === undefined);
    const rptMen = people.find((o) => o.profile === 'rpt' && o.sex === 'male');
    // Row: RPT total − RPT men must not be computable.
    expect(rptTotal?.value === undefined || rptMen?.value === undefined).toBe(true);
    // Column: women's total − the other women must not be computable.
    const women = people.find((o) => o.sex === 'female' && o.profile === undefined);
    const otherWomen = people.filter((o) => o.sex === 'female' && o.profile && o.profile !== 'rpt');
    expect(women?.value === undefined || otherWomen.some((o) => o.value === undefined)).toBe(true);
    expect(withheld.primary).toBeGreaterThanOrEqual(1);
    expect(withheld.secondary).toBeGreaterThanOrEqual(1);
  });

  it('marks every withheld cell with a bound and no value, and lists no zero cell', () => {
    for (const o of observations) {
      if (o.suppressed) {
        expect(o.value).toBeUndefined();
        expect(o.suppressed.below).toBeGreaterThanOrEqual(5);
      } else expect(o.value).toBeGreaterThan(0);
    }
  });

  it('publishes totals per commune, by sex and by profile, and cases apart', () => {
    const total = people.find((o) => o.profile === undefined && o.sex === undefined);
    expect(total).toMatchObject({ period: '2023-07', commune: 'belfaa', value: 29, source: 'reg' });
    const cases = observations.filter((o) => o.indicator === 'baom-cases');
    // The 7 cases (all rights-holder women) are withheld too: published, they said that
    // rights-holder women are at least 7, and the women's total 14 = 6 MRE + them + the
    // RPT woman then left her exactly 1.
    expect(cases.find((o) => o.profile === undefined && o.sex === undefined)).toMatchObject({
      suppressed: { below: 10 },
    });
    expect(observations.some((o) => o.synthetic)).toBe(false);
  });

  it('leaves nothing an attacker reading people and cases together can recompute', () => {
    const truth = truthOf(tally);
    expect(attackFeed(observations, 5, (set, c) => truth.get(set)?.[c] ?? 0).pinned).toEqual([]);
  });

  it('publishes a sparse month of four people in four cells without pinning each to 1', () => {
    const sparse = new RegisterTally();
    [
      row({ profile: 'mre', sex: 'female' }),
      row({ profile: 'mre', sex: 'male' }),
      row({ profile: 'rights-holder', sex: 'female', outcome: 'resolved' }),
      row({ profile: 'rpt', sex: 'male' }),
    ].forEach((r) => sparse.add(r));
    const out = footfallObservations(sparse.tables(), { source: 'reg', k: 5 });
    const truth = truthOf(sparse);
    expect(attackFeed(out.observations, 5, (set, c) => truth.get(set)?.[c] ?? 0).pinned).toEqual(
      [],
    );
    // No profile × sex cell of people is listed, and no bound above k gives the total away.
    const people = out.observations.filter((o) => o.indicator === 'baom-footfall');
    expect(people.filter((o) => o.profile && o.sex)).toEqual([]);
    expect(out.observations.every((o) => o.suppressed?.below === 5)).toBe(true);
    expect(out.coarsened).toBeGreaterThanOrEqual(1);
  });
});
