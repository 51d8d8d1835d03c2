import { describe, expect, it } from 'vitest';
import { incompleteDisaggregation } from '../../../src/compute/flags/incomplete-disaggregation.js';
import { indicator, makeFeed, obs } from '../../fixtures/make-feed.js';

const feedWith = (...observations: ReturnType<typeof obs>[]) =>
  makeFeed({ indicators: [indicator('visits')], observations });

describe('incomplete-disaggregation', () => {
  it('flags parts by sex that do not add up to the total, naming period, place and sources', () => {
    const flags = incompleteDisaggregation(
      feedWith(
        obs('visits', '2023-01', 40, { region: 'oriental' }),
        obs('visits', '2023-01', 11, { region: 'oriental', sex: 'female', source: 'press' }),
        obs('visits', '2023-01', 27, { region: 'oriental', sex: 'male', source: 'press' }),
      ),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: 'incomplete-disaggregation',
      indicator: 'visits',
      period: '2023-01',
      region: 'oriental',
      sources: ['eval', 'press'],
      observations: [0, 1, 2],
    });
    expect(flags[0]?.message).toBe(
      'visits, 2023-01, region oriental: the parts by sex add up to 38, but the total is 40 (sources: eval, press).',
    );
  });

  it('is silent when the parts add up, and checks communes against their region', () => {
    expect(
      incompleteDisaggregation(
        feedWith(
          obs('visits', '2023-01', 40),
          obs('visits', '2023-01', 11, { sex: 'female' }),
          obs('visits', '2023-01', 29, { sex: 'male' }),
        ),
      ),
    ).toEqual([]);
    const flags = incompleteDisaggregation(
      feedWith(
        obs('visits', '2023-01', 100, { region: 'souss-massa' }),
        obs('visits', '2023-01', 60, { commune: 'agadir' }),
        obs('visits', '2023-01', 30, { commune: 'taliouine' }),
        obs('visits', '2023-01', 999, { commune: 'oujda' }),
      ),
    );
    expect(flags.map((f) => f.message)).toEqual([
      'visits, 2023-01, region souss-massa: the parts by commune add up to 90, but the total is 100 (source: eval).',
    ]);
  });

  it('accepts suppressed parts when the total is within reach', () => {
    const ok = incompleteDisaggregation(
      feedWith(
        obs('visits', '2023-01', 40),
        obs('visits', '2023-01', 37, { sex: 'male' }),
        obs('visits', '2023-01', undefined, { sex: 'female', suppressed: { below: 5 } }),
      ),
    );
    expect(ok).toEqual([]);
    const off = incompleteDisaggregation(
      feedWith(
        obs('visits', '2023-01', 50),
        obs('visits', '2023-01', 37, { sex: 'male' }),
        obs('visits', '2023-01', undefined, { sex: 'female', suppressed: { below: 5 } }),
      ),
    );
    expect(off[0]?.message).toContain('add up to between 37 and 41, but the total is 50');
  });

  it('compares only the same period', () => {
    expect(
      incompleteDisaggregation(
        feedWith(obs('visits', '2023-01', 40), obs('visits', '2023-02', 11, { sex: 'female' })),
      ),
    ).toEqual([]);
  });
});
