import {
  aggregate,
  coverage,
  footfall,
  FOOTFALL_INDICATOR,
  fundCompletion,
  parity,
  paritySummary,
  readingOf,
  type Progress,
} from '@prim/indicators';
import { html, nothing, type TemplateResult } from 'lit';
import {
  indicatorCard,
  paritySummaryView,
  ratioText,
  statusWordsFor,
} from '@prim/indicators/present';
import { card } from './card.js';
import { indicatorName, type ViewContext } from './context.js';
import { reportedHere } from './presence.js';
import { caveats } from './uncertainty.js';

/** A card, or nothing where the feed never reports its indicator (see presence.ts). */
type Card = TemplateResult | typeof nothing;

/** Lines shared by every target-driven indicator: target and expected value by the date. */
function progressLines(ctx: ViewContext, p: Progress): string[] {
  const { m, f } = ctx;
  const lines: string[] = [];
  if (p.target !== undefined && p.targetDate)
    lines.push(m.targetBy(f.num(p.target), f.date(p.targetDate)));
  if (p.expected !== undefined) lines.push(m.expectedBy(f.num(p.expected, 0), f.date(p.asOf)));
  if (p.actualPeriod) lines.push(m.lastReported(f.period(p.actualPeriod)));
  return lines;
}

const statusOf = (ctx: ViewContext, p: Progress) => ({
  key: p.status,
  label: statusWordsFor(ctx.f.lang)[p.status],
});

/**
 * Fund completion. Against the 100-project objective it is a rate; a region's count has no
 * target of its own (status 'no-target'), so its card shows the count, not a rate over 100.
 */
export function fundCard(ctx: ViewContext): Card {
  if (!reportedHere(ctx, 'fund-completion')) return nothing;
  const { m, f } = ctx;
  const p = fundCompletion(ctx.feed, ctx.options);
  const target = p.target === undefined ? undefined : f.num(p.target);
  return card({
    id: 'fund-completion',
    title: m.fundCompletion,
    value: p.completion !== undefined ? f.pct(p.completion) : f.num(p.actual),
    lines: [
      ...(p.actual !== undefined ? [m.projectsFunded(f.num(p.actual), target)] : []),
      ...progressLines(ctx, p),
    ],
    status: statusOf(ctx, p),
    href: ctx.href({ page: 'fund' }),
    extra: caveats(ctx, p),
  });
}

export function coverageCard(ctx: ViewContext): Card {
  if (!reportedHere(ctx, 'baom-coverage')) return nothing;
  const { m, f } = ctx;
  const p = coverage(ctx.feed, ctx.options);
  const target = p.target === undefined ? undefined : f.num(p.target);
  return card({
    id: 'baom-coverage',
    title: m.coverage,
    value: target === undefined ? f.num(p.actual) : ratioText(f.num(p.actual), target, f.lang),
    lines: [
      ...(p.actual !== undefined ? [m.communesEquipped(f.num(p.actual), target)] : []),
      ...progressLines(ctx, p),
    ],
    status: statusOf(ctx, p),
    href: ctx.href({ page: 'baom' }),
    extra: caveats(ctx, p),
  });
}

export function footfallCard(ctx: ViewContext): Card {
  if (!reportedHere(ctx, FOOTFALL_INDICATOR)) return nothing;
  const { m, f } = ctx;
  const s = footfall(ctx.feed, ctx.options);
  const { julyAugustShare, peakRatio } = s.seasonality;
  // A sum of months: the card names the months it adds up, never only the last one.
  const said = indicatorCard(
    { status: 'no-target', completion: undefined, reading: readingOf(s.total) },
    f.fmt,
  );
  return card({
    id: 'baom-footfall',
    title: m.footfall,
    value: said.value,
    lines: [
      said.span ? f.words.over(m.peopleReceived, said.span) : m.peopleReceived,
      ...(julyAugustShare !== undefined
        ? [m.seasonality(f.pct(julyAugustShare), f.num(peakRatio, 1))]
        : []),
    ],
    href: ctx.href({ page: 'baom' }),
    // The badge goes with the note that explains it, not a second time in the caveats.
    extra: html`${
      s.synthetic
        ? html`<p class="synthetic-note">
            <span class="badge badge-synthetic">${m.synthetic}</span> ${m.syntheticNote}
          </p>`
        : ''
    }
    ${caveats(ctx, { ...s.total, synthetic: false })}`,
  });
}

export function parityCard(ctx: ViewContext): Card {
  const { m, f } = ctx;
  const rows = parity(ctx.feed, ctx.options);
  // No activity with a parity measure here (at this date): nothing to check.
  if (rows.length === 0) return nothing;
  const summary = paritySummary(rows);
  const said = paritySummaryView(summary, f.fmt);
  return card({
    id: 'parity',
    title: m.parityCheck,
    value: said.value,
    lines: [
      said.unknown ? `${said.headline} (${said.unknown})` : said.headline,
      `${m.columns.shareWomen} ≥ ${f.pct(summary.threshold)}`,
    ],
    status: { key: summary.status, label: said.status },
    href: ctx.href({ page: 'gender' }),
    extra: html`${summary.unknown > 0 ? html`<p class="badge badge-warn">${m.unknownSex}</p>` : ''}`,
  });
}

export const RECEPTION_CELLS = 'reception-cells';

/** Oriental's reception cells (a stock): only where the feed reports them. */
export function receptionCellsCard(ctx: ViewContext): Card {
  if (!reportedHere(ctx, RECEPTION_CELLS)) return nothing;
  const { m, f } = ctx;
  const cells = aggregate(ctx.feed, RECEPTION_CELLS, ctx.options);
  return card({
    id: RECEPTION_CELLS,
    title: indicatorName(ctx, RECEPTION_CELLS),
    value: f.num(cells.value),
    lines: cells.period ? [m.lastReported(f.period(cells.period))] : [],
    extra: caveats(ctx, cells),
  });
}
