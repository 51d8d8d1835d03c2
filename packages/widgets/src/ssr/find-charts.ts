import { isTemplate } from './template-result.js';
import type { TemplateResult } from 'lit';

export interface FoundChart {
  readonly template: TemplateResult;
  /** The chart's own `aria-label`: its text alternative. */
  readonly label: string;
}

/**
 * The charts in an element's view, in order: templates whose markup starts with an
 * `<svg part="chart">` or `<svg part="sparkline">` (small inline icons have no part).
 */
export function findCharts(value: unknown, found: FoundChart[] = []): FoundChart[] {
  if (Array.isArray(value)) {
    for (const v of value) findCharts(v, found);
  } else if (isTemplate(value)) {
    const head = value.strings[0]?.trimStart() ?? '';
    if (head.startsWith('<svg') && /part="(chart|sparkline)"/.test(value.strings.join(''))) {
      const at = value.strings.findIndex((s) => /aria-label=$/.test(s.trimEnd()));
      found.push({ template: value, label: at >= 0 ? String(value.values[at] ?? '') : '' });
    } else {
      for (const v of value.values) findCharts(v, found);
    }
  }
  return found;
}
