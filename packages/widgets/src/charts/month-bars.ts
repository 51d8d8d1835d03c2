import { monthTop, toQuarters, type MonthValue } from '@prim/indicators';
import { boundText, monthReading } from '@prim/indicators/present';
import { INSET, LINE, type ChartContext } from './chart-context.js';
import { axisX, axisY } from './marks/axis.js';
import { stack, stackY } from './marks/bars.js';
import { facet, facetColumns, facetWidth } from './marks/facet.js';
import { frame } from './marks/frame.js';
import { legend } from './marks/legend.js';
import { h, title, type SvgNode } from './marks/node.js';
import { fittedText } from './marks/text.js';
import { patternDefs, patternId, withheldId } from './patterns.js';
import { bandScale, linearScale } from './scales.js';
import { xLabels } from './x-labels.js';
import { footfallMessages } from '../i18n/footfall-messages.js';

export interface BarMonth {
  readonly period: string;
  readonly total: MonthValue;
  /** Stacked parts, one per legend series (by index); undefined or 0 draws nothing. */
  readonly parts: ReadonlyArray<number | undefined>;
}

export interface BarPanel {
  readonly title?: string;
  readonly months: readonly BarMonth[];
}

export interface BarSeries {
  readonly label: string;
  readonly style: number;
}

export interface MonthBarsOptions {
  /** The chart's accessible name (a summary of what it shows). */
  readonly label: string;
  /** Top of the y domain, shared by every panel. */
  readonly yMax: number;
  /** Prefix of the pattern ids, unique in the shadow root. */
  readonly idPrefix: string;
  readonly series: readonly BarSeries[];
}

/** Space for the y labels, on the start side. */
const GUTTER = 34;
/** Under the plot: one line of x labels (two when months carry their year below). */
const AXIS = 18;
const GAP = 16;
const PANEL_TITLE = 20;
/** Room above the plot, so the tallest bar does not touch the legend or the title. */
const HEADROOM = 8;
/** Small multiples get at least this width each: two columns from a 360 px phone. */
const MIN_PANEL = 136;
/** Below this many pixels per month, bars are summed by quarter (the table keeps months). */
const MIN_MONTH_STEP = 7;
/** The widest a month (or quarter) gets, so that two months do not fill a desktop. */
const MAX_STEP = 64;

const isSummer = (period: string) => /-0[78]$/.test(period);

/** Left and right ends of a panel's plot (the y labels sit in the gutter on the start side). */
function plotRange(width: number, dir: ChartContext['dir']): [number, number] {
  return dir === 'rtl' ? [width - GUTTER, INSET / 2] : [GUTTER, width - INSET / 2];
}

/** Geometry of one panel, in panel pixels: band per month (mirrored in Arabic) and y. */
export function panelGeometry(
  months: readonly string[],
  width: number,
  plotHeight: number,
  dir: ChartContext['dir'],
  yMax: number,
) {
  // A few months do not become slabs: each gets at most MAX_STEP, from the start side.
  const [start, end] = plotRange(width, dir);
  const span = Math.min(Math.abs(end - start), MAX_STEP * Math.max(1, months.length));
  const range: [number, number] = [start, start + (end > start ? span : -span)];
  const x = bandScale(months, range, 0.15);
  const y = linearScale([0, yMax], [plotHeight, 0], { nice: true });
  return { x, y, band: x.bandwidth, step: x.step };
}

/** Summer bands behind July and August (one band per summer), never past the plot's ends. */
function summerBands(
  periods: readonly string[],
  g: ReturnType<typeof panelGeometry>,
  left: number,
  right: number,
  plotHeight: number,
): SvgNode[] {
  const pad = (g.step - g.band) / 2;
  return periods
    .filter((p) => p.endsWith('-07'))
    .map((jul) => {
      const aug = periods[periods.indexOf(jul) + 1];
      const bands = [jul, ...(aug && isSummer(aug) ? [aug] : [])].map((p) => g.x(p) ?? 0);
      // Half the gap on each side, but never past the plot (under the y labels or the edge).
      const x0 = Math.max(left, Math.min(...bands) - pad);
      const x1 = Math.min(right, Math.max(...bands) + g.band + pad);
      return h('rect', {
        class: 'summer',
        'data-mark': 'summer',
        x: x0,
        y: 0,
        width: x1 - x0,
        height: plotHeight,
      });
    });
}

/**
 * One month's mark: its stacked parts (or its total when it has no parts), a hatched cap
 * when part of it was withheld (a lower bound), or a hatched bar up to the bound when all
 * of it was; nothing for an unknown month. Its reading is its tooltip.
 */
function monthMark(
  m: BarMonth,
  x: number,
  g: ReturnType<typeof panelGeometry>,
  plotHeight: number,
  options: MonthBarsOptions,
  ctx: ChartContext,
): SvgNode | undefined {
  const { fmt, msgs } = ctx;
  const known = m.total.value !== undefined || m.total.below !== undefined;
  const tip = title(
    `${fmt.period(m.period)} : ${known ? boundText(monthReading(m.total), fmt) : msgs.unknown}`,
  );
  const withheld = (mark: string, y: number, height: number) =>
    h('rect', {
      class: 'withheld',
      'data-mark': mark,
      x,
      y,
      width: g.band,
      height,
      fill: `url(#${withheldId(options.idPrefix)})`,
    });
  const month = { class: 'month', 'data-period': m.period };
  if (m.total.value === undefined) {
    if (m.total.below === undefined) return undefined;
    const height = plotHeight - g.y(m.total.below);
    return h('g', month, tip, withheld('withheld', plotHeight - height, height));
  }
  const parts = m.parts.some((v) => v !== undefined && v > 0) ? m.parts : [m.total.value];
  const segments = stack(parts);
  const top = segments.at(-1)?.to ?? 0;
  const fill = (s: number) => `url(#${patternId(options.idPrefix, options.series[s]?.style ?? 0)})`;
  return h(
    'g',
    month,
    tip,
    stackY(segments, g.y, x, g.band, fill),
    m.total.suppressed && withheld('lower-bound', g.y(top) - 5, 5),
  );
}

