/** One bar chart with Apache ECharts, importing only the bar series, grid and SVG renderer. */
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART, type DrawBars } from './bar-input.js';

use([BarChart, GridComponent, SVGRenderer]);

export const draw: DrawBars = (container, input) => {
  const chart = init(container, undefined, { renderer: 'svg', ...CHART });
  chart.setOption({
    animation: false,
    xAxis: { type: 'category', data: input.bars.map((b) => b.month) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: input.bars.map((b) => b.value) }],
  });
};
