import { parity } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';
import { parityCard } from './headlines.js';
import { parityTable } from './parity-table.js';
import { parityWidget } from './widgets.js';

/** Component 3: the 50% parity check, activity by activity. */
export function genderView(ctx: ViewContext): TemplateResult {
  return html`<h2>${ctx.m.components[3]}</h2>
    <div class="cards">${parityCard(ctx)}</div>
    <div class="widgets">${parityWidget(ctx)}</div>
    ${parityTable(ctx, parity(ctx.feed, ctx.options))}`;
}
