import type { Flag } from '@prim/indicators';
import { flagSentence as sharedFlagSentence } from '@prim/indicators/present';
import type { ViewContext } from './context.js';

/**
 * A flag said in the reader's language, in the words `prim indicators` also prints: the
 * sentence is built by @prim/widgets, with the dashboard's own number and date format.
 */
export function flagSentence(ctx: ViewContext, flag: Flag): string {
  return sharedFlagSentence(
    { feed: ctx.feed, options: ctx.options, lang: ctx.f.lang, format: ctx.f },
    flag,
  );
}
