/** One bar chart with Chart.js, registering only what a bar chart needs (tree-shaken). */
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { CHART, type DrawBars } from './bar-input.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export const draw: DrawBars = (container, input) => {
  const canvas = document.createElement('canvas');
  canvas.width = CHART.width;
  canvas.height = CHART.height;
  container.append(canvas);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: input.bars.map((b) => b.month),
      datasets: [{ label: 'People received', data: input.bars.map((b) => b.value) }],
    },
    // No animation: the chart is drawn synchronously, as the other libraries draw it.
    options: { animation: false, responsive: false },
  });
};
