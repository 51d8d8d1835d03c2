import { describe, expect, it } from 'vitest';
import { DEFAULT_AT_RISK, DEFAULT_ON_TRACK, statusOf } from '../../src/index.js';

const thresholds = { onTrack: DEFAULT_ON_TRACK, atRisk: DEFAULT_AT_RISK };
const at = (actual: number | undefined, expected = 50, target = 100) =>
  statusOf({ actual, expected, target, thresholds });

describe('statusOf', () => {
  it('uses the documented defaults: ±15% on track, 30% at risk', () => {
    expect(thresholds).toEqual({ onTrack: 0.15, atRisk: 0.3 });
  });

  it('grades the actual against the expected value', () => {
    expect(at(100)).toBe('achieved');
    expect(at(120)).toBe('achieved');
    expect(at(50)).toBe('on-track');
    expect(at(42.5)).toBe('on-track');
    expect(at(42)).toBe('at-risk');
    expect(at(35)).toBe('at-risk');
    expect(at(34)).toBe('off-track');
  });

  it('says no-data without an actual, and no-target for an actual with nothing to judge it by', () => {
    expect(at(undefined)).toBe('no-data');
    expect(statusOf({ actual: 3, target: undefined, expected: undefined, thresholds })).toBe(
      'no-target',
    );
  });

  it('mirrors the comparisons for an indicator meant to decrease', () => {
    const down = (actual: number) =>
      statusOf({ actual, expected: 50, target: 20, direction: 'decrease', thresholds });
    expect(down(20)).toBe('achieved');
    expect(down(57)).toBe('on-track');
    expect(down(65)).toBe('at-risk');
    expect(down(66)).toBe('off-track');
  });

  it('follows thresholds given as data', () => {
    expect(
      statusOf({
        actual: 42,
        expected: 50,
        target: 100,
        thresholds: { onTrack: 0.2, atRisk: 0.3 },
      }),
    ).toBe('on-track');
  });
});
