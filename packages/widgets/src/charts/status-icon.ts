import type { ParityStatus, Status } from '@prim/indicators';
import { h, type SvgNode } from './marks/node.js';

/**
 * A shape per status, so that status never rests on colour alone: achieved ✓ in a disc,
 * on track a disc, at risk a triangle, off track a diamond, no data a dashed ring.
 */
export function statusShape(status: Status, cx: number, cy: number, r = 6): SvgNode {
  const cls = `status-${status}`;
  switch (status) {
    case 'achieved':
      return h(
        'g',
        { class: cls, 'data-shape': 'check' },
        h('circle', { cx, cy, r }),
        h('path', {
          d: `M${cx - r / 2},${cy} l${r / 3},${r / 3} l${r / 1.6},${-r / 1.4}`,
          fill: 'none',
          stroke: '#fff',
          'stroke-width': '1.8',
        }),
      );
    case 'on-track':
      return h('circle', { class: cls, 'data-shape': 'disc', cx, cy, r });
    case 'at-risk':
      return h('path', {
        class: cls,
        'data-shape': 'triangle',
        d: `M${cx},${cy - r} L${cx + r},${cy + r * 0.8} L${cx - r},${cy + r * 0.8} Z`,
      });
    case 'off-track':
      return h('path', {
        class: cls,
        'data-shape': 'diamond',
        d: `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`,
      });
    case 'no-target':
    case 'no-data':
      return h('circle', { class: cls, 'data-shape': 'ring', cx, cy, r: r - 1 });
  }
}

/** Parity markers: meets a disc, below a downward triangle, unknown a dashed ring with '?'. */
export function parityShape(status: ParityStatus, cx: number, cy: number, r = 7): SvgNode {
  switch (status) {
    case 'meets':
      return h('circle', { class: 'parity-meets', 'data-shape': 'disc', cx, cy, r });
    case 'below':
      return h('path', {
        class: 'parity-below',
        'data-shape': 'triangle-down',
        d: `M${cx - r},${cy - r * 0.8} L${cx + r},${cy - r * 0.8} L${cx},${cy + r} Z`,
      });
    case 'unknown':
      return h(
        'g',
        { 'data-shape': 'unknown' },
        h('circle', { class: 'parity-unknown', cx, cy, r }),
        h('text', { x: cx, y: cy + 4, 'text-anchor': 'middle', class: 'muted' }, '?'),
      );
  }
}

/** The status shape as a small inline icon beside HTML text (hidden from assistive tech). */
export function statusIcon(status: Status): SvgNode {
  return h(
    'svg',
    {
      class: 'icon',
      width: 14,
      height: 14,
      viewBox: '0 0 14 14',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    statusShape(status, 7, 7, 6),
  );
}
