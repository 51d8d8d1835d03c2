/**
 * Static SVG of a widget, for reports, e-mails and print (Node only: `@prim/widgets/ssr`,
 * never in the embed bundle). The element classes compute the view and its charts exactly as
 * on a page; the charts are mark trees (charts/marks/), which the browser draws as DOM and
 * this module writes as markup (`toXml`), framed in a standalone SVG with a title, a
 * description, inline fonts and colours, and RTL for Arabic.
 */
import { localize, progress, type Feed, type Lang } from '@prim/indicators';
import type { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';
import { modelReader } from '../data/model-reader.js';
import { startX } from '../charts/chart-context.js';
import { statusShape } from '../charts/status-icon.js';
import { PrimFootfall } from '../elements/prim-footfall.js';
import { PrimFunnel } from '../elements/prim-funnel.js';
import { PrimIndicator } from '../elements/prim-indicator.js';
import { PrimParity } from '../elements/prim-parity.js';
import { PrimProgress } from '../elements/prim-progress.js';
import { indicatorCard, sourceTitles } from '@prim/indicators/present';

import type { SvgNode } from '../charts/marks/node.js';
import { escapeXml } from './escape-xml.js';
import { paletteOf, svgStyle, type Theme } from './svg-theme.js';
import { toXml } from './to-xml.js';
import { balanceIsolates, wrapText } from './wrap-text.js';

export const WIDGETS = ['indicator', 'progress', 'parity', 'footfall', 'funnel'] as const;
export type WidgetName = (typeof WIDGETS)[number];

export interface RenderSvgOptions {
  /** The indicator of the `indicator` widget; space-separated ids for `progress`. */
  readonly indicator?: string;
  readonly lang?: Lang;
  /** Compute as of this calendar date (YYYY-MM-DD) instead of the feed's asOf. */
  readonly asOf?: string;
  /** Width in CSS pixels (default 480, at least 280). */
  readonly width?: number;
  /** Height of the SVG box; the drawing scales to fit. Default: the content's height. */
  readonly height?: number;
  readonly theme?: Theme;
  readonly region?: string;
  readonly commune?: string;
  /** Intl locale for numbers and dates (default fr-MA, ar-MA or en). */
  readonly locale?: string;
  /** Footfall: stack months by 'commune', 'profile' (default), 'sex' or 'none'. */
  readonly by?: PrimFootfall['by'];
}

/** A widget that has no static rendering (yet), or options that cannot be honoured. */
export class RenderSvgError extends Error {
  override name = 'RenderSvgError';
}

const PAD = 16;
const GAP = 10;

function elementFor(widget: WidgetName, options: RenderSvgOptions): PrimElement {
  switch (widget) {
    case 'indicator': {
      if (!options.indicator)
        throw new RenderSvgError('the indicator widget needs an indicator id');
      const el = new PrimIndicator();
      el.indicator = options.indicator;
      return el;
    }
    case 'progress': {
      const el = new PrimProgress();
      if (options.indicator) el.indicators = options.indicator;
      return el;
    }
    case 'parity':
      return new PrimParity();
    case 'footfall': {
      const el = new PrimFootfall();
      if (options.by) el.by = options.by;
      return el;
    }
    case 'funnel':
      return new PrimFunnel();
    default:
      throw new RenderSvgError(`no static rendering of the ${widget} widget yet`);
  }
}

/** A piece of the drawing, stacked top to bottom. */
interface Block {
  readonly height: number;
  /** Markup placed with its top at y. */
  readonly markup: (y: number) => string;
}

function textBlock(lines: readonly string[], cls: string, size: number, x: number): Block {
  const lh = Math.round(size * 1.35);
  return {
    height: lines.length * lh,
    markup: (y) =>
      lines
        .map(
          (l, i) =>
            `<text class="${cls}" x="${x}" y="${y + (i + 1) * lh - Math.round(lh * 0.28)}">${escapeXml(l)}</text>`,
        )
        .join('\n'),
  };
}

/** The big value, unit and status line of the indicator card (its HTML part on a page). */
function indicatorHead(ctx: WidgetContext, id: string, x: number): Block[] {
  const { feed, options, lang, msgs, fmt, dir } = ctx;
  const ind = feed.indicators.find((i) => i.id === id);
  if (!ind) return [];
  const p = progress(feed, id, options);
  const unit = ind.kind === 'count' ? localize(ind.unit, lang) : '';
  const said = indicatorCard(p, fmt, ind);
  const value = said.value;
  const status = [
    fmt.label(said.status),
    ...(said.completion === undefined ? [] : [`${msgs.completion} ${said.completion}`]),
  ].join(' · ');
  const sign = dir === 'rtl' ? -1 : 1;
  const icon = toXml(statusShape(p.status, x + sign * 6, 0));
  return [
    {
      height: 40,
      markup: (y) =>
        `<text x="${x}" y="${y + 32}"><tspan class="value">${escapeXml(value)}</tspan>${
          unit ? ` <tspan class="unit">${escapeXml(unit)}</tspan>` : ''
        }</text>`,
    },
    {
      height: 22,
      markup: (y) =>
        `<g transform="translate(0,${y + 10})">${icon}</g>` +
        `<text x="${x + sign * 18}" y="${y + 15}">${escapeXml(status)}</text>`,
    },
    // The periods the value covers, as the card on a page says them.
    ...(said.span ? [textBlock([msgs.period(said.span)], 'muted', 12, x)] : []),
  ];
}

/** A chart, as tall as its frame says. */
function chartBlock(chart: SvgNode): Block {
  const markup = toXml(chart);
  return {
    height: Number(chart.attrs.height ?? 0),
    markup: (y) => `<g transform="translate(${PAD},${y})">${markup}</g>`,
  };
}

/**
 * Renders a widget as a standalone SVG document (a string), for the same feed, language,
 * filters and date as the element would show.
 */
export function renderWidgetSvg(
  widget: WidgetName,
  feed: Feed,
  options: RenderSvgOptions = {},
): string {
  const lang = options.lang ?? 'fr';
  const width = Math.max(280, Math.round(options.width ?? 480));
  const theme = options.theme ?? 'light';
  const element = elementFor(widget, options);
  if (options.asOf) element.asOf = options.asOf;
  if (options.region) element.region = options.region;
  if (options.commune) element.commune = options.commune;
  if (options.locale) element.locale = options.locale;

  const inner = width - 2 * PAD;
  const { ctx, view } = element.viewFor(feed, lang, inner, modelReader(feed));
  const { msgs, fmt, dir } = ctx;
  const x = startX(width, dir, PAD);
  const charts = view.empty ? [] : (view.charts ?? []);
  const asOf = msgs.asOf(fmt.date(ctx.options.asOf ?? feed.asOf));
  const sources = sourcesLine(view, ctx);

  const blocks: Block[] = [
    textBlock(wrapText(view.title ?? '', inner, 17), 'title', 17, x),
    ...(widget === 'indicator' && !view.empty
      ? indicatorHead(ctx, options.indicator ?? '', x)
      : []),
    ...(view.empty ? [textBlock([msgs.empty], '', 13, x)] : []),
    ...charts.map((c) => chartBlock(c.node)),
    ...(view.synthetic && !view.empty
      ? [textBlock(wrapText(msgs.synthetic, inner, 12), 'notice', 12, x)]
      : []),
    textBlock(
      [asOf, ...(sources ? balanceIsolates(wrapText(sources, inner, 12)) : [])],
      'muted',
      12,
      x,
    ),
  ];

  let y = PAD;
  const body: string[] = [];
  for (const block of blocks) {
    body.push(block.markup(y));
    y += block.height + GAP;
  }
  const height = Math.round(y - GAP + PAD);
  const desc = [
    ...charts.map((c) => c.label),
    ...(view.empty ? [msgs.empty] : []),
    ...(view.synthetic ? [msgs.synthetic] : []),
    asOf,
  ].join(' ');

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${options.height ?? height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="prim-title prim-desc" lang="${lang}" xml:lang="${lang}" direction="${dir}">
<title id="prim-title">${escapeXml(view.title ?? '')}</title>
<desc id="prim-desc">${escapeXml(desc)}</desc>
<style>
${svgStyle(paletteOf(theme))}
</style>
<rect class="frame" x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="6"/>
${body.join('\n')}
</svg>
`;
}

/**
 * 'Sources : A; B (anglais)': the titles of the view's sources in the reader's language when
 * the feed has them, else marked with their language; isolated (FSI … PDI) in a
 * right-to-left document, so a Latin title keeps its own order and does not pull the
 * punctuation around it ('…؛ (gender approach in migration)').
 */
function sourcesLine(view: View, ctx: WidgetContext): string {
  const titles = sourceTitles(ctx.feed, view.sources ?? [], ctx.fmt);
  return titles ? `${ctx.msgs.sources} ${titles}` : '';
}
