/** One bar chart with @prim/widgets: a <prim-footfall> of monthly totals from the feed. */
import '@prim/widgets/define/prim-footfall';
import type { PrimFootfall } from '@prim/widgets';
import type { DrawBars } from './bar-input.js';

export const draw: DrawBars = async (container, input) => {
  const el = document.createElement('prim-footfall') as PrimFootfall;
  el.by = 'none';
  el.feed = input.feed;
  container.append(el);
  // Drawn: the feed is read, the chart is in the shadow root and no render is pending
  // (the element renders again once it knows its width).
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('svg[part~="chart"]') && !el.isUpdatePending) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error('prim-footfall did not draw its chart');
};
