import { DEFAULT_LOCALES, formatterFor } from '@prim/indicators/present';
import { html, nothing, type TemplateResult } from 'lit';
import { LoadError } from '../data/load-error.js';
import type { Messages } from '../i18n/messages.js';

/** How many feed issues the error state lists before saying how many more there are. */
export const MAX_ISSUES_SHOWN = 5;

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

/** 'n erreurs' with the plural rules of the messages' language (no feed, no locale here). */
function counted(n: number, msgs: Messages): string {
  const fmt = formatterFor(msgs.lang, DEFAULT_LOCALES[msgs.lang]);
  return fmt.count(n, fmt.words.errors);
}

/** The list of feed issues with their JSON paths, first ones only. */
export function renderIssues(
  issues: ReadonlyArray<{ path: string; message: string }>,
  msgs: Messages,
): TemplateResult {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN);
  return html`<ul>
      ${shown.map((i) => html`<li><code dir="ltr">${i.path}</code> ${i.message}</li>`)}
    </ul>
    ${
      issues.length > shown.length
        ? html`<p>${msgs.moreIssues(counted(issues.length - shown.length, msgs))}</p>`
        : nothing
    }`;
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
    ${issues.length > 0 ? renderIssues(issues, msgs) : nothing}
  </div>`;
}
