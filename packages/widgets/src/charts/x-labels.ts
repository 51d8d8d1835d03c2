/** Room an x label needs ('sept.', 'يوليوز', '2023'). */
export const LABEL_ROOM = 36;

/** One x label: a short month (or a year alone), and the year under a month when it starts one. */
export interface XLabel {
  readonly index: number;
  readonly text: string;
  readonly year?: string;
}

/**
 * Which bars get an x label, for the room each bar has: every month when there is room,
 * else every 2nd, 3rd or 6th month (on calendar boundaries), else the years alone; quarters
 * are labelled by year. The first bar always says its year, unless the next label is too close.
 */
export function xLabels(periods: readonly string[], step: number, quarterly: boolean): XLabel[] {
  const year = (p: string) => p.slice(0, 4);
  if (quarterly || step * 6 < LABEL_ROOM) {
    // Every year, or every 2nd or 5th when a year is narrower than its label.
    const yearWidth = step * (quarterly ? 4 : 12);
    const every = [1, 2, 5].find((n) => n * yearWidth >= LABEL_ROOM) ?? 10;
    const starts = periods.flatMap((p, index) =>
      /-(01|Q1)$/.test(p) && Number(year(p)) % every === 0 ? [{ index, text: year(p) }] : [],
    );
    const next = starts[0]?.index ?? Infinity;
    const first = periods[0];
    return first !== undefined && next > 0 && next * step >= LABEL_ROOM
      ? [{ index: 0, text: year(first) }, ...starts]
      : starts;
  }
  const every = [1, 2, 3, 6].find((k) => k * step >= LABEL_ROOM) ?? 6;
  const labels: Array<{ index: number; period: string }> = [];
  periods.forEach((period, index) => {
    if ((Number(period.slice(5, 7)) - 1) % every === 0) labels.push({ index, period });
  });
  const first = periods[0];
  if (first !== undefined && (labels[0]?.index ?? Infinity) * step >= LABEL_ROOM) {
    labels.unshift({ index: 0, period: first });
  }
  return labels.map(({ index, period }, i) => ({
    index,
    text: period,
    ...(i === 0 || period.endsWith('-01') ? { year: year(period) } : {}),
  }));
}
