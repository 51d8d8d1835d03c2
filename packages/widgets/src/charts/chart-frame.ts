import { html, nothing, type TemplateResult } from 'lit';
import type { ChartContext } from './chart-context.js';

/** What tells one chart's frame from another's. */
export interface Frame {
  /** The chart's class: 'bullet-chart', 'month-bars'… */
  readonly kind: string;
  /** The text alternative: a summary of what the chart shows. */
  readonly label: string;
  readonly height: number;
  /** 'month' or 'quarter', for charts whose bars can be either. */
  readonly unit?: string;
}

/**
 * The `<svg part="chart">` every chart is drawn in: one `role="img"` named by its label, the
 * marks in an `aria-hidden` group (a screen reader would otherwise read the name, then every
 * label and tooltip inside again). The SSR renderer finds charts by this markup.
 */
export function chartFrame(
  frame: Frame,
  ctx: Pick<ChartContext, 'width' | 'dir'>,
  marks: unknown,
): TemplateResult {
  const { width, dir } = ctx;
  return html`<svg
    part="chart"
    class=${frame.kind}
    data-unit=${frame.unit ?? nothing}
    role="img"
    aria-label=${frame.label}
    width=${width}
    height=${frame.height}
    viewBox=${`0 0 ${width} ${frame.height}`}
    direction=${dir}
  >
    <g aria-hidden="true">${marks}</g>
  </svg>`;
}
