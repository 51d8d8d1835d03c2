/**
 * The PRIM feed at k× its size: k − 1 synthetic copies of every BAOM commune, each with a
 * copy of that commune's footfall observations (marked synthetic). Every copy is a distinct
 * place, so the feed stays valid and free of conflicts, and computations see k× the cells.
 */
interface FeedJson {
  dimensions: { commune: Array<{ id: string }> };
  observations: Array<{ indicator: string; commune?: string; synthetic?: boolean }>;
}

export function scaledFeed(text: string, k: number): { text: string; observations: number } {
  const feed = JSON.parse(text) as FeedJson;
  const footfall = feed.observations.filter((o) => o.indicator === 'baom-footfall' && o.commune);
  const communes = new Set(footfall.map((o) => o.commune));
  const originals = feed.dimensions.commune.filter((c) => communes.has(c.id));
  for (let copy = 1; copy < k; copy++) {
    const id = (commune: string) => `${commune}.x${copy}`;
    for (const c of originals) feed.dimensions.commune.push({ ...c, id: id(c.id) });
    for (const o of footfall) {
      feed.observations.push({ ...o, commune: id(o.commune!), synthetic: true });
    }
  }
  return { text: JSON.stringify(feed), observations: feed.observations.length };
}
