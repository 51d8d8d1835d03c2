/**
 * What every bar-chart entry receives, already in memory: the PRIM feed (what a prim-*
 * element reads) and the monthly BAOM footfall totals computed from it (what a general
 * charting library needs, since it knows nothing of feeds).
 */
export interface BarInput {
  readonly feed: unknown;
  readonly bars: ReadonlyArray<{ readonly month: string; readonly value: number }>;
}

/** Draws one bar chart into `container`; resolves once the chart is drawn. */
export type DrawBars = (container: HTMLElement, input: BarInput) => Promise<void> | void;

/** The size every library draws at, so that no chart does less work for being smaller. */
export const CHART = { width: 480, height: 240 } as const;
