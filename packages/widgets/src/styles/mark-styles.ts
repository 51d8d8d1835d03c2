import { css } from 'lit';

/**
 * Marks of the gauges and the parity chart: progress bars and their tracks, targets, the
 * 'expected by now' marker, trend lines, status and parity colours. Not in the base styles,
 * so that an element drawing none of them (the footfall chart) does not download them.
 */
export const markStyles = css`
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
