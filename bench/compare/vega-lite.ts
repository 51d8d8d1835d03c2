/** One bar chart with Vega-Lite, compiled and drawn by vega-embed (SVG renderer). */
import embed from 'vega-embed';
import { CHART, type DrawBars } from './bar-input.js';

export const draw: DrawBars = async (container, input) => {
  await embed(
    container,
    {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      ...CHART,
      data: { values: [...input.bars] },
      mark: 'bar',
      encoding: {
        x: { field: 'month', type: 'ordinal' },
        y: { field: 'value', type: 'quantitative' },
      },
    },
    { renderer: 'svg', actions: false },
  );
};
