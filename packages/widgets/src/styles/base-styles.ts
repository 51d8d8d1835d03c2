import { css } from 'lit';

/**
 * Layout shared by every widget. `all: initial` on the host shuts out hostile page CSS
 * (inherited fonts, line heights, text-align); sizes are explicit, never inherited.
 */
export const baseStyles = css`
  /*
   * A host page's rules on the element itself beat :host, and a page-wide
   * '* { all: unset }' would let body text styles (uppercase, letter-spacing, justified,
   * !important colours) flow in. The inherited text properties are therefore !important
   * here, which outranks any non-shadow declaration; layout (display, margins) stays the
   * host page's to set. Fonts and colours remain themable through --prim-* properties.
   */
  :host {
    all: initial;
    display: block;
    contain: layout;
    min-width: 0;
    font-family: var(--_font) !important;
    font-size: var(--_size) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    line-height: 1.4 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    color: var(--_text) !important;
    visibility: visible !important;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .widget {
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  p {
    margin: 0.25em 0;
  }
  .muted,
  .lang-mark,
  .footer {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .footer {
    margin-top: 0.75em;
  }
  .notice {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_notice-bg);
    color: var(--_notice-text);
    font-size: 0.875em;
  }
  .error {
    background: var(--_error-bg);
    color: var(--_error-text);
  }
  .error ul,
  .notice ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  code {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .loading {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  details {
    margin-top: 0.75em;
  }
  summary {
    cursor: pointer;
    font-size: 0.875em;
  }
  svg {
    display: block;
    overflow: visible;
    max-width: 100%;
    font-family: var(--_font);
  }
  svg text {
    fill: var(--_text);
    font-size: 13px;
  }
  svg text.muted {
    fill: var(--_muted);
    font-size: 12px;
  }
  @media print {
    :host {
      --_bg: #fff;
      --_text: #000;
      --_muted: #333;
    }
    .widget {
      break-inside: avoid;
    }
  }
`;