function panelMarks(
  panel: BarPanel,
  width: number,
  plotHeight: number,
  options: MonthBarsOptions & { quarterly: boolean },
  ctx: ChartContext,
): SvgNode[] {
  const { dir, fmt } = ctx;
  const top = (panel.title ? PANEL_TITLE : 0) + HEADROOM;
  const periods = panel.months.map((m) => m.period);
  const g = panelGeometry(periods, width, plotHeight, dir, options.yMax);
  const [r0, r1] = plotRange(width, dir);
  const left = Math.min(r0, r1);
  const right = Math.max(r0, r1);
  return [
    panel.title
      ? fittedText(
          { class: 'panel-title', x: dir === 'rtl' ? width : 0, y: 14 },
          panel.title,
          width - 8,
        )
      : undefined,
    h(
      'g',
      { transform: `translate(0, ${top})` },
      summerBands(periods, g, left, right, plotHeight),
      axisY(g.y, {
        count: plotHeight < 120 ? 2 : 4,
        x1: left,
        x2: right,
        // Physical anchors for numbers (written left to right in every language).
        labelX: dir === 'rtl' ? width - GUTTER + 4 : GUTTER - 4,
        anchor: dir === 'rtl' ? 'start' : 'end',
        format: (t) => fmt.number(t),
      }),
      panel.months.map((m) => monthMark(m, g.x(m.period) ?? 0, g, plotHeight, options, ctx)),
      axisX(g.x, periods, xLabels(periods, g.step, options.quarterly), {
        y: plotHeight,
        x1: left,
        x2: right,
        dir,
        month: (p) => fmt.month(p),
      }),
    ),
  ].filter((n): n is SvgNode => n !== undefined);
}

/**
 * Monthly bars, stacked by series, for one chart or for small multiples sharing one y
 * scale. July–August bands are shaded (and named in the legend); series differ by pattern
 * as well as colour; a month whose counts were all withheld is a hatched bar up to its
 * bound ('< k'), never a 0; a month with a withheld part has a hatched cap (a lower bound).
 * Time runs right to left in Arabic.
 */
export function monthBars(
  panels: readonly BarPanel[],
  ctx: ChartContext,
  options: MonthBarsOptions,
): SvgNode {
  const { width, dir, fmt } = ctx;
  const said = footfallMessages(fmt.lang);
  const multiple = panels.length > 1 || panels[0]?.title !== undefined;
  const columns = multiple ? facetColumns(width, panels.length, MIN_PANEL, GAP) : 1;
  const panelWidth = facetWidth(width, columns, GAP);
  // Too many months for the width: one bar per quarter, on a y scale of quarters.
  const [r0, r1] = plotRange(panelWidth, dir);
  const monthCount = Math.max(1, ...panels.map((p) => p.months.length));
  const quarterly = Math.abs(r1 - r0) / monthCount < MIN_MONTH_STEP;
  const shown = quarterly ? panels.map((p) => ({ ...p, months: toQuarters(p.months) })) : panels;
  const yMax = quarterly
    ? Math.max(1, ...shown.flatMap((p) => p.months.map((m) => monthTop(m.total))))
    : options.yMax;
  const periods = shown[0]?.months.map((m) => m.period) ?? [];
  const step = Math.abs(r1 - r0) / Math.max(1, periods.length);
  const twoLines = xLabels(periods, step, quarterly).some((l) => l.year !== undefined);
  const plotHeight = multiple ? 80 : 160;
  const panelHeight =
    (multiple ? PANEL_TITLE : 0) +
    HEADROOM +
    plotHeight +
    AXIS +
    (twoLines ? LINE - 2 : 0) +
    (multiple ? GAP : 0);
  const withheld = shown.some((p) => p.months.some((m) => m.total.below !== undefined));
  const summer = !quarterly && shown.some((p) => p.months.some((m) => isSummer(m.period)));
  const key = legend(
    [
      ...options.series.map((s) => ({
        label: s.label,
        swatch: 'swatch',
        fill: `url(#${patternId(options.idPrefix, s.style)})`,
      })),
      ...(summer ? [{ label: said.summerBand, swatch: 'summer swatch' }] : []),
      ...(withheld
        ? [
            {
              label: said.withheld,
              swatch: 'withheld swatch',
              fill: `url(#${withheldId(options.idPrefix)})`,
            },
          ]
        : []),
    ],
    width,
    dir,
  );
  const rows = Math.ceil(shown.length / columns);
  return frame(
    {
      kind: 'month-bars',
      label: options.label,
      height: key.height + rows * panelHeight,
      unit: quarterly ? 'quarter' : 'month',
    },
    ctx,
    patternDefs(options.idPrefix, options.series.length ? options.series.map((s) => s.style) : [0]),
    key.marks,
    facet(
      shown.length,
      width,
      { columns, gap: GAP, rowHeight: panelHeight, top: key.height, dir },
      (i, w) => {
        const panel = shown[i];
        return panel ? panelMarks(panel, w, plotHeight, { ...options, yMax, quarterly }, ctx) : [];
      },
    ),
  );
}
