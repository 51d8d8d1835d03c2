import { html, nothing, type TemplateResult } from 'lit';

export interface CardSpec {
  /** Stable id (the indicator's), for tests and anchors. */
  readonly id: string;
  readonly title: string;
  readonly value: string;
  readonly lines?: readonly string[];
  /** A status word and its machine value, styled by the value. */
  readonly status?: { readonly key: string; readonly label: string };
  readonly href?: string;
  readonly extra?: TemplateResult | typeof nothing;
}

/** A headline figure: the number first, then what it means, then its caveats. */
export function card(spec: CardSpec): TemplateResult {
  return html`<article class="card" data-figure=${spec.id}>
    <h3>${spec.href ? html`<a href=${spec.href}>${spec.title}</a>` : spec.title}</h3>
    <p class="figure num">${spec.value}</p>
    ${
      spec.status
        ? html`<p class="status status-${spec.status.key}">${spec.status.label}</p>`
        : nothing
    }
    ${(spec.lines ?? []).map((line) => html`<p class="line">${line}</p>`)} ${spec.extra ?? nothing}
  </article>`;
}
