import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';
import { cssProps } from './css-props.js';

export interface BarRow {
  readonly label: string;
  readonly value: number | undefined;
  /** What to print instead of the plain number (e.g. with its share). */
  readonly display?: string;
  readonly href?: string;
}

/**
 * A table whose value cells carry a bar: readable as a table (screen readers, print) and as
 * a chart at a glance. Bars are sized through the CSSOM (cssProps), which a strict CSP
 * allows, unlike a style attribute.
 */
export function barTable(
  ctx: ViewContext,
  caption: string,
  head: readonly [string, string],
  rows: readonly BarRow[],
  className = '',
): TemplateResult {
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return html`<figure class="bar-table ${className}">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${head[0]}</th>
          <th scope="col">${head[1]}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.href ? html`<a href=${r.href}>${r.label}</a>` : r.label}</th>
              <td>
                <span class="bar-cell">
                  <span class="num">${r.display ?? ctx.f.num(r.value)}</span>
                  ${
                    r.value !== undefined && max > 0
                      ? html`<span
                          class="bar"
                          aria-hidden="true"
                          ${cssProps({ '--share': `${(100 * r.value) / max}%` })}
                        ></span>`
                      : nothing
                  }
                </span>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}
