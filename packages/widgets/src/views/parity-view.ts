import type { ParityResult } from '@prim/indicators';
import { labelledColumns, nameOf, parityWordsFor, type Formatter } from '@prim/indicators/present';
import { parityChart } from '../charts/parity-chart.js';
import type { Messages } from '../i18n/messages.js';
import { cell } from '../table/table-data.js';
import type { WidgetContext, WidgetView } from './widget-view.js';

/** '27,5 % · Sous la parité · Femmes 11 · Hommes 29', or 'Inconnu · Total 40'. */
function captionOf(r: ParityResult, fmt: Formatter, msgs: Messages): string {
  const parts: string[] = [];
  if (r.shareWomen !== undefined) parts.push(fmt.percent(r.shareWomen));
  parts.push(fmt.label(parityWordsFor(fmt.lang).parityStatus[r.status]));
  if (r.women !== undefined && r.men !== undefined) {
    parts.push(
      `${msgs.column.women} ${fmt.number(r.women)}`,
      `${msgs.column.men} ${fmt.number(r.men)}`,
    );
  } else if (r.total !== undefined) {
    parts.push(`${msgs.column.total} ${fmt.number(r.total)}`);
  }
  return parts.join(' · ');
}

/** Every activity's share of women against the parity line, as a chart and a table. */
export function parityWidgetView(ctx: WidgetContext): WidgetView {
  const { feed, options, lang, msgs, fmt } = ctx;
  const results = ctx.read.parity(options);
  const threshold = results[0]?.threshold ?? feed.thresholds?.parity ?? 0.5;
  const rows = results.map((r) => ({
    result: r,
    label: nameOf(feed, 'activity', r.activity, lang),
    caption: captionOf(r, fmt, msgs),
  }));
  const title = msgs.parityTitle;
  const summary = rows.map((r) => `${r.label}: ${r.caption}`).join('; ');
  const label = `${title}. ${msgs.parityLine(fmt.percent(threshold))}. ${summary}`;
  const chart = parityChart(
    rows.map((r) => ({
      label: r.label,
      share: r.result.shareWomen,
      status: r.result.status,
      caption: r.caption,
    })),
    threshold,
    ctx,
    label,
  );
  return {
    title,
    empty: rows.length === 0,
    charts: [{ node: chart, label }],
    hasChart: true,
    synthetic: results.some((r) => r.synthetic),
    sources: [...new Set(results.flatMap((r) => r.sources))],
    indicators: feed.indicators.filter((i) => i.parity).map((i) => i.id),
    table: {
      caption: title,
      columns: labelledColumns(
        msgs.column,
        ['activity', 'women', 'men', 'total', 'share', 'status'],
        ['women', 'men', 'total', 'share'],
      ),
      rows: rows.map(({ result: r, label }) => [
        cell(label, r.activity),
        cell(fmt.number(r.women), r.women),
        cell(fmt.number(r.men), r.men),
        cell(fmt.number(r.total), r.total),
        cell(fmt.percent(r.shareWomen), r.shareWomen),
        cell(fmt.label(parityWordsFor(fmt.lang).parityStatus[r.status]), r.status),
      ]),
    },
  };
}
