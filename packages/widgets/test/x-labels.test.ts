import { describe, expect, it } from 'vitest';
import { xLabels } from '../src/charts/x-labels.js';

const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => {
    const m = from + i;
    return `${Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
  });

describe('x labels of monthly bars', () => {
  it('labels every month when there is room, with the year under the first and each January', () => {
    const labels = xLabels(months(2023 * 12 + 11, 2024 * 12 + 2), 40, false);
    expect(labels).toEqual([
      { index: 0, text: '2023-11', year: '2023' },
      { index: 1, text: '2023-12' },
      { index: 2, text: '2024-01', year: '2024' },
      { index: 3, text: '2024-02' },
    ]);
  });

  it('falls back to every 3rd month on calendar boundaries, then to years alone', () => {
    const periods = months(2023 * 12 + 1, 2024 * 12 + 12);
    expect(xLabels(periods, 12, false).map((l) => l.text)).toEqual(
      periods.filter((p) => /-(01|04|07|10)$/.test(p)),
    );
    expect(xLabels(periods, 4, false).map((l) => l.text)).toEqual(['2023', '2024']);
  });

  it('labels quarters by year', () => {
    expect(xLabels(['2023-Q1', '2023-Q2', '2024-Q1'], 20, true).map((l) => l.text)).toEqual([
      '2023',
      '2024',
    ]);
  });
});
