import { TABLE_PART } from '@prim/indicators';
import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LoadError } from '../data/load-error.js';
import { messages } from '../i18n/catalogue.js';
import { directionOf } from '@prim/indicators/present';
import { langOf } from '../i18n/lang.js';
import { findIndicator } from '../base/find-indicator.js';
import { PrimElement } from '../base/prim-element.js';
import { renderError, renderLoading } from '../base/render-error.js';
import type { View, WidgetContext } from '../base/view.js';
import type { Messages } from '../i18n/messages.js';
import { loadTableCode, tableCode, withTableCode, type TableCode } from '../table/table-code.js';

/**
 * The data behind a widget as an accessible table with a CSV download: either another
 * widget's data (`for` = that widget's id) or one indicator's observations (`indicator`).
 *
 * @summary The data behind a widget, as a table.
 */
export class PrimTable extends PrimElement {
  // The table's styles come with its code (table-code.ts), which starts loading on connection.
  static override properties: PropertyDeclarations = {
    for: { type: String },
    indicator: { type: String },
  };

  /** Id of another prim-* element on the page whose data to show. */
  declare for?: string;
  /** Id of an indicator whose observations to list (when `for` is not set). */
  declare indicator?: string;

  private linked?: Element;
  private readonly onLinkedData = () => this.requestUpdate();

  protected override get usesFeed(): boolean {
    return !this.for;
  }

  /** Its observations, at the feed's as-of date with no filter, are published. */
  protected override get drawsFromPublishedViews(): boolean {
    return true;
  }

  /** The views with the tables' observations (no footfall). */
  protected override get viewsPart(): string | undefined {
    return TABLE_PART;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The table code downloads beside the feed, not after it.
    if (!tableCode()) void loadTableCode().then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.link(undefined);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.link(this.for ? this.findLinked() : undefined);
  }

  private findLinked(): Element | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    return (this.for && root.getElementById?.(this.for)) || undefined;
  }

  /** Follows the linked widget's `prim-data` events, so the table updates with it. */
  private link(target: Element | undefined): void {
    if (target === this.linked) return;
    this.linked?.removeEventListener('prim-data', this.onLinkedData);
    this.linked = target;
    target?.addEventListener('prim-data', this.onLinkedData);
    // An element defined later becomes a widget then: render again once it is.
    if (target && !(target instanceof PrimElement) && target.localName.includes('-')) {
      void customElements.whenDefined(target.localName).then(this.onLinkedData);
    }
  }

  /** The table code, once here: it builds and draws the tables this element shows. */
  private code?: TableCode;

  protected override render(): TemplateResult {
    const lang = langOf(this);
    const msgs = messages(lang);
    // Until the table code is here (it loads beside the feed), the loading state.
    const linked = withTableCode(this.renderRoot, msgs, (code) => {
      this.code = code;
      return this.for ? this.renderLinked(code, msgs) : undefined;
    });
    if (linked === undefined) return super.render();
    return html`<div part="base" class="widget" lang=${lang} dir=${directionOf(lang)}>
      ${linked}
    </div>`;
  }

  /** The data behind the widget named by `for`. */
  private renderLinked(code: TableCode, msgs: Messages): TemplateResult {
    const target = this.linked;
    if (!(target instanceof PrimElement)) {
      return renderError(new LoadError('option', `for="${this.for}"`), msgs);
    }
    if (!target.dataTable) return renderLoading(msgs);
    return code.renderTable(target.dataTable, msgs, { download: true });
  }

  protected override renderView(ctx: WidgetContext): View {
    const { feed, read, options, fmt, msgs } = ctx;
    const { code } = this;
    // Never: render() draws the feed's table only once the code is here.
    if (!code) throw new Error('the table code is not loaded');
    const ind = findIndicator(ctx, this.indicator);
    const table = code.observationTableOf(feed, ind, read.observations(ind.id, options), fmt);
    return {
      body: code.renderTable(table, msgs, { download: true }),
      empty: table.rows.length === 0,
      synthetic: table.synthetic,
      sources: table.sources,
      indicators: [ind.id],
      table,
      tableInBody: true,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prim-table': PrimTable;
  }
}
