import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../views/context.js';

export interface EarlierActions {
  loadEarlierFile(file: File): void;
  loadEarlierUrl(url: string | undefined): void;
}

/**
 * "Compare with an earlier feed": a file or a URL (kept in the link, like the feed's).
 * The changes themselves show on the overview and in the printable report.
 */
export function earlierPanel(
  ctx: ViewContext,
  actions: EarlierActions,
  error: string | undefined,
): TemplateResult {
  const { m } = ctx;
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) actions.loadEarlierFile(file);
    input.value = '';
  };
  const onUrl = (e: SubmitEvent) => {
    e.preventDefault();
    const url = new FormData(e.target as HTMLFormElement).get('earlier-url');
    if (typeof url === 'string' && url.trim()) actions.loadEarlierUrl(url.trim());
  };
  return html`<details class="feed-panel earlier-panel" ?open=${ctx.earlier !== undefined}>
    <summary>${m.earlierPanel}</summary>
    <div class="feed-forms">
      <label class="drop-zone"
        >${m.earlierFile}
        <input type="file" name="earlier-file" accept=".json,application/json" @change=${onFile} />
      </label>
      <form class="feed-url" @submit=${onUrl}>
        <label
          >${m.earlierUrl} <input type="url" name="earlier-url" inputmode="url" dir="ltr"
        /></label>
        <button type="submit">${m.load}</button>
      </form>
      ${
        ctx.earlier
          ? html`<button type="button" @click=${() => actions.loadEarlierUrl(undefined)}>
              ${m.clearEarlier}
            </button>`
          : nothing
      }
    </div>
    ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
  </details>`;
}
