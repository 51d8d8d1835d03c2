import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../views/context.js';
import { onFileChosen, onUrlSubmitted } from './feed-inputs.js';

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
  const onFile = onFileChosen((file) => actions.loadEarlierFile(file));
  const onUrl = onUrlSubmitted('earlier-url', (url) => actions.loadEarlierUrl(url));
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
