import { DEFAULT_LOCALES, formatterFor } from '@prim/indicators/present';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

/** How many feed issues the error state lists before saying how many more there are. */
export const MAX_ISSUES_SHOWN = 5;

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
