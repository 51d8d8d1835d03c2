/** The model's own answers for the built-in feed, formatted as the dashboard formats them. */
import { readFileSync } from 'node:fs';
import { parseFeed, type Feed } from '@prim/indicators';

export const FEED_FILE = new URL(
  '../../../packages/indicators/feeds/prim.feed.json',
  import.meta.url,
);

export function builtinFeed(): Feed {
  const result = parseFeed(readFileSync(FEED_FILE, 'utf8'));
  if (!result.ok) throw new Error(`built-in feed is invalid: ${result.errors[0]?.message}`);
  return result.feed;
}

/** Collapses every kind of space (Intl writes narrow no-break spaces in French). */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
