import { html, nothing, type TemplateResult } from 'lit';
import type { FeedOrigin, LoadedFeed, RejectedFeed } from '../feed/feed-source.js';
import type { Format } from '../format/format.js';
import type { Messages } from '../i18n/messages.js';
import type { ViewContext } from '../views/context.js';
import { onFileChosen, onUrlSubmitted } from './feed-inputs.js';

export interface FeedActions {
  loadFile(file: File): void;
  loadUrl(url: string | undefined): void;
  usePartial(): void;
  dismiss(): void;
}

export function originLabel(m: Messages, origin: FeedOrigin): string {
  if (origin.kind === 'builtin') return m.builtInFeed;
  if (origin.kind === 'file') return m.localFile(origin.name);
  return origin.url;
}

/** Load another feed: file input, drop zone (the whole page accepts drops too) or URL. */
export function feedPanel(
  ctx: ViewContext,
  loaded: LoadedFeed,
  actions: FeedActions,
): TemplateResult {
  const { m, f } = ctx;
  const onFile = onFileChosen((file) => actions.loadFile(file));
  const onUrl = onUrlSubmitted('feed-url', (url) => actions.loadUrl(url));
  return html`<details class="feed-panel">
    <summary>
      ${m.currentFeed(originLabel(m, loaded.origin), f.date(loaded.feed.asOf))}
      ${
        loaded.warnings.length > 0
          ? html`<span class="badge badge-warn"
              >${m.feedWarnings(f.fmt.count(loaded.warnings.length, f.words.warnings))}</span
            >`
          : nothing
      }
    </summary>
    <div class="feed-forms">
      <label class="drop-zone"
        >${m.chooseFile}
        <input type="file" name="feed-file" accept=".json,application/json" @change=${onFile} />
        <span>${m.dropHere}</span>
      </label>
      <form class="feed-url" @submit=${onUrl}>
        <label>${m.feedUrl} <input type="url" name="feed-url" inputmode="url" dir="ltr" /></label>
        <button type="submit">${m.load}</button>
      </form>
      ${
        loaded.origin.kind !== 'builtin'
          ? html`<button type="button" @click=${() => actions.loadUrl(undefined)}>
              ${m.resetFeed}
            </button>`
          : nothing
      }
    </div>
  </details>`;
}

/** The validation report of a rejected feed: every error with its JSON path. */
export function rejectionReport(
  m: Messages,
  f: Format,
  rejected: RejectedFeed,
  actions: FeedActions,
): TemplateResult {
  return html`<section class="feed-report" role="alert" aria-labelledby="feed-report-title">
    <h2 id="feed-report-title">
      ${m.feedRejected(
        originLabel(m, rejected.origin),
        f.fmt.count(rejected.errors.length, f.words.errors),
      )}
    </h2>
    <p>${m.feedKept}</p>
    <ul class="issues" dir="ltr" lang="en">
      ${rejected.errors.map(
        (issue) =>
          html`<li><code>${issue.path}</code> ${issue.message} <small>(${issue.code})</small></li>`,
      )}
    </ul>
    ${
      rejected.partial
        ? html`<button type="button" @click=${actions.usePartial}>${m.usePartial}</button>`
        : nothing
    }
    <button type="button" @click=${actions.dismiss}>${m.dismiss}</button>
  </section>`;
}
