import { localize } from '@prim/indicators';
import type { WidgetContext } from './view.js';

/**
 * The one stale-data notice of a widget, naming each shown indicator whose latest
 * observation is too old (the model's 'stale' rule, the same for every element), grouped
 * by that period: 'Données anciennes : Candidatures reçues et Projets sélectionnés,
 * dernière observation …'. Undefined when nothing shown is stale.
 *
 * Only the 'stale' flags are computed: the other quality flags are not shown by widgets,
 * and computing them would put their code in every element's bundle.
 */
export function staleNotice(
  ctx: Pick<WidgetContext, 'feed' | 'read' | 'options' | 'lang' | 'fmt' | 'msgs'>,
  shown: readonly string[],
): string | undefined {
  const { feed, read, options, lang, fmt, msgs } = ctx;
  const byPeriod = new Map<string, string[]>();
  for (const flag of read.stale(options)) {
    if (flag.indicator === undefined || !shown.includes(flag.indicator)) continue;
    const ind = feed.indicators.find((i) => i.id === flag.indicator);
    const names = byPeriod.get(flag.period ?? '') ?? [];
    names.push(localize(ind?.name, lang) || flag.indicator);
    byPeriod.set(flag.period ?? '', names);
  }
  if (byPeriod.size === 0) return undefined;
  return msgs.stale(
    [...byPeriod].map(([period, names]) => msgs.staleItem(fmt.list(names), fmt.period(period))),
  );
}
