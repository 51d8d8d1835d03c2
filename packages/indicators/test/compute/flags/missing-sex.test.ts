import { describe, expect, it } from 'vitest';
import { missingSex } from '../../../src/compute/flags/missing-sex.js';
import { indicator, makeFeed, obs } from '../../fixtures/make-feed.js';

describe('missing-sex', () => {
  it('flags an activity whose participants are counted without a sex breakdown', () => {
    const feed = makeFeed({
      indicators: [
        indicator('participants', { parity: {} }),
        indicator('share', { kind: 'ratio', aggregation: 'ratio', parity: {} }),
      ],
      observations: [
        obs('participants', '2022-10', 90, { activity: 'or-trainings-2022-10' }),
        obs('share', '2022-10', 0.37, { activity: 'or-trainings-2022-10' }),
        obs('participants', '2022-11', 11, { activity: 'sm-training-2022-11', sex: 'female' }),
        obs('participants', '2022-11', 29, { activity: 'sm-training-2022-11', sex: 'male' }),
      ],
    });
    const flags = missingSex(feed);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      code: 'missing-sex',
      indicator: 'participants',
      activity: 'or-trainings-2022-10',
      period: '2022-10',
      region: 'oriental',
      sources: ['eval'],
      observations: [0],
    });
    expect(flags[0]?.message).toBe(
      'participants, activity or-trainings-2022-10, 2022-10: 90 participants without a breakdown by sex; the number of women is unknown, not zero (a source reports a share of women) (source: eval).',
    );
  });
});
