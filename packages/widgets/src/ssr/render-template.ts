import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { inlineTitleBindings } from './inline-title-bindings.js';

/**
 * Lit's SSR markers: `<!--lit-part HASH-->`, `<!--/lit-part-->`, `<!--lit-node N-->` (for
 * hydration, meaningless in a file) and `<?>` (an empty value; not even well-formed XML).
 */
const MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g;

/** A chart template rendered to plain markup with @lit-labs/ssr, markers stripped. */
export function renderTemplate(template: TemplateResult): string {
  return collectResultSync(render(inlineTitleBindings(template)))
    .replace(MARKERS, '')
    .replace(/\n\s*\n/g, '\n');
}
