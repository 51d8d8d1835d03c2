import { describe, expect, it } from 'vitest';
import { fundObservations, fundReader, mapFundHeaders, type Feed } from '../../src/index.js';

const dimensions: Feed['dimensions'] = {
  region: [
    { id: 'souss-massa', name: { fr: 'Souss-Massa' } },
    { id: 'oriental', name: { fr: 'Oriental', ar: 'الشرق' } },
  ],
  commune: [{ id: 'oujda', region: 'oriental', name: { fr: 'Oujda' } }],
};

describe('fund records', () => {
  const headers = [
    'appel',
    'région',
    'commune',
    'clôture',
    'candidatures',
    'sélectionnés',
    'financés',
    'montant',
    'devise',
  ];
  const { columns, missing } = mapFundHeaders(headers);
  const read = fundReader(columns, dimensions);

  it('maps French headers and reads amounts with their currency', () => {
    expect(missing).toEqual([]);
    const r = read([
      'or-call-1',
      'الشرق',
      'Oujda',
      '11/02/2022',
      '40',
      '12',
      '5',
      '1 250 000,50',
      'DH',
    ]);
    expect(r).toMatchObject({
      ok: true,
      record: {
        call: 'or-call-1',
        region: 'oriental',
        commune: 'oujda',
        date: '2022-02-11',
        funded: 5,
        amount: 1250000.5,
        currency: 'MAD',
      },
    });
  });

  it('rejects impossible funnels, unknown places and amounts without currency', () => {
    const r = read(['c', 'Mars', '', '11/02/2022', '4', '12', '13', '100', '']);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.reasons).toEqual([
      'unknown region',
      'more projects selected than applications',
      'more projects funded than selected',
      'an amount needs a currency',
    ]);
  });

  it('rejects what parseFeed would: a commune of another region, a call closed before it opened', () => {
    const r = read(['c', 'Souss-Massa', 'Oujda', '11/02/2022', '4', '2', '1', '', '']);
    expect(r.ok === false && r.reasons).toEqual(['commune "oujda" is not in region "souss-massa"']);
    const cols = mapFundHeaders(['call', 'region', 'opened', 'closed', 'funded']).columns;
    const early = fundReader(cols, dimensions)(['c', 'Oriental', '01/03/2022', '11/02/2022', '1']);
    expect(early.ok === false && early.reasons).toEqual(['the call closed before it opened']);
  });

  it('gives flows per call, budgets in their own currency, and a running total of projects funded', () => {
    const records = [
      {
        call: 'a',
        region: 'oriental',
        date: '2022-02-11',
        applications: 40,
        selected: 12,
        funded: 5,
        amount: 100,
        currency: 'MAD',
      },
      { call: 'a', region: 'oriental', date: '2022-02-11', funded: 2, amount: 50, currency: 'EUR' },
      { call: 'b', region: 'oriental', date: '2023-06-30', funded: 10 },
    ];
    const obs = fundObservations(records, 'fund');
    expect(
      obs.filter((o) => o.indicator === 'fund-budget').map((o) => [o.value, o.currency]),
    ).toEqual([
      [100, 'MAD'],
      [50, 'EUR'],
    ]);
    expect(obs.find((o) => o.indicator === 'fund-funded' && o.call === 'a')?.value).toBe(7);
    expect(
      obs.filter((o) => o.indicator === 'fund-completion').map((o) => [o.period, o.value]),
    ).toEqual([
      ['2022-02-11', 7],
      ['2023-06-30', 17],
    ]);
  });
});
