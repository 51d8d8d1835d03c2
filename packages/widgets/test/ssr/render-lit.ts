import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

/**
 * An HTML template rendered to markup in Node, Lit's hydration comments left in (strip tags
 * to read its text): for tests of Lit views outside a browser, such as the dashboard's cards.
 */
export const renderLit = (template: TemplateResult): string => collectResultSync(render(template));
