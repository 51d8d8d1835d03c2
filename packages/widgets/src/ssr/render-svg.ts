/**
 * Static SVG of a widget, for reports, e-mails and print (Node only: `@prim/widgets/ssr`,
 * never in the embed bundle). The same pure view functions as the elements (views/) compute
 * the view and its charts, with no element, DOM or Lit; the charts are mark trees
 * (charts/marks/), which the browser draws as DOM and this module writes as markup
 * (`toXml`), framed in a standalone SVG with a title, a description, inline fonts and
 * colours, and RTL for Arabic.
 */
import type { Feed, FootfallBy, Lang } from '@prim/indicators';
import { sourceTitles } from '@prim/indicators/present';
import { startX } from '../charts/chart-context.js';
import type { SvgNode } from '../charts/marks/node.js';
import { statusShape } from '../charts/status-icon.js';
import { modelReader } from '../data/model-reader.js';
import { footfallWidgetView } from '../views/footfall-view.js';
import { funnelWidgetView } from '../views/funnel-view.js';
import { indicatorWidgetView, type IndicatorWidgetView } from '../views/indicator-view.js';
import { parityWidgetView } from '../views/parity-view.js';
import { progressWidgetView } from '../views/progress-view.js';
import { widgetContext } from '../views/widget-context.js';
import type { WidgetContext, WidgetView } from '../views/widget-view.js';
import { escapeXml } from './escape-xml.js';
import { paletteOf, svgStyle, type Theme } from './svg-theme.js';
import { toXml } from './to-xml.js';
import { balanceIsolates, wrapText } from './wrap-text.js';
import { indicatorMessages } from '../i18n/indicator-messages.js';

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
  readonly by?: FootfallBy;
}

/** A widget that has no static rendering (yet), or options that cannot be honoured. */
export class RenderSvgError extends Error {
  override name = 'RenderSvgError';
}

const PAD = 16;
const GAP = 10;

/** Footfall charts in one process get distinct pattern ids, as on a page. */
let footfalls = 0;

/**
 * The widget's pure view, as its element would compute it, and the blocks drawn above its
 * charts (the indicator card's value and status: its HTML part on a page).
 */
function viewOf(
  widget: WidgetName,
  ctx: WidgetContext,
  options: RenderSvgOptions,
  x: number,
): { view: WidgetView; head: Block[] } {
  switch (widget) {
    case 'indicator': {
      if (!options.indicator)
        throw new RenderSvgError('the indicator widget needs an indicator id');
      const view = indicatorWidgetView(ctx, options.indicator);
      return { view, head: view.empty ? [] : indicatorHead(ctx, view, x) };
    }
    case 'progress':
      return { view: progressWidgetView(ctx, { indicators: options.indicator }), head: [] };
    case 'parity':
      return { view: parityWidgetView(ctx), head: [] };
    case 'footfall': {
      const idPrefix = `prim-ff${++footfalls}`;
      return { view: footfallWidgetView(ctx, { by: options.by, idPrefix }), head: [] };
    }
    case 'funnel':
      return { view: funnelWidgetView(ctx), head: [] };
    default:
      throw new RenderSvgError(`no static rendering of the ${String(widget)} widget yet`);
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
function indicatorHead(ctx: WidgetContext, view: IndicatorWidgetView, x: number): Block[] {
  const { fmt, dir } = ctx;
  const msgs = indicatorMessages(ctx.lang);
  const { card, unit } = view;
  const status = [
    fmt.label(card.status),
    ...(card.completion === undefined ? [] : [`${msgs.completion} ${card.completion}`]),
  ].join(' · ');
  const sign = dir === 'rtl' ? -1 : 1;
  const icon = toXml(statusShape(view.progress.status, x + sign * 6, 0));
  return [
    {
      height: 40,
      markup: (y) =>
        `<text x="${x}" y="${y + 32}"><tspan class="value">${escapeXml(card.value)}</tspan>${
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
    ...(card.span ? [textBlock([msgs.period(card.span)], 'muted', 12, x)] : []),
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
  const inner = width - 2 * PAD;
  const ctx = widgetContext(feed, modelReader(feed), lang, inner, options);
  const { msgs, fmt, dir } = ctx;
  const x = startX(width, dir, PAD);
  const { view, head } = viewOf(widget, ctx, options, x);
  const charts = view.empty ? [] : (view.charts ?? []);
  const asOf = msgs.asOf(fmt.date(ctx.options.asOf ?? feed.asOf));
  const sources = sourcesLine(view, ctx);

  const blocks: Block[] = [
    textBlock(wrapText(view.title ?? '', inner, 17), 'title', 17, x),
    ...head,
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
function sourcesLine(view: WidgetView, ctx: WidgetContext): string {
  const titles = sourceTitles(ctx.feed, view.sources ?? [], ctx.fmt);
  return titles ? `${ctx.msgs.sources} ${titles}` : '';
}
