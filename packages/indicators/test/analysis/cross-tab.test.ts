import { describe, expect, it } from 'vitest';
import { crossTab } from '../../src/analysis/index.js';
import { indicator, makeFeed, obs } from '../fixtures/make-feed.js';

describe('crossTab', () => {
  const feed = makeFeed({
    indicators: [indicator('participants', { parity: {} })],
    observations: [
      obs('participants', '2022-11', 11, { activity: 'sm-training-2022-11', sex: 'female' }),
      obs('participants', '2022-11', 29, { activity: 'sm-training-2022-11', sex: 'male' }),
      obs('participants', '2022-10', 90, { activity: 'or-trainings-2022-10' }),
    ],
  });

  it('pivots an indicator by two dimensions with margins from the model', () => {
    const t = crossTab(feed, 'participants', 'activity', 'sex');
    expect(t.columns).toEqual(['female', 'male', 'total']);
    expect(t.rows).toEqual([
      { activity: 'sm-training-2022-11', female: 11, male: 29, total: 40 },
      // a total without a sex breakdown: the cells are unknown, not zero
      { activity: 'or-trainings-2022-10', female: undefined, male: undefined, total: 90 },
      { activity: 'total', female: 11, male: 29, total: 130 },
    ]);
  });

  it('uses a reported total as the margin instead of adding its parts twice', () => {
    const withTotal = makeFeed({
      ...feed,
      observations: [
        ...feed.observations,
        obs('participants', '2022-11', 40, { activity: 'sm-training-2022-11' }),
      ],
    });
    const t = crossTab(withTotal, 'participants', 'activity', 'sex');
    expect(t.rows[0]).toEqual({ activity: 'sm-training-2022-11', female: 11, male: 29, total: 40 });
  });
});
