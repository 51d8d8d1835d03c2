import { css } from 'lit';

/** Marks of the bar charts (footfall, funnel): series colours, patterns, bands, grid. */
export const chartStyles = css`
  :host {
    --_summer: var(--prim-color-summer, var(--_track));
  }
  .series-0 {
    fill: var(--_series-0);
  }
  .series-1 {
    fill: var(--_series-1);
  }
  .series-2 {
    fill: var(--_series-2);
  }
  .series-3 {
    fill: var(--_series-3);
  }
  .series-4 {
    fill: var(--_series-4);
  }
  .series-5 {
    fill: var(--_series-5);
  }
  .pattern-ink {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .withheld-ink {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1;
  }
  .segment {
    stroke: var(--_bg);
    stroke-width: 0.5;
  }
  rect.withheld {
    stroke: var(--_text);
    stroke-width: 1;
    stroke-dasharray: 2 1;
  }
  .summer {
    fill: var(--_summer);
  }
  .swatch {
    stroke: var(--_text);
    stroke-width: 0.5;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .axis {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .panel-title {
    font-weight: 600;
  }
`;
