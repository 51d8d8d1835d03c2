import { html, nothing, type TemplateResult } from 'lit';
import type { Conflict, Provenance } from '@prim/indicators';
import { sourceLink, type ViewContext } from './context.js';

/**
 * The caveats of a number, printed right beside it: synthetic data, suppressed parts,
 * approximate figures and disagreeing sources are never left for a footnote.
 */
export function caveats(
  ctx: ViewContext,
  p: Provenance & { readonly conflicts?: readonly Conflict[] },
): TemplateResult {
  const { m, f } = ctx;
  return html`<div class="caveats">
    ${
      p.synthetic
        ? html`<span class="badge badge-synthetic" title=${m.syntheticNote}>${m.synthetic}</span>`
        : nothing
    }
    ${p.suppressed ? html`<span class="badge badge-warn">${m.lowerBound}</span>` : nothing}
    ${
      p.qualifier
        ? html`<span class="badge"
            >${p.qualifier === 'approximate' ? m.approximate : m.atLeast}</span
          >`
        : nothing
    }
    ${
      p.conflicts && p.conflicts.length > 0
        ? html`<div class="conflicts" role="note">
            <strong>${m.conflicts}</strong>
            <ul>
              ${p.conflicts.map(
                (c) =>
                  html`<li>
                    ${f.period(c.period)}:
                    ${c.values.map(
                      (v, i) =>
                        html`${i > 0 ? ' · ' : ''}<span class="num">${f.num(v.value)}</span>
                          ${v.sources.map(
                            (id, j) => html`${j > 0 ? ', ' : ''}${sourceLink(ctx, id)}`,
                          )}`,
                    )}
                  </li>`,
              )}
            </ul>
          </div>`
        : nothing
    }
    ${sourceLinks(ctx, p.sources)}
  </div>`;
}

export function sourceLinks(
  ctx: ViewContext,
  sources: readonly string[],
): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<p class="sources-line">
    ${ctx.m.sourcesLabel}:
    ${sources.map((id, i) => html`${i > 0 ? ', ' : ''}${sourceLink(ctx, id)}`)}
  </p>`;
}
