import type { FunnelRowView, FunnelStageView } from '@prim/indicators/present';
import { fitLabel, INSET, startX, type ChartContext } from './chart-context.js';
import { barX } from './marks/bars.js';
import { frame } from './marks/frame.js';
import { h, type SvgNode } from './marks/node.js';
import { ruleX } from './marks/rule.js';
import { fittedText } from './marks/text.js';
import { linearScale } from './scales.js';
import { parityShape } from './status-icon.js';

/** A stage as the chart draws it (funnelView in @prim/indicators/present makes them). */
export type FunnelStage = Omit<FunnelStageView, 'key'> & { readonly key: string };

export interface FunnelRow extends Pick<FunnelRowView, 'label' | 'caption'> {
  readonly stages: readonly FunnelStage[];
}

const TITLE = 20;
const STAGE = 22;
const BAR_H = 14;
const CAPTION = 22;
const GAP = 10;
/** Room after the longest bar for its value text. */
const VALUE_ROOM = 64;

const rowHeight = (row: FunnelRow) => TITLE + row.stages.length * STAGE + CAPTION + GAP;

/** x positions of the bars (chart pixels), on one scale for every call; mirrored in Arabic. */
export function funnelGeometry(
  rows: readonly FunnelRow[],
  width: number,
  dir: ChartContext['dir'],
) {
  // A third of the width, but on a narrow card at least room for 'Candidatures' (90 px).
  const gutter = Math.round(Math.min(120, Math.max(width * 0.32, Math.min(90, width * 0.42))));
  const origin = dir === 'rtl' ? width - INSET - gutter : INSET + gutter;
  const end = dir === 'rtl' ? INSET + VALUE_ROOM : width - INSET - VALUE_ROOM;
  const max = Math.max(1, ...rows.flatMap((r) => r.stages.map((s) => s.value ?? 0)));
  const x = linearScale([0, max], [origin, end]);
  return {
    gutter,
    origin,
    x,
    height: rows.reduce((h, r) => h + rowHeight(r), 0),
  };
}

/**
 * Each call for projects as three bars on one scale: applications, selected, funded. A
 * stage no source gives is a dashed ring with '?' and the word 'unknown', not an empty
 * bar that would read as 0. Labels on the start side; mirrored in Arabic.
 */
export function funnelChart(rows: readonly FunnelRow[], ctx: ChartContext, label: string): SvgNode {
  const { width, dir } = ctx;
  const g = funnelGeometry(rows, width, dir);
  const sx = startX(width, dir);
  const sign = dir === 'rtl' ? -1 : 1;
  let y = 0;
  return frame(
    { kind: 'funnel-chart', label, height: g.height },
    ctx,
    rows.map((row) => {
      const top = y;
      y += rowHeight(row);
      return h(
        'g',
        { class: 'call' },
        fittedText({ class: 'call-title', x: sx, y: top + 14 }, row.label, width - 2 * INSET),
        row.stages.map((stage, i) => {
          const sy = top + TITLE + i * STAGE;
          const end = stage.value === undefined ? undefined : g.x(stage.value);
          return h(
            'g',
            {
              class: 'stage',
              'data-stage': stage.key,
              'data-known': String(stage.value !== undefined),
            },
            h(
              'text',
              { class: 'muted', x: sx, y: sy + 12 },
              fitLabel(stage.label, g.gutter - 8, 6.5),
            ),
            end === undefined
              ? [
                  parityShape('unknown', g.origin + sign * 8, sy + BAR_H / 2, 6),
                  h('text', { class: 'muted', x: g.origin + sign * 20, y: sy + 12 }, stage.text),
                ]
              : [
                  // At least 1 px, so a small stage is seen; a stage of 0 is no bar.
                  barX(`bar stage-${i}`, g.origin, end, sy, BAR_H, {}, stage.value === 0 ? 0 : 1),
                  ruleX('axis', g.origin, sy - 2, sy + BAR_H + 2),
                  h('text', { x: end + sign * 6, y: sy + 12 }, stage.text),
                ],
          );
        }),
        fittedText(
          { class: 'muted', x: sx, y: top + TITLE + row.stages.length * STAGE + 14 },
          row.caption,
          width - 2 * INSET,
        ),
      );
    }),
  );
}
