/** One bar chart with Observable Plot (an SVG element built synchronously). */
import { barY, plot } from '@observablehq/plot';
import { CHART, type DrawBars } from './bar-input.js';

export const draw: DrawBars = (container, input) => {
  container.append(
    plot({
      ...CHART,
      marks: [barY(input.bars, { x: 'month', y: 'value' })],
    }),
  );
};
