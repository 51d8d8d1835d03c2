import type { CSSResult, TemplateResult } from 'lit';
import { renderError, renderLoading } from '../base/render-error.js';
import type { Messages } from '../i18n/messages.js';

/**
 * The table code (markup, styles, the table of observations; the downloads on a click) in a
 * chunk of its own, shared by a chart's folded table, loaded when a reader first opens it,
 * and `<prim-table>`, which starts loading it beside its feed: a page of charts never
 * downloads it before drawing.
 */
const importTableCode = () => import('./render-table.js');
export type TableCode = Awaited<ReturnType<typeof importTableCode>>;

let code: TableCode | undefined;
/** Why the last load failed (tried again on the next `loadTableCode`). */
let failure: unknown;
let pending: Promise<void> | undefined;

/** The table code once it has arrived. */
export const tableCode = (): TableCode | undefined => code;

/**
 * Loads the table code, once (again after a failure); settles, never rejects, when it has
 * arrived or failed, so that the caller renders again either way.
 */
export function loadTableCode(): Promise<void> {
  if (code) return Promise.resolve();
  if (!pending) {
    failure = undefined;
    pending = importTableCode().then(
      (loaded) => {
        code = loaded;
      },
      (error: unknown) => {
        failure = error ?? 'import';
        pending = undefined;
      },
    );
  }
  return pending;
}

/**
 * Adds the table's styles to a shadow root, once. Every browser the embed supports has
 * constructable style sheets (Lit's own path); without them the table is unstyled, not broken.
 */
function adoptTableStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * What the table code draws, once it is here (its styles adopted by `root`); until then the
 * loading state, or the error state when it could not be loaded.
 */
export function withTableCode<T>(
  root: HTMLElement | DocumentFragment,
  msgs: Messages,
  draw: (code: TableCode) => T,
): T | TemplateResult {
  if (!code) return failure === undefined ? renderLoading(msgs) : renderError(failure, msgs);
  adoptTableStyles(root, code.tableStyles);
  return draw(code);
}
