import type { ComputeOptions, Feed, Lang } from '@prim/indicators';
import type { TemplateResult } from 'lit';
import type { SvgNode } from '../charts/marks/node.js';
import type { Formatter, Direction } from '@prim/indicators/present';
import type { FeedReader } from '../data/feed-reader.js';
import type { Messages } from '../i18n/messages.js';
import type { TableData } from '../table/table-data.js';

/** A chart of a view: its marks (also drawn in the body) and its accessible label. */
export interface ViewChart {
  readonly node: SvgNode;
  readonly label: string;
}

/** Everything an element needs to turn a feed into a view, resolved once per render. */
export interface WidgetContext {
  /** The feed; drawn from published views, its head only (no observations). */
  readonly feed: Feed;
  /** The model's answers: ask these, never the model with `feed`. */
  readonly read: FeedReader;
  readonly options: ComputeOptions;
  readonly lang: Lang;
  readonly dir: Direction;
  readonly msgs: Messages;
  readonly fmt: Formatter;
  /** The element's own content width in CSS pixels. */
  readonly width: number;
}

/**
 * What an element shows; the base class adds the frame around it (title, notices, data
 * table, as-of and source lines), so that every widget states the same things the same way.
 */
export interface View {
  readonly title?: string;
  readonly body: TemplateResult;
  /** Nothing to show for these filters: the body is replaced by the empty state. */
  readonly empty?: boolean;
  /** True when any shown number is synthetic: a notice says so. */
  readonly synthetic?: boolean;
  /** Ids of the feed sources behind the shown numbers. */
  readonly sources?: readonly string[];
  /** Indicators shown, for the stale-data notice. */
  readonly indicators?: readonly string[];
  /** The data behind the view (text alternative, `prim-table for`, CSV). */
  readonly table?: TableData;
  /** The body draws a chart (`svg[part~="chart"]`): offer it as SVG and PNG downloads. */
  readonly hasChart?: boolean;
  /**
   * The charts the body draws, in order, each with its text alternative: what the static
   * SVG renderer serializes (the same mark trees, never the rendered DOM).
   */
  readonly charts?: readonly ViewChart[];
  /** The body already is the table: do not repeat it in a <details>. */
  readonly tableInBody?: boolean;
}
