import { describe, expect, it } from 'vitest';
import { footfallPanels, paritySummary, type ParityResult } from '../../src/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

const feed = makeFeed({
  indicators: [indicator('baom-footfall')],
  observations: [
    obs('baom-footfall', '2024-01', 10, { commune: 'agadir' }),
    obs('baom-footfall', '2024-01', 4, { commune: 'taliouine' }),
    obs('baom-footfall', '2024-02', 8, { commune: 'agadir' }),
    obs('baom-footfall', '2024-02', undefined, { commune: 'taliouine', suppressed: { below: 3 } }),
  ],
  asOf: '2024-12-13',
});

describe('footfall panels', () => {
  it('stacks the communes, largest first, and keeps a withheld month as a bound', () => {
    const data = footfallPanels(feed, {}, 'commune', false);
    expect(data.series.map((s) => [s.key, s.kind])).toEqual([
      ['agadir', 'commune'],
      ['taliouine', 'commune'],
    ]);
    const [panel] = data.panels;
    expect(panel?.months.map((m) => [m.period, m.total, m.parts])).toEqual([
      ['2024-01', { value: 14, suppressed: false }, [10, 4]],
      ['2024-02', { value: 8, suppressed: true }, [8, undefined]],
    ]);
    expect(panel?.months[1]?.cells[1]).toEqual({ value: undefined, suppressed: true, below: 3 });
    expect(data.yMax).toBe(14);
  });

  it('gives one panel per commune for small multiples, keyed by commune', () => {
    const data = footfallPanels(feed, {}, 'commune', true);
    expect(data.panels.map((p) => [p.key, p.total])).toEqual([
      ['agadir', { value: 18, suppressed: false }],
      ['taliouine', { value: 4, suppressed: true }],
    ]);
  });
});

describe('parity summary', () => {
  const row = (status: ParityResult['status']) => ({ status, threshold: 0.5 }) as ParityResult;
  it('meets only when every activity with a known share does; unknown ones are apart', () => {
    expect(paritySummary([row('meets'), row('below'), row('unknown')])).toEqual({
      meets: 1,
      known: 2,
      unknown: 1,
      threshold: 0.5,
      status: 'below',
    });
    expect(paritySummary([row('meets'), row('unknown')]).status).toBe('meets');
    expect(paritySummary([row('unknown')]).status).toBe('unknown');
  });
});
