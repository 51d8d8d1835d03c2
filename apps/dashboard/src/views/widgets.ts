import type { Feed } from '@prim/indicators';
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { ViewContext } from './context.js';

/**
 * The embeddable widgets, fed the dashboard's own parsed feed and view state: what an
 * evaluator sees here is what an embedder gets. Each tag is defined by src/embed/widgets.ts.
 */
interface Shared {
  readonly feed: Feed;
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

/** Hands the feed object and the view's lang, theme, as-of and place to a widget element. */
class SharedDirective extends Directive {
  render(_shared: Shared): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [shared]: [Shared]) {
    const element = part.element as HTMLElement & { feed?: unknown };
    if (element.feed !== shared.feed) element.feed = shared.feed;
    for (const [name, value] of Object.entries(shared.attributes)) {
      if (value === undefined) element.removeAttribute(name);
      else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    return noChange;
  }
}

const sharedDirective = directive(SharedDirective);

const shared = (ctx: ViewContext) =>
  sharedDirective({
    feed: ctx.feed,
    attributes: {
      lang: ctx.state.lang,
      theme: ctx.state.theme,
      'as-of': ctx.options.asOf,
      region: ctx.options.filter?.region,
      commune: ctx.options.filter?.commune,
    },
  });

export function progressWidget(ctx: ViewContext, indicators: string): TemplateResult {
  return html`<prim-progress ${shared(ctx)} indicators=${indicators}></prim-progress>`;
}

export function indicatorWidget(ctx: ViewContext, indicator: string): TemplateResult {
  return html`<prim-indicator ${shared(ctx)} indicator=${indicator}></prim-indicator>`;
}

export function parityWidget(ctx: ViewContext): TemplateResult {
  return html`<prim-parity ${shared(ctx)}></prim-parity>`;
}

/** BAOM footfall by month, stacked by `by`, or one small chart per commune. */
export function footfallWidget(
  ctx: ViewContext,
  by: 'profile' | 'sex' | 'commune' | 'none',
  layout: 'stacked' | 'small-multiples' = 'stacked',
): TemplateResult {
  return html`<prim-footfall ${shared(ctx)} by=${by} layout=${layout}></prim-footfall>`;
}

/** The calls for projects: applications → selected → funded, budgets per currency. */
export function funnelWidget(ctx: ViewContext): TemplateResult {
  return html`<prim-funnel ${shared(ctx)}></prim-funnel>`;
}
