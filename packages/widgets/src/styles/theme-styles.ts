import { css } from 'lit';

/** The dark palette: for `theme="dark"`, and for `theme="auto"` on a dark system. */
const darkTokens = css`
  --_bg: var(--prim-color-background, #16181d);
  --_text: var(--prim-color-text, #f1f1f1);
  --_muted: var(--prim-color-muted, #b9b9b9);
  --_border: var(--prim-color-border, #4a4d55);
  --_track: var(--prim-color-track, #34373f);
  --_accent: var(--prim-color-accent, #7fb0ec);
  --_notice-bg: var(--prim-color-notice-background, #3b3114);
  --_notice-text: var(--prim-color-notice-text, #ffe6a3);
  --_error-bg: var(--prim-color-error-background, #47201d);
  --_error-text: var(--prim-color-error-text, #ffd1cc);
  --_focus: var(--prim-color-focus, #7fb0ec);
  --_series-0: var(--prim-color-series-1, #7fb0ec);
  --_series-1: var(--prim-color-series-2, #f0b35a);
  --_series-2: var(--prim-color-series-3, #6fd39a);
  --_series-3: var(--prim-color-series-4, #c9a0f0);
  --_series-4: var(--prim-color-series-5, #ff8aa5);
  --_series-5: var(--prim-color-series-6, #a8a8a8);
`;

/**
 * Theme tokens (those of the gauges' and the parity chart's marks are in mark-styles.ts). Each public `--prim-*` custom property (inherited from the page, so an
 * editor can set it on any ancestor) feeds a private `--_*` one used by the widget; dark and
 * auto themes only change the defaults.
 */
export const themeStyles = css`
  :host {
    --_font: var(
      --prim-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Arabic',
      Tahoma,
      sans-serif
    );
    --_size: var(--prim-font-size, 16px);
    --_radius: var(--prim-radius, 6px);
    --_bg: var(--prim-color-background, #ffffff);
    --_text: var(--prim-color-text, #1b1b1b);
    --_muted: var(--prim-color-muted, #595959);
    --_border: var(--prim-color-border, #c9c9c9);
    --_track: var(--prim-color-track, #e6e6e6);
    --_accent: var(--prim-color-accent, #1f5fa8);
    --_notice-bg: var(--prim-color-notice-background, #fff4d6);
    --_notice-text: var(--prim-color-notice-text, #4a3500);
    --_error-bg: var(--prim-color-error-background, #fde8e6);
    --_error-text: var(--prim-color-error-text, #7a1710);
    --_focus: var(--prim-color-focus, #1f5fa8);
    --_series-0: var(--prim-color-series-1, #1f5fa8);
    --_series-1: var(--prim-color-series-2, #a34f00);
    --_series-2: var(--prim-color-series-3, #17693a);
    --_series-3: var(--prim-color-series-4, #7b3fa0);
    --_series-4: var(--prim-color-series-5, #a3123a);
    --_series-5: var(--prim-color-series-6, #6b6b6b);
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
`;
