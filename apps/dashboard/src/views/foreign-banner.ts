import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/messages.js';

/**
 * The banner of a feed from another site, on every page of the dashboard and at the top
 * of the printable report. It cannot be dismissed: a shared link must not pass someone
 * else's figures off as PRIM's.
 */
export function foreignBanner(
  m: Messages,
  host: string | undefined,
): TemplateResult | typeof nothing {
  if (host === undefined) return nothing;
  return html`<p class="foreign-banner" role="alert" data-foreign-host=${host}>
    ${m.foreignFeed.before} <bdi dir="ltr" class="foreign-host">${host}</bdi>
    ${m.foreignFeed.after}
  </p>`;
}
