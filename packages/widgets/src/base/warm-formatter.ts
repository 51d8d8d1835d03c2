import type { Lang } from '@prim/indicators';
import { formatterFor, localeFor } from '@prim/indicators/present';

const warmed = new Set<string>();

/**
 * While a feed downloads, the main thread waits: in that time, makes the formatter the
 * first draw will ask for and loads the Intl data behind numbers and dates (15–30 ms in a
 * profile of a first chart, four times that on a slow phone), so the draw does not wait
 * for it once the data is in. Once per language and locale; the formatter is the shared one
 * (`formatterFor`), so a feed naming the same locale finds it made.
 */
export function warmFormatter(lang: Lang, locale: string | undefined): void {
  const tag = localeFor(lang, locale);
  const key = `${lang}|${tag}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  // A task, not a microtask: after the element has asked for its feed and shown "loading".
  setTimeout(() => {
    const fmt = formatterFor(lang, tag);
    fmt.number(0);
    fmt.date('2000-01-01');
    fmt.month('2000-01');
  }, 0);
}
