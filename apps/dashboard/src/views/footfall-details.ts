import type { FootfallSummary } from '@prim/indicators';
import { html, type TemplateResult } from 'lit';
import { barTable } from './bar-table.js';
import { communeName, profileName, type ViewContext } from './context.js';

/** Footfall by month, commune (drilling down), profile and sex; synthetic data says so. */
export function footfallDetails(
  ctx: ViewContext,
  s: FootfallSummary,
  options: { readonly communes: boolean },
): TemplateResult {
  const { m, f } = ctx;
  const communeHref = (id: string) => {
    const region = ctx.feed.dimensions.commune?.find((c) => c.id === id)?.region;
    return ctx.href({ page: 'region', commune: id, ...(region ? { region } : {}) });
  };
  return html`<section class="footfall" aria-label=${m.footfall}>
    ${
      s.synthetic
        ? html`<p class="synthetic-banner" role="note">
            <span class="badge badge-synthetic">${m.synthetic}</span> ${m.syntheticNote}
          </p>`
        : ''
    }
    <div class="grid">
      ${barTable(
        ctx,
        m.byMonth,
        [m.columns.period, m.peopleReceived],
        s.byMonth.map((p) => ({ label: f.period(p.period), value: p.value })),
        'months',
      )}
      <div>
        ${
          options.communes
            ? barTable(
                ctx,
                m.byCommune,
                [m.columns.commune, m.peopleReceived],
                s.byCommune.map((r) => ({
                  label: communeName(ctx, r.key),
                  value: r.value,
                  href: communeHref(r.key),
                })),
                'communes',
              )
            : ''
        }
        ${barTable(
          ctx,
          m.byProfile,
          [m.columns.profile, m.peopleReceived],
          s.byProfile.map((r) => ({
            label: profileName(ctx, r.key),
            value: r.value,
            display: `${f.num(r.value)} (${f.pct(r.share)})`,
          })),
        )}
        ${barTable(
          ctx,
          m.bySex,
          [m.columns.sex, m.peopleReceived],
          s.bySex.map((r) => ({
            label: r.key === 'female' || r.key === 'male' ? m.sexes[r.key] : r.key,
            value: r.value,
          })),
        )}
      </div>
    </div>
  </section>`;
}
