import { svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { chartFrame } from './chart-frame.js';
import { monthTop, toQuarters, type MonthValue } from '@prim/indicators';
import { boundText, monthReading } from '@prim/indicators/present';
import { fitLabel, INSET, LINE, type ChartContext } from './chart-context.js';
import { legend } from './legend.js';
import { patternDefs, patternId, withheldId } from './patterns.js';
import { bandScale, linearScale } from './scales.js';
import { xLabels } from './x-labels.js';

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

/** Columns of small multiples for a width. */
export function panelColumns(width: number, panels: number): number {
  return Math.max(1, Math.min(panels, Math.floor((width + GAP) / (MIN_PANEL + GAP))));
}

function panelMarks(
  panel: BarPanel,
  width: number,
  plotHeight: number,
  options: MonthBarsOptions & { quarterly: boolean },
  ctx: ChartContext,
): SVGTemplateResult {
  const { dir, fmt, msgs } = ctx;
  const top = (panel.title ? PANEL_TITLE : 0) + HEADROOM;
  const periods = panel.months.map((m) => m.period);
  const g = panelGeometry(periods, width, plotHeight, dir, options.yMax);
  const labels = xLabels(periods, g.step, options.quarterly);
  const [r0, r1] = plotRange(width, dir);
  const left = Math.min(r0, r1);
  const right = Math.max(r0, r1);
  // Physical anchors for numbers (written left to right in every language).
  const yLabelX = dir === 'rtl' ? width - GUTTER + 4 : GUTTER - 4;
  const yLabelAnchor = dir === 'rtl' ? 'start' : 'end';
  const bandLeft = (p: string) => g.x(p) ?? 0;
  const summers = periods.filter((p) => p.endsWith('-07'));
  return svg`
    ${
      panel.title
        ? svg`<text class="panel-title" x=${dir === 'rtl' ? width : 0} y="14">${fitLabel(panel.title, width - 8)}<title>${panel.title}</title></text>`
        : svg``
    }
    <g transform=${`translate(0, ${top})`}>
      ${summers.map((jul) => {
        const aug = periods[periods.indexOf(jul) + 1];
        const bands = [jul, ...(aug && isSummer(aug) ? [aug] : [])].map(bandLeft);
        // Half the gap on each side, but never past the plot (under the y labels or the edge).
        const pad = (g.step - g.band) / 2;
        const x0 = Math.max(left, Math.min(...bands) - pad);
        const x1 = Math.min(right, Math.max(...bands) + g.band + pad);
        return svg`<rect class="summer" data-mark="summer" x=${x0} y="0"
          width=${x1 - x0} height=${plotHeight}></rect>`;
      })}
      ${g.y.ticks(plotHeight < 120 ? 2 : 4).map(
        (t) => svg`<line class="grid" x1=${left} x2=${right} y1=${g.y(t)} y2=${g.y(t)}></line>
          <text class="muted" direction="ltr" x=${yLabelX} y=${g.y(t) + 4} text-anchor=${yLabelAnchor}>${fmt.number(t)}</text>`,
      )}
      ${panel.months.map((m) => {
        const x = bandLeft(m.period);
        const title = `${fmt.period(m.period)} : ${
          m.total.value === undefined && m.total.below === undefined
            ? msgs.unknown
            : boundText(monthReading(m.total), fmt)
        }`;
        if (m.total.value === undefined) {
          if (m.total.below === undefined) return svg``;
          const h = plotHeight - g.y(m.total.below);
          return svg`<g class="month" data-period=${m.period}>
            <title>${title}</title>
            <rect class="withheld" data-mark="withheld" x=${x} y=${plotHeight - h} width=${g.band}
              height=${h} fill=${`url(#${withheldId(options.idPrefix)})`}></rect>
          </g>`;
        }
        const parts = m.parts.some((v) => v !== undefined && v > 0) ? m.parts : [m.total.value];
        let base = 0;
        const segments = parts.map((v, s) => {
          if (v === undefined || v <= 0) return svg``;
          const y0 = g.y(base);
          base += v;
          const y1 = g.y(base);
          const style = options.series[s]?.style ?? 0;
          return svg`<rect class="segment" data-series=${s} x=${x} y=${y1} width=${g.band}
            height=${Math.max(0, y0 - y1)} fill=${`url(#${patternId(options.idPrefix, style)})`}></rect>`;
        });
        return svg`<g class="month" data-period=${m.period}>
          <title>${title}</title>
          ${segments}
          ${
            m.total.suppressed
              ? svg`<rect class="withheld" data-mark="lower-bound" x=${x} y=${g.y(base) - 5}
                  width=${g.band} height="5" fill=${`url(#${withheldId(options.idPrefix)})`}></rect>`
              : svg``
          }
        </g>`;
      })}
      <line class="axis" x1=${left} x2=${right} y1=${plotHeight} y2=${plotHeight}></line>
      ${labels.map((label) => {
        const p = periods[label.index] ?? '';
        const x = bandLeft(p);
        // Years alone start at their bar; months are centred under theirs.
        const yearOnly = label.year === undefined && label.text.length === 4;
        const lx = yearOnly ? (dir === 'rtl' ? x + g.band : x) : x + g.band / 2;
        const anchor = yearOnly ? (dir === 'rtl' ? 'end' : 'start') : 'middle';
        const text = /^\d{4}$/.test(label.text) ? label.text : fmt.month(label.text);
        return svg`<text class="muted x-label" direction="ltr" y=${plotHeight + 14} x=${lx}
            text-anchor=${anchor}>${text}</text>${
              label.year === undefined
                ? svg``
                : svg`<text class="muted x-label" direction="ltr" y=${plotHeight + 14 + LINE - 2}
                    x=${lx} text-anchor=${anchor}>${label.year}</text>`
            }`;
      })}
    </g>`;
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
): TemplateResult {
  const { width, dir, msgs } = ctx;
  const multiple = panels.length > 1 || panels[0]?.title !== undefined;
  const columns = multiple ? panelColumns(width, panels.length) : 1;
  const panelWidth = (width - (columns - 1) * GAP) / columns;
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
  const box = (cls: string, fill: string) => (x: number, y: number) =>
    svg`<rect class=${cls} x=${x} y=${y} width="12" height="12" fill=${fill}></rect>`;
  const items = [
    ...options.series.map((s) => ({
      label: s.label,
      swatch: box('swatch', `url(#${patternId(options.idPrefix, s.style)})`),
    })),
    ...(summer ? [{ label: msgs.summerBand, swatch: box('summer swatch', '') }] : []),
    ...(withheld
      ? [
          {
            label: msgs.withheld,
            swatch: box('withheld swatch', `url(#${withheldId(options.idPrefix)})`),
          },
        ]
      : []),
  ];
  const key = legend(items, width, dir);
  const rows = Math.ceil(shown.length / columns);
  const height = key.height + rows * panelHeight;
  return chartFrame(
    {
      kind: 'month-bars',
      label: options.label,
      height: height,
      unit: quarterly ? 'quarter' : 'month',
    },
    ctx,
    svg`
      ${patternDefs(options.idPrefix, options.series.length ? options.series.map((s) => s.style) : [0])}
      ${key.marks}
      ${shown.map((panel, i) => {
        const col = i % columns;
        const x =
          dir === 'rtl' ? width - (col + 1) * panelWidth - col * GAP : col * (panelWidth + GAP);
        const y = key.height + Math.floor(i / columns) * panelHeight;
        return svg`<g class="panel" transform=${`translate(${x}, ${y})`}>
        ${panelMarks(panel, panelWidth, plotHeight, { ...options, yMax, quarterly }, ctx)}
      </g>`;
      })}
`,
  );
}
