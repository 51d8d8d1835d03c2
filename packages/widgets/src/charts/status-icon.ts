import type { ParityStatus, Status } from '@prim/indicators';
import { svg, type SVGTemplateResult } from 'lit';

/**
 * A shape per status, so that status never rests on colour alone: achieved ✓ in a disc,
 * on track a disc, at risk a triangle, off track a diamond, no data a dashed ring.
 */
export function statusShape(status: Status, cx: number, cy: number, r = 6): SVGTemplateResult {
  const cls = `status-${status}`;
  switch (status) {
    case 'achieved':
      return svg`<g class=${cls} data-shape="check"><circle cx=${cx} cy=${cy} r=${r}></circle>
        <path d=${`M${cx - r / 2},${cy} l${r / 3},${r / 3} l${r / 1.6},${-r / 1.4}`}
          fill="none" stroke="#fff" stroke-width="1.8"></path></g>`;
    case 'on-track':
      return svg`<circle class=${cls} data-shape="disc" cx=${cx} cy=${cy} r=${r}></circle>`;
    case 'at-risk':
      return svg`<path class=${cls} data-shape="triangle"
        d=${`M${cx},${cy - r} L${cx + r},${cy + r * 0.8} L${cx - r},${cy + r * 0.8} Z`}></path>`;
    case 'off-track':
      return svg`<path class=${cls} data-shape="diamond"
        d=${`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`}></path>`;
    case 'no-target':
    case 'no-data':
      return svg`<circle class=${cls} data-shape="ring" cx=${cx} cy=${cy} r=${r - 1}></circle>`;
  }
}

/** Parity markers: meets a disc, below a downward triangle, unknown a dashed ring with '?'. */
export function parityShape(
  status: ParityStatus,
  cx: number,
  cy: number,
  r = 7,
): SVGTemplateResult {
  switch (status) {
    case 'meets':
      return svg`<circle class="parity-meets" data-shape="disc" cx=${cx} cy=${cy} r=${r}></circle>`;
    case 'below':
      return svg`<path class="parity-below" data-shape="triangle-down"
        d=${`M${cx - r},${cy - r * 0.8} L${cx + r},${cy - r * 0.8} L${cx},${cy + r} Z`}></path>`;
    case 'unknown':
      return svg`<g data-shape="unknown"><circle class="parity-unknown" cx=${cx} cy=${cy} r=${r}></circle>
        <text x=${cx} y=${cy + 4} text-anchor="middle" class="muted">?</text></g>`;
  }
}

/** The status shape as a small inline icon beside HTML text (hidden from assistive tech). */
export function statusIcon(status: Status): SVGTemplateResult {
  return svg`<svg class="icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"
    focusable="false">${statusShape(status, 7, 7, 6)}</svg>`;
}
