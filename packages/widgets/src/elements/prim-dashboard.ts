import { localize, paritySummary, type Feed, type Indicator } from '@prim/indicators';
import { css, html, nothing, type TemplateResult } from 'lit';
import { childSettings } from '../base/child-settings.js';
import { nameOf, paritySummaryView, statusWordsFor, valueText } from '@prim/indicators/present';
import { markStyles } from '../styles/mark-styles.js';
import { PrimElement } from '../base/prim-element.js';
import type { View, WidgetContext } from '../base/view.js';
import { cell } from '../table/table-data.js';

/** The headline cards, when the feed has the indicator. */
const CARDS = ['fund-completion', 'baom-coverage', 'baom-footfall'] as const;
const FUNNEL = ['fund-applications', 'fund-selected', 'fund-funded'] as const;

const hasIndicator = (feed: Feed, id: string) => feed.indicators.some((i) => i.id === id);

/**
 * A programme or region at a glance: headline cards (fund completion, BAOM coverage,
 * footfall, parity), progress against targets, parity, footfall and the fund's calls. It
 * loads the feed once and hands the same feed object to the elements inside it, with its
 * own language, theme, date and filters; each keeps its own states, notices and downloads.
 *
 * @summary A programme or region at a glance.
 * @csspart cards - The row of headline cards.
 * @csspart card - The parity headline card.
 * @csspart sections - The charts under the cards.
 */
export class PrimDashboard extends PrimElement {
  static override styles = [
    PrimElement.styles,
    markStyles,
    css`
      .cards,
      .sections {
        display: grid;
        gap: 0.75em;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
      }
      .sections {
        margin-top: 0.75em;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
      }
      .wide {
        grid-column: 1 / -1;
      }
      .card {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 1em;
      }
      .card-title {
        font-weight: 700;
      }
      .big {
        margin: 0.25em 0;
        font-size: 2em;
        font-weight: 700;
        line-height: 1.1;
        font-variant-numeric: tabular-nums;
      }
      @media (max-width: 400px) {
        .widget {
          padding: 0.5em;
        }
      }
    `,
  ];

  protected override renderView(ctx: WidgetContext): View {
    const { feed, options, lang, msgs, fmt } = ctx;
    const programme = localize(feed.programme.name, lang);
    const title = this.region
      ? `${programme} — ${nameOf(feed, 'region', this.region, lang)}`
      : programme;
    const level = (this.headingLevel ?? 3) + 1;
    // Every inner element reads the same feed object and the dashboard's settings.
    const common = {
      lang,
      theme: this.theme,
      'as-of': this.asOf,
      region: this.region,
      commune: this.commune,
      locale: this.locale,
      'heading-level': String(level),
    };
    const use = (attributes: Record<string, string> = {}) =>
      childSettings({ feed, attributes: { ...common, ...attributes } });
    const cards = CARDS.filter((id) => hasIndicator(feed, id));
    const results = ctx.read.parity(options);
    const summary = paritySummary(results);
    const { meets, known } = summary;
    const said = paritySummaryView(summary, fmt);
    const parityCard: TemplateResult | typeof nothing =
      results.length === 0
        ? nothing
        : html`<div class="card" part="card">
            <div class="card-title" role="heading" aria-level=${level}>${msgs.parityTitle}</div>
            <p class="big">${said.value}</p>
            <p>${said.headline}</p>
            ${said.unknown ? html`<p class="muted">${said.unknown}</p>` : nothing}
          </div>`;

    const body = html`<div class="cards" part="cards">
        ${cards.map((id) => html`<prim-indicator ${use({ indicator: id })}></prim-indicator>`)}
        ${parityCard}
      </div>
      <div class="sections" part="sections">
        <prim-progress ${use()}></prim-progress>
        ${results.length > 0 ? html`<prim-parity ${use()}></prim-parity>` : nothing}
        ${
          hasIndicator(feed, 'baom-footfall')
            ? html`<prim-footfall class="wide" ${use()}></prim-footfall>`
            : nothing
        }
        ${
          FUNNEL.some((id) => hasIndicator(feed, id))
            ? html`<prim-funnel class="wide" ${use()}></prim-funnel>`
            : nothing
        }
      </div>`;

    return {
      title,
      body,
      empty: cards.length === 0 && results.length === 0,
      // The headline numbers, as the cards show them.
      table: {
        caption: title,
        columns: [
          { key: 'indicator', label: msgs.column.indicator },
          { key: 'actual', label: msgs.column.actual, numeric: true },
          { key: 'target', label: msgs.column.target, numeric: true },
          { key: 'status', label: msgs.column.status },
        ],
        rows: [
          ...cards.map((id) => {
            const ind = feed.indicators.find((i) => i.id === id) as Indicator;
            const p = ctx.read.progress(id, options);
            return [
              cell(localize(ind.name, lang), id),
              cell(valueText({ ...p, value: p.actual }, fmt, ind), p.actual),
              cell(fmt.value(p.target, ind), p.target),
              cell(fmt.label(statusWordsFor(fmt.lang)[p.status]), p.status),
            ];
          }),
          ...(results.length > 0
            ? [
                [
                  cell(msgs.parityTitle, 'parity'),
                  cell(said.value, meets),
                  cell(fmt.number(known), known),
                  cell(said.headline),
                ],
              ]
            : []),
        ],
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-dashboard': PrimDashboard;
  }
}
