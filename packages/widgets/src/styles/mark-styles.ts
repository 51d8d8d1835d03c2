import { css } from 'lit';

/** The marks' dark palette: for `theme="dark"`, and for `theme="auto"` on a dark system. */
const darkMarkTokens = css`
  --_target: var(--prim-color-target, #f1f1f1);
  --_expected: var(--prim-color-expected, #f0b35a);
  --_achieved: var(--prim-color-achieved, #6fd39a);
  --_on-track: var(--prim-color-on-track, #7fb0ec);
  --_at-risk: var(--prim-color-at-risk, #f0b35a);
  --_off-track: var(--prim-color-off-track, #ff8a80);
  --_meets: var(--prim-color-meets, #6fd39a);
  --_below: var(--prim-color-below, #ff8a80);
  --_unknown: var(--prim-color-unknown, #a8a8a8);
`;

/**
 * Marks of the gauges and the parity chart: progress bars and their tracks, targets, the
 * 'expected by now' marker, trend lines, status and parity colours, with their theme tokens
 * (defaults as in theme-styles.ts). Not in the base styles, so that an element drawing none
 * of them (the footfall chart) does not download them.
 */
export const markStyles = css`
  :host {
    --_target: var(--prim-color-target, #1b1b1b);
    --_expected: var(--prim-color-expected, #8a4b00);
    --_achieved: var(--prim-color-achieved, #17693a);
    --_on-track: var(--prim-color-on-track, #1f5fa8);
    --_at-risk: var(--prim-color-at-risk, #8a4b00);
    --_off-track: var(--prim-color-off-track, #b3261e);
    --_meets: var(--prim-color-meets, #17693a);
    --_below: var(--prim-color-below, #b3261e);
    --_unknown: var(--prim-color-unknown, #6b6b6b);
  }
  :host([theme='dark']) {
    ${darkMarkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkMarkTokens}
    }
  }
  .track {
    fill: var(--_track);
  }
  .bar {
    fill: var(--_accent);
  }
  .target {
    stroke: var(--_target);
    stroke-width: 2;
  }
  .expected {
    fill: var(--_expected);
    stroke: var(--_expected);
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .status-achieved {
    fill: var(--_achieved);
    color: var(--_achieved);
  }
  .status-on-track {
    fill: var(--_on-track);
    color: var(--_on-track);
  }
  .status-at-risk {
    fill: var(--_at-risk);
    color: var(--_at-risk);
  }
  .status-off-track {
    fill: var(--_off-track);
    color: var(--_off-track);
  }
  .status-no-target,
  .status-no-data,
  .parity-unknown {
    fill: none;
    stroke: var(--_unknown);
    stroke-dasharray: 3 2;
  }
  .parity-meets {
    fill: var(--_meets);
  }
  .parity-below {
    fill: var(--_below);
  }
  .threshold {
    stroke: var(--_target);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transition: width 0.3s ease-out;
    }
  }
`;
