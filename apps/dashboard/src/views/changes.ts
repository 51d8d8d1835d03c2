import type { CalendarDate, FeedDiff, StatusChange } from '@prim/indicators';
import { html, nothing, type TemplateResult } from 'lit';
import { statusWordsFor } from '@prim/indicators/present';
import { indicatorName, type ViewContext } from './context.js';

/** An earlier feed the reader compares the current one with, and what changed since. */
export interface EarlierFeed {
  /** How to name it: its URL or file name. */
  readonly label: string;
  readonly asOf: CalendarDate;
  readonly diff: FeedDiff;
}

/** What changed for one indicator. */
export interface IndicatorChanges {
  readonly id: string;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  /** The periods of the observations added, removed or changed, in feed order. */
  readonly periods: readonly string[];
  readonly status?: StatusChange;
  /** Its definition (target, name…) changed. */
  readonly definition: boolean;
}

/** The changes of a diff per indicator, in the order of `ids`; unchanged ones left out. */
export function changesByIndicator(diff: FeedDiff, ids: readonly string[]): IndicatorChanges[] {
  return ids
    .map((id) => {
      const mine = (list: FeedDiff['added']) =>
        list.filter((c) => c.kind === 'observation' && c.indicator === id);
      const added = mine(diff.added);
      const removed = mine(diff.removed);
      const changed = mine(diff.changed);
      const periods = [...new Set([...added, ...removed, ...changed].map((c) => c.period ?? ''))];
      const status = diff.statusChanges.find((s) => s.indicator === id);
      const definition = [...diff.added, ...diff.changed].some(
        (c) => c.kind === 'indicator' && c.id === id,
      );
      return {
        id,
        added: added.length,
        removed: removed.length,
        changed: changed.length,
        periods,
        ...(status && { status }),
        definition,
      };
    })
    .filter((c) => c.added + c.removed + c.changed > 0 || c.status || c.definition);
}

/** At most this many periods per indicator; the rest is counted. */
const MAX_PERIODS = 6;

/** The overview's (and the report's) "what changed since": counts, then each indicator. */
export function changesView(ctx: ViewContext, earlier: EarlierFeed): TemplateResult {
  const { m, f } = ctx;
  const { diff } = earlier;
  const count = (list: FeedDiff['added']) => list.filter((c) => c.kind === 'observation').length;
  const rows = changesByIndicator(
    diff,
    ctx.feed.indicators.map((i) => i.id),
  );
  const c = m.changeColumns;
  return html`<section class="changes" aria-labelledby="changes-title" data-changes>
    <h2 id="changes-title">${m.changesTitle(earlier.label, f.date(earlier.asOf))}</h2>
    <p>
      ${m.changesCounts(count(diff.added), count(diff.removed), count(diff.changed), f.fmt.plural)}
    </p>
    ${
      rows.length === 0
        ? html`<p>${m.noChanges}</p>`
        : html`<table class="data changes-table">
            <caption>
              ${m.changesByIndicator}
            </caption>
            <thead>
              <tr>
                <th scope="col">${c.indicator}</th>
                <th scope="col">${c.status}</th>
                <th scope="col" class="num">${c.added}</th>
                <th scope="col" class="num">${c.removed}</th>
                <th scope="col" class="num">${c.changed}</th>
                <th scope="col">${c.periods}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (r) =>
                  html`<tr data-indicator=${r.id}>
                    <th scope="row">
                      ${indicatorName(ctx, r.id)}
                      ${r.definition ? html`<small>(${m.definitionChanged})</small>` : nothing}
                    </th>
                    <td>
                      ${
                        r.status
                          ? html`<span class="status status-${r.status.before}"
                                >${statusWordsFor(f.lang)[r.status.before]}</span
                              >
                              →
                              <span class="status status-${r.status.after}"
                                >${statusWordsFor(f.lang)[r.status.after]}</span
                              >`
                          : nothing
                      }
                    </td>
                    <td class="num">${f.num(r.added)}</td>
                    <td class="num">${f.num(r.removed)}</td>
                    <td class="num">${f.num(r.changed)}</td>
                    <td>
                      ${r.periods
                        .slice(0, MAX_PERIODS)
                        .map((p) => f.period(p))
                        .join(
                          ', ',
                        )}${r.periods.length > MAX_PERIODS ? ` … (+${r.periods.length - MAX_PERIODS})` : ''}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`;
}
