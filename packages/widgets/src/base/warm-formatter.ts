import type { Lang } from '@prim/indicators';
import { formatterFor, localeFor } from '@prim/indicators/present';

const warmed = new Set<string>();

/**
 * While a feed downloads, the main thread waits: in that time, makes the formatter the
 * first draw will ask for and loads the Intl data behind numbers, dates and language names
 * (15–60 ms in a trace of a first chart, four times that on a slow phone), so the draw
 * does not wait for it once the data is in. Once per language and locale; the formatter is
 * the shared one (`formatterFor`), so a feed naming the same locale finds it made.
 */
export function warmFormatter(lang: Lang, locale: string | undefined): void {
  const tag = localeFor(lang, locale);
  const key = `${lang}|${tag}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  // Tasks, not microtasks: after the element has asked for its feed and shown "loading".
  // One Intl object a task, so that the feed's arrival is handled between two of them
  // rather than after all (its bytes are hashed meanwhile, off the main thread).
  const fmt = formatterFor(lang, tag);
  // What every chart's first draw says: counts and shares, the as-of date, months on an
  // axis or in a notice, and the language of a source in another one ('(anglais)').
  const steps = [
    () => fmt.number(0),
    () => fmt.percent(0),
    () => fmt.date('2000-01-01'),
    () => fmt.month('2000-01'),
    () => fmt.period('2000-01'),
    () => fmt.language('en'),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
