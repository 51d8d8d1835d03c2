import type { TemplateResult } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';

/** A template from Lit's `html`/`svg` tags (not a precompiled one): its strings can be read. */
export function isTemplate(value: unknown): value is TemplateResult {
  return isTemplateResult(value) && 'strings' in value;
}
