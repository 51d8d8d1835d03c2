import { html, nothing, type TemplateResult } from 'lit';
import { LoadError } from '../data/load-error.js';
import { loadedModel } from '../data/load-model.js';
import type { Messages } from '../i18n/messages.js';

function causeOf(error: unknown, msgs: Messages): string {
  if (error instanceof LoadError) {
    switch (error.kind) {
      case 'no-source':
        return msgs.errorNoSource;
      case 'network':
        return msgs.errorNetwork(error.detail);
      case 'http':
        return msgs.errorHttp(error.detail);
      case 'feed':
        return msgs.errorFeed;
      case 'option':
        return msgs.errorOption(error.detail);
      case 'unknown-indicator':
        return msgs.unknownIndicator(error.detail);
    }
  }
  return `${msgs.errorRender} ${error instanceof Error ? error.message : String(error)}`;
}

/** The loading state: announced (role="status") and muted. */
export const renderLoading = (msgs: Messages): TemplateResult =>
  html`<p class="loading" role="status">${msgs.loading}</p>`;

/** The error state: announced (role="alert"), with the cause and, for a feed, its paths. */
export function renderError(error: unknown, msgs: Messages): TemplateResult {
  const issues = error instanceof LoadError ? error.issues : [];
  return html`<div class="notice error" role="alert" part="error">
    <p><strong>${msgs.errorTitle}</strong></p>
    <p>${causeOf(error, msgs)}</p>
    ${issues.length > 0 ? loadedModel()?.renderIssues(issues, msgs) : nothing}
  </div>`;
}
