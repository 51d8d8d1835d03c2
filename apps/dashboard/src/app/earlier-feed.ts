import { type CalendarDate, diffFeeds, type Feed } from '@prim/indicators';
import {
  feedFromFile,
  feedFromUrl,
  type FeedOutcome,
  type LoadedFeed,
  type RejectedFeed,
} from '../feed/feed-source.js';
import type { Format } from '../format/format.js';
import type { Messages } from '../i18n/messages.js';
import type { EarlierFeed } from '../views/changes.js';
import { originLabel } from './feed-panel.js';

/** What changed from `earlier` to `feed`, statuses at each feed's date or both at `asOf`. */
export function compareWith(
  m: Messages,
  earlier: LoadedFeed,
  feed: Feed,
  asOf: CalendarDate | undefined,
): EarlierFeed {
  return {
    label: originLabel(m, earlier.origin),
    asOf: earlier.feed.asOf,
    diff: diffFeeds(earlier.feed, feed, asOf ? { asOf } : {}),
  };
}

/**
 * The earlier feed the dashboard compares with: loaded from the `since` URL of the view
 * state or from a file, and the comparison computed once per pair of feeds and date.
 */
export class EarlierFeedState {
  private loaded: LoadedFeed | undefined;
  private rejected: RejectedFeed | undefined;
  /** The `since` value whose load was last started (null: none yet). */
  private requested: string | undefined | null = null;
  private memo: { key: readonly unknown[]; value: EarlierFeed } | undefined;

  constructor(private readonly onChange: () => void) {}

  /** Follows the `since` of the view state. */
  async syncUrl(url: string | undefined): Promise<void> {
    if (url === this.requested) return;
    this.requested = url;
    if (url === undefined) {
      this.loaded = undefined;
      this.rejected = undefined;
      this.onChange();
      return;
    }
    this.accept(await feedFromUrl(url));
  }

  /** A file replaces any `since` URL; the caller then takes `since` out of the link. */
  async loadFile(file: File): Promise<void> {
    this.requested = undefined;
    this.accept(await feedFromFile(file));
  }

  /** Reloads the same URL (the reader pressed Load again). */
  async reload(url: string): Promise<void> {
    this.requested = null;
    await this.syncUrl(url);
  }

  private accept(outcome: FeedOutcome): void {
    this.loaded = outcome.ok ? outcome.loaded : undefined;
    this.rejected = outcome.ok ? undefined : outcome.rejected;
    this.onChange();
  }

  /** The rejection of the last earlier feed, in the reader's language. */
  errorText(m: Messages, f: Format): string | undefined {
    const r = this.rejected;
    if (!r) return undefined;
    const first = r.errors[0];
    const detail = first ? ` ${first.path}: ${first.message}` : '';
    const errors = f.fmt.count(r.errors.length, f.words.errors);
    return `${m.feedRejected(originLabel(m, r.origin), errors)}${detail}`;
  }

  comparison(m: Messages, feed: Feed, asOf: CalendarDate | undefined): EarlierFeed | undefined {
    const earlier = this.loaded;
    if (!earlier) return undefined;
    const key = [m, earlier, feed, asOf];
    if (this.memo && this.memo.key.every((k, i) => k === key[i])) return this.memo.value;
    const value = compareWith(m, earlier, feed, asOf);
    this.memo = { key, value };
    return value;
  }
}
