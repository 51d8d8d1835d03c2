import type { ComputeOptions, Feed, Lang } from '@prim/indicators';
import type { Direction, Formatter } from '@prim/indicators/present';
import type { SvgNode } from '../charts/marks/node.js';
import type { FeedReader } from '../data/feed-reader.js';
import type { Messages } from '../i18n/messages.js';
import type { TableData } from '../table/table-data.js';

/** A chart of a view: its marks (drawn in the body on a page) and its accessible label. */
export interface ViewChart {
  readonly node: SvgNode;
  readonly label: string;
}

/** Everything a widget needs to turn a feed into a view, resolved once per render. */
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
  /** The widget's content width in CSS pixels. */
  readonly width: number;
}

/**
 * What a widget shows, with no DOM and no Lit: its title, charts (mark trees), table,
 * sources and states. The element turns it into HTML (adding its body and the frame every
 * widget shares); the static SVG renderer (`@prim/widgets/ssr`) writes it as markup.
 */
export interface WidgetView {
  readonly title?: string;
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
  /** The charts the widget draws, in order, each with its text alternative. */
  readonly charts?: readonly ViewChart[];
  /** The body already is the table: do not repeat it in a <details>. */
  readonly tableInBody?: boolean;
}
