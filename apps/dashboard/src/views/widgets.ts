import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ViewContext } from './context.js';

/**
 * The embeddable widgets, fed the dashboard's own parsed feed and view state: what an
 * evaluator sees here is what an embedder gets. Each tag is defined by src/embed/widgets.ts.
 */
const common = (ctx: ViewContext) => ({
  lang: ctx.state.lang,
  theme: ctx.state.theme,
  asOf: ctx.options.asOf,
  region: ctx.options.filter?.region,
  commune: ctx.options.filter?.commune,
});

export function progressWidget(ctx: ViewContext, indicators: string): TemplateResult {
  const c = common(ctx);
  return html`<prim-progress
    .feed=${ctx.feed}
    indicators=${indicators}
    lang=${c.lang}
    theme=${c.theme}
    as-of=${ifDefined(c.asOf)}
    region=${ifDefined(c.region)}
    commune=${ifDefined(c.commune)}
  ></prim-progress>`;
}

export function indicatorWidget(ctx: ViewContext, indicator: string): TemplateResult {
  const c = common(ctx);
  return html`<prim-indicator
    .feed=${ctx.feed}
    indicator=${indicator}
    lang=${c.lang}
    theme=${c.theme}
    as-of=${ifDefined(c.asOf)}
    region=${ifDefined(c.region)}
    commune=${ifDefined(c.commune)}
  ></prim-indicator>`;
}

export function parityWidget(ctx: ViewContext): TemplateResult {
  const c = common(ctx);
  return html`<prim-parity
    .feed=${ctx.feed}
    lang=${c.lang}
    theme=${c.theme}
    as-of=${ifDefined(c.asOf)}
    region=${ifDefined(c.region)}
    commune=${ifDefined(c.commune)}
  ></prim-parity>`;
}
