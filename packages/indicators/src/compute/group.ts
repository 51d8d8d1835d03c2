/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | undefined): Map<K, T[]> {
  const out = new Map<K, T[]>();
  const add = (item: T) => {
    const k = key(item);
    if (k === undefined) return;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  };
  // Arrays by index: no iterator result per item (a large feed groups millions of cells).
  if (Array.isArray(items)) for (let i = 0; i < items.length; i++) add(items[i] as T);
  else for (const item of items) add(item);
  return out;
}
