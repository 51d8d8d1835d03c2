import type { TemplateResult } from 'lit';
import type { WidgetView } from '../views/widget-view.js';

export type { ViewChart, WidgetContext } from '../views/widget-view.js';

/**
 * What an element shows: its pure view (views/) and the HTML body built from it; the base
 * class adds the frame around it (title, notices, data table, as-of and source lines), so
 * that every widget states the same things the same way.
 */
export interface View extends WidgetView {
  readonly body: TemplateResult;
}
